import Foundation
import Testing

/// Files as spreadsheets save them, through the command line: found from the file where it
/// can tell, forced with --delimiter, --encoding and --decimal-comma where it cannot.
@Suite struct InputFormatTests {
    /// A semicolon ledger with decimal commas; by hand, drug: 1234.56 + 100.50 - 0.25 + 2000.00
    /// + 12.50 = 3347.31; crime: 1,000,000.01; total 1,003,347.32.
    static func semicolonLedger(_ folder: String) throws -> String {
        let head = "2020;drug;SP;Bureau de Genève;field;monitoring;"
        let text = "period;fund;funding_source;office;office_type;category;amount_usd\r\n"
            + ["1.234,56", "100,5", "-0,25", "2.000", "12.50"].map { head + $0 + "\r\n" }.joined()
            + "2020;crime;GP;HQ;headquarters;oversight;1.000.000,01\r\n"
        try text.write(toFile: folder + "/ledger.csv", atomically: true, encoding: .utf8)
        return folder + "/ledger.csv"
    }

    @Test func semicolonLedgerWithDecimalCommas() throws {
        let ledger = try Self.semicolonLedger(try CLI.temporaryFolder())
        let r = try CLI.run(["summary", "--ledger", ledger, "--by", "fund", "--period", "2020", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("fund,amount_usd,share_percent\r\ndrug,3347.31,"))
        #expect(r.stdout.contains("\r\ncrime,1000000.01,"))
        #expect(r.stdout.hasSuffix("\r\nTotal,1003347.32,100\r\n"))
        let json = try CLI.run(["summary", "--ledger", ledger, "--by", "fund", "--period", "2020", "--format", "json"])
        #expect(json.stdout.contains("ledger.csv: read as semicolon-separated UTF-8 text; amounts read with a decimal comma"))
        // Forced, every amount has a decimal comma: 12.50 is refused at its character (line 6,
        // after `2020;drug;SP;Bureau de Genève;field;monitoring;`, 47 characters).
        let forced = try CLI.run(["summary", "--ledger", ledger, "--by", "fund", "--period", "2020", "--decimal-comma"])
        #expect(forced.status == 65)
        #expect(forced.stderr.contains("\(ledger):6:48: invalid amount_usd (found '12.50'"))
        // Forced to commas, the header is one column, and the message says which to give.
        let commas = try CLI.run(["psc", "--ledger", ledger, "--delimiter", "comma"])
        #expect(commas.status == 65)
        #expect(commas.stderr.contains("holds a semicolon: give --delimiter semicolon"))
        #expect(try CLI.run(["summary", "--ledger", ledger, "--by", "fund", "--period", "2020", "--delimiter", ";"]).status == 0)
    }

    /// A Windows-1252 roster (bytes written here: è is 0xE8) refused with the encoding named
    /// and the option to read it; read with it, three staff counted by hand: France and Côte
    /// d'Ivoire one each (P-4 and P-3 on the regular budget), Germany none (a G-5).
    @Test func windows1252Roster() throws {
        let folder = try CLI.temporaryFolder()
        let roster = folder + "/staff.csv"
        var bytes = Array("staff_id;nationality;gender;grade;post_funding;language_post;duty_station;entity;appointment_date;separation_date\r\nS1;FRA;F;P-4;RB;no;Gen".utf8)
        bytes += [0xE8] + Array("ve;Bureau r".utf8) + [0xE9] + Array("gional;2020-01-15;\r\nS2;CIV;M;P-3;RB;no;Abidjan;C".utf8) + [0xF4]
        bytes += Array("te d".utf8) + [0x92] + Array("Ivoire;2019-05-01;\r\nS3;DEU;F;G-5;SP;no;Z".utf8) + [0xFC] + Array("rich;B".utf8) + [0xFC]
        bytes += Array("ro;2018-01-01;2024-06-30\r\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: roster))
        let refused = try CLI.run(["representation", "--staff", roster])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(roster):2:23: invalid UTF-8 (found byte 0xE8, expected UTF-8 text): the file looks like Windows-1252"))
        #expect(refused.stderr.contains("read it with --encoding windows-1252"))
        for encoding in ["windows-1252", "latin1"] {
            let r = try CLI.run(["representation", "--staff", roster, "--encoding", encoding, "--format", "csv",
                                 "--state", "FRA", "--state", "CIV", "--state", "DEU"])
            #expect(r.status == 0, "\(r.stderr)")
            let staff = r.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",") }
            #expect(staff == ["CIV,Côte d’Ivoire,1", "FRA,France,1", "DEU,Germany,0"])
        }
        let gender = try CLI.run(["gender", "--staff", roster, "--encoding", "cp1252", "--as-of", "2021-01-01", "--format", "json"])
        #expect(gender.status == 0, "\(gender.stderr)")
        #expect(gender.stdout.contains("staff.csv: read as semicolon-separated Windows-1252 text, transcoded to UTF-8."))
    }

    /// Excel's "Unicode text" (UTF-16LE with a byte-order mark, tabs): read with no option.
    @Test func unicodeTextRoster() throws {
        let folder = try CLI.temporaryFolder()
        let text = "staff_id\tnationality\tgender\tgrade\tpost_funding\tlanguage_post\tduty_station\tentity\tappointment_date\tseparation_date\r\n"
            + "S1\tFRA\tF\tP-4\tRB\tno\tGenève\tUNOG\t2020-01-15\t\r\nS2\tFRA\tM\tP-5\tRB\tno\tGenève\tUNOG\t2020-01-15\t\r\n"
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: URL(fileURLWithPath: folder + "/staff.txt"))
        let r = try CLI.run(["representation", "--staff", folder + "/staff.txt", "--format", "csv", "--state", "FRA"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\r\nFRA,France,2,"))
        #expect(try CLI.run(["representation", "--staff", folder + "/staff.txt", "--delimiter", "tab", "--encoding", "utf-16"]).status == 0)
        // An unknown separator is a usage error naming the option.
        let bad = try CLI.run(["representation", "--staff", folder + "/staff.txt", "--delimiter", "pipe"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--delimiter"))
    }
}
