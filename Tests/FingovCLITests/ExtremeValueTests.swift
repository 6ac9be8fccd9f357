import Foundation
import Testing

/// No option value crashes the program: every numeric option, given extreme values, ends with a
/// message and an exit status below 128 (a trap or a signal would be 128 or more).
@Suite struct ExtremeValueTests {
    static let values = ["0", "-1", "1", "1e308", "-1e308", "1e-320", "nan", "inf", "-inf", "9223372036854775807", "-9223372036854775808",
                         "99999999999999999999", "0.0000001", "", "1/2/3", "100/0/0"]

    /// Each command and option that takes a number, with arguments that keep the run short.
    static let options: [(command: [String], option: String)] = [
        (["ranges"], "--base-figure"), (["ranges"], "--population-year"), (["ranges"], "--flexibility"),
        (["ranges"], "--min-flexibility"), (["ranges"], "--min-upper"), (["ranges"], "--weights"),
        (["representation", "--format", "csv"], "--top"), (["appointments", "--format", "csv"], "--target"),
        (["sweep", "--sets", "50", "--format", "csv"], "--seed"), (["psc", "--format", "csv"], "--rate"),
        (["generate", "staff", "--out", "/dev/null"], "--count"), (["generate", "ledger", "--out", "/dev/null"], "--rows"),
        (["scenarios", "--format", "csv"], "--base-figure"),
    ]

    @Test(arguments: options.indices)
    func everyValueEndsWithAMessageNotACrash(_ index: Int) throws {
        let (command, option) = Self.options[index]
        for value in Self.values {
            let r = try CLI.run(command + [option, value])
            #expect(r.status < 128, "\(command) \(option) \(value): status \(r.status)\n\(r.stderr)")
            #expect(r.status == 0 || !r.stderr.isEmpty, "\(command) \(option) \(value): failed without a message")
            #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"), "\(command) \(option) \(value): \(r.stderr)")
        }
    }

    /// Values inside --scenario go through the same checks.
    @Test func scenarioValues() throws {
        for key in ["base-figure", "flexibility", "min-flexibility", "min-upper", "population-year"] {
            for value in ["1e308", "-1", "nan", "inf", "99999999999999999999"] {
                let r = try CLI.run(["scenarios", "--format", "csv", "--scenario", "x:\(key)=\(value)"])
                #expect(r.status < 128 && r.status != 0, "\(key)=\(value): status \(r.status)\n\(r.stderr)")
            }
        }
    }
}

/// Money totals beyond the exact range (2^53 cents, or `Int.max` while adding) are bad data:
/// every ledger command and the support-cost files end with status 65, a message naming the
/// group and the limit, and no output.
@Suite struct MoneyTotalTests {
    static let header = "period,fund,funding_source,office,office_type,category,amount_usd\n"
    static let limit = "expected at most USD 90,071,992,547,409.91, 2^53 - 1 cents"

    /// 200 valid lines of one cell at `dollars` each.
    static func ledger(_ dollars: String) -> String {
        header + String(repeating: "2020,drug,SP,Headquarters (Vienna),headquarters,programme-delivery,\(dollars)\n", count: 200)
    }

    /// The data folder copied, with `files` replaced.
    static func dataFolder(_ files: [String: String]) throws -> String {
        let folder = try CLI.temporaryFolder() + "/data"
        try FileManager.default.copyItem(atPath: CLI.root + "/data", toPath: folder)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    // 200 x 900,000,000,000.00 = 180,000,000,000,000.00 dollars: past 2^53 cents (90,071,992,547,409.92).
    // 200 x 900,000,000,000,000.00 = 1.8e19 cents: past Int.max (9,223,372,036,854,775,807).
    static let cases: [(dollars: String, found: String)] = [
        ("900000000000.00", "add up to USD 180,000,000,000,000.00 in magnitude"),
        ("900000000000000.00", "add up to more than USD 92,233,720,368,547,758.07 in magnitude"),
    ]

    static let commands: [(arguments: [String], group: String)] = [
        (["summary", "--by", "office_type,category"], "office_type headquarters, category programme-delivery"),
        (["summary", "--by", "fund", "--period", "2020"], "fund drug"),
        (["psc", "--period", "2020"], "the PSC amounts of the ledger"),
        (["allocate", "--period", "2020"], "the direct expenditure and support costs of 2020"),
    ]

    @Test(arguments: cases.indices, commands.indices)
    func ledgerCommands(_ c: Int, _ k: Int) throws {
        let folder = try CLI.temporaryFolder()
        try Self.ledger(Self.cases[c].dollars).write(toFile: folder + "/ledger.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(Self.commands[k].arguments + ["--ledger", folder + "/ledger.csv", "--format", "csv"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(folder + "/ledger.csv: "), "\(r.stderr)")
        #expect(r.stderr.contains(Self.cases[c].found), "\(r.stderr)")
        #expect(r.stderr.contains(Self.limit), "\(r.stderr)")
        // The overflow is named at the cell or group where it happened; the 2^53 case by the --by group.
        if c == 0 { #expect(r.stderr.contains(Self.commands[k].group), "\(r.stderr)") }
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: cases.indices)
    func supportCosts(_ c: Int) throws {
        let folder = try CLI.temporaryFolder()
        let costs = "unit,kind,direct_cost_usd\n" + (0..<200).map { "S\($0),support,\(Self.cases[c].dollars)\n" }.joined() + "Programme,operating,1.00\n"
        let shares = "provider,receiver,share\n" + (0..<200).map { "S\($0),Programme,1\n" }.joined()
        try costs.write(toFile: folder + "/costs.csv", atomically: true, encoding: .utf8)
        try shares.write(toFile: folder + "/shares.csv", atomically: true, encoding: .utf8)
        for method in ["direct", "step-down", "reciprocal"] {
            let r = try CLI.run(["allocate", "--method", method, "--costs", folder + "/costs.csv", "--shares", folder + "/shares.csv"])
            #expect(r.status == 65, "\(method): \(r.stderr)")
            // With the operating unit's 1.00, the first case reaches 180,000,000,000,001.00.
            let found = c == 0 ? "add up to USD 180,000,000,000,001.00 in magnitude" : Self.cases[c].found
            #expect(r.stderr.contains(folder + "/costs.csv: the direct costs of all units " + found), "\(r.stderr)")
            #expect(r.stderr.contains(Self.limit))
            #expect(r.stdout.isEmpty)
        }
    }

    /// The report reads the same files: status 65 with the message, and nothing written.
    @Test(arguments: cases.indices)
    func report(_ c: Int) throws {
        // A line in 2018 too, for the report's comparison period.
        let ledger = Self.ledger(Self.cases[c].dollars) + "2018,drug,SP,Headquarters (Vienna),headquarters,programme-delivery,1.00\n"
        let data = try Self.dataFolder(["ledger.csv": ledger])
        let out = data + "-out"
        let r = try CLI.run(["report", "--data", data, "--out", out])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(data + "/ledger.csv: "), "\(r.stderr)")
        #expect(r.stderr.contains(Self.cases[c].found) && r.stderr.contains(Self.limit), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
