import Foundation
import Testing

/// One class of bad input: a change to one file of a copy of data/, and the message expected.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Edit: Sendable {
        case delete
        case replace(String)
        case substitute(String, String)
        case append(String)
        case appendBytes([UInt8])
    }

    var name: String
    var file: String
    var edit: Edit
    /// The expected start of the message after the folder: `file:line:column: message`.
    var message: String
    var testDescription: String { name }
}

let staffRow = "S999999,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,," // date_of_birth empty
let ledgerHeader = "period,fund,funding_source,office,office_type,category,amount_usd"
// data/staff.csv has 40,000 rows after its header, data/ledger.csv 1,454, support-costs.csv 8,
// support-shares.csv 27: an appended row is on the line after those. Columns are characters
// in the line, counted by hand (`2020,drug,SP,HQ,` is 16 characters: office_type at 17).
let badInputs: [BadInput] = [
    BadInput(name: "missing file", file: "staff.csv", edit: .delete, message: "staff.csv: cannot open the file (no such file)"),
    BadInput(name: "empty file", file: "ledger.csv", edit: .replace(""), message: "ledger.csv: the file is empty"),
    BadInput(name: "header without a required column", file: "ledger.csv", edit: .substitute("basis,amount_usd", "basis,amount"),
             message: "ledger.csv:1: the header has no column 'amount_usd'"), // 'amount' itself is an ignored column
    BadInput(name: "unknown column", file: "support-costs.csv", edit: .substitute("direct_cost_usd", "direct_cost_usd,colour"),
             message: "support-costs.csv:1:27: unknown column (found 'colour'"),
    BadInput(name: "duplicated column", file: "support-shares.csv", edit: .substitute("provider,receiver,share", "provider,receiver,share,share"),
             message: "support-shares.csv:1:25: column 'share' appears twice in the header"),
    BadInput(name: "ragged row", file: "ledger.csv", edit: .append("2020,drug,SP,HQ,headquarters"),
             message: "ledger.csv:1456:29: wrong number of fields (found 5, expected 8)"),
    BadInput(name: "unterminated quote", file: "ledger.csv", edit: .append("2020,drug,SP,\"HQ,headquarters,monitoring,actual,1"),
             message: "ledger.csv:1456:14: a quoted field opened at 1456:14 is never closed"),
    BadInput(name: "invalid UTF-8", file: "ledger.csv", edit: .appendBytes(Array("2020,drug,SP,HQ".utf8) + [0xFF] + Array(",headquarters,monitoring,actual,1\n".utf8)),
             message: "ledger.csv:1456:16: invalid UTF-8 (found byte 0xFF"),
    BadInput(name: "unknown ISO code", file: "staff.csv", edit: .append("S999999,ATL,F,P-4,RB,no,Vienna,UNODC,2020-01-01,,"),
             message: "staff.csv:40002:9: invalid nationality (found 'ATL'"),
    BadInput(name: "unknown grade", file: "staff.csv", edit: .append("S999999,FRA,F,P-9,RB,no,Vienna,UNODC,2020-01-01,,"),
             message: "staff.csv:40002:15: invalid grade (found 'P-9'"),
    BadInput(name: "unknown fund", file: "ledger.csv", edit: .append("2020,opium,SP,HQ,headquarters,monitoring,actual,1"),
             message: "ledger.csv:1456:6: invalid fund (found 'opium'"),
    BadInput(name: "unknown funding source", file: "ledger.csv", edit: .append("2020,drug,XX,HQ,headquarters,monitoring,actual,1"),
             message: "ledger.csv:1456:11: invalid funding_source (found 'XX'"),
    BadInput(name: "unknown office type", file: "ledger.csv", edit: .append("2020,drug,SP,HQ,region,monitoring,actual,1"),
             message: "ledger.csv:1456:17: invalid office_type (found 'region'"),
    BadInput(name: "unknown category", file: "ledger.csv", edit: .append("2020,drug,SP,HQ,headquarters,travel,actual,1"),
             message: "ledger.csv:1456:30: invalid category (found 'travel'"),
    BadInput(name: "non-numeric amount", file: "ledger.csv", edit: .append("2020,drug,SP,HQ,headquarters,monitoring,actual,twelve"),
             message: "ledger.csv:1456:48: invalid amount_usd (found 'twelve'"),
    BadInput(name: "negative where impossible", file: "support-costs.csv", edit: .append("Audit,support,-5.00"),
             message: "support-costs.csv:10:15: negative direct cost (found -5.00"),
    BadInput(name: "over-precise amount", file: "ledger.csv", edit: .append("2020,drug,SP,HQ,headquarters,monitoring,actual,1.234"),
             message: "ledger.csv:1456:48: invalid amount_usd (found '1.234', expected dollars with up to two decimals: more than two decimals"),
    BadInput(name: "duplicate staff id", file: "staff.csv", edit: .append("S000001,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,,"),
             message: "staff.csv:40002:1: duplicate staff_id (found 'S000001', already on line 2)"),
    BadInput(name: "date that does not parse", file: "staff.csv", edit: .append("S999999,FRA,F,P-4,RB,no,Vienna,UNODC,2020-13-01,,"),
             message: "staff.csv:40002:38: invalid appointment_date (found '2020-13-01'"),
    BadInput(name: "date outside any plausible range", file: "staff.csv", edit: .append("S999999,FRA,F,P-4,RB,no,Vienna,UNODC,1899-01-01,,"),
             message: "staff.csv:40002:38: invalid appointment_date (found '1899-01-01', expected a date YYYY-MM-DD"),
    BadInput(name: "shares that do not sum to 1", file: "support-shares.csv", edit: .substitute("Human Resources,Finance and Budget,0.08", "Human Resources,Finance and Budget,0.09"),
             message: "support-shares.csv:2:36: the shares of provider 'Human Resources' do not sum to 1"),
    BadInput(name: "unknown unit", file: "support-shares.csv", edit: .append("Nobody,Drug Programme,1"),
             message: "support-shares.csv:29:1: unknown provider (found 'Nobody'"),
    BadInput(name: "period that does not exist in the data", file: "ledger.csv", edit: .replace(ledgerHeader + "\n2020,drug,SP,HQ,headquarters,monitoring,1\n"),
             message: "no ledger lines fall in 2018-2019"),
]

@Suite struct BadInputTests {
    /// A copy of data/ with one file changed.
    static func brokenData(_ bad: BadInput) throws -> String {
        let folder = try CLI.temporaryFolder() + "/data"
        try FileManager.default.copyItem(atPath: CLI.root + "/data", toPath: folder)
        let path = folder + "/" + bad.file
        switch bad.edit {
        case .delete: try FileManager.default.removeItem(atPath: path)
        case .replace(let text): try text.write(toFile: path, atomically: true, encoding: .utf8)
        case .substitute(let old, let new):
            let text = try String(contentsOfFile: path, encoding: .utf8)
            precondition(text.contains(old), "\(old) not in \(bad.file)")
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        case .append(let line):
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            handle.seekToEndOfFile()
            handle.write(Data((line + "\n").utf8))
            try handle.close()
        case .appendBytes(let bytes):
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(bytes))
            try handle.close()
        }
        return folder
    }

    /// Each class of bad input: exit status 65, the position in the message, no output folder.
    @Test(arguments: badInputs) func reportRefusesBadInput(_ bad: BadInput) throws {
        let data = try Self.brokenData(bad)
        let out = data + "/../out"
        let r = try CLI.run(["report", "--data", data, "--out", out])
        #expect(r.status == 65)
        let expected = bad.message.contains(":") && bad.message.hasPrefix(bad.file) ? data + "/" + bad.message : bad.message
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(r.stdout.isEmpty)
    }

    /// A failed report leaves an earlier report folder exactly as it was.
    @Test func failedReportLeavesThePreviousOutputUntouched() throws {
        let data = try Self.brokenData(badInputs.first { $0.name == "unknown fund" }!)
        let out = data + "/../out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "earlier\r\n".write(toFile: out + "/ranges.csv", atomically: true, encoding: .utf8)
        try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["report", "--data", data, "--out", out])
        #expect(r.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["notes.txt", "ranges.csv"])
        #expect(try String(contentsOfFile: out + "/ranges.csv", encoding: .utf8) == "earlier\r\n")
    }

    /// Several problems at once, up to the limit, in file order.
    @Test func severalProblemsAreListed() throws {
        let folder = try CLI.temporaryFolder()
        let ledger = folder + "/ledger.csv"
        try (ledgerHeader + "\n2020,opium,SP,HQ,headquarters,monitoring,1\n2020,drug,SP,HQ,headquarters,travel,1\n2020,drug,SP,HQ,headquarters,monitoring,x\n")
            .write(toFile: ledger, atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--ledger", ledger])
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix(ledger) }
        #expect(lines.count == 3)
        #expect(lines.map { $0.split(separator: ":")[1] } == ["2", "3", "4"])
    }

    /// Zero data rows: a header alone is an error for a ledger and a roster alike.
    @Test func zeroDataRows() throws {
        let folder = try CLI.temporaryFolder()
        let ledger = folder + "/ledger.csv"
        try (ledgerHeader + "\n").write(toFile: ledger, atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--ledger", ledger, "--format", "csv"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(ledger): no data rows (found only the header"), "\(r.stderr)")
        let roster = folder + "/staff.csv"
        try "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date\r\n"
            .write(toFile: roster, atomically: true, encoding: .utf8)
        for command in ["representation", "gender", "appointments", "scenarios"] {
            let s = try CLI.run([command, "--staff", roster])
            #expect(s.status == 65, "\(command)")
            #expect(s.stderr.contains("\(roster): no data rows (found only the header"), "\(command): \(s.stderr)")
        }
    }
}

/// One bad input run through one command that reads the file it breaks.
struct CommandCase: Sendable, CustomTestStringConvertible {
    var bad: BadInput
    var arguments: [String]
    var testDescription: String { "\(arguments[0]): \(bad.name)" }
}

/// The commands that stream each input file (the report reads them all: see `reportRefusesBadInput`).
let streamingCommands: [String: [[String]]] = [
    "staff.csv": [["representation"], ["appointments"], ["gender"], ["scenarios"], ["sweep", "--sets", "5"]],
    "ledger.csv": [["summary"], ["psc"], ["allocate", "--period", "2020"]],
    "support-costs.csv": [["allocate"]],
    "support-shares.csv": [["allocate"]],
]

/// Every class of bad input located in a file, through every command that reads that file.
let commandCases: [CommandCase] = badInputs.filter { $0.message.hasPrefix($0.file) }.flatMap { bad in
    (streamingCommands[bad.file] ?? []).map { CommandCase(bad: bad, arguments: $0) }
}

@Suite struct CommandBadInputTests {
    /// Exit status 65, the same position and message as the report gives, nothing on stdout.
    @Test(arguments: commandCases) func commandRefusesBadInput(_ c: CommandCase) throws {
        let data = try BadInputTests.brokenData(c.bad)
        let r = try CLI.run(c.arguments + ["--data", data, "--format", "csv"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(data + "/" + c.bad.message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
