import Foundation
import Testing

/// Runs the built `fingov` executable as a user would, from the repository root.
struct CLI {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let executable: URL = {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
        for folder in candidates {
            let url = folder.appendingPathComponent("fingov")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: root + "/.build/debug/fingov")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `fingov` with `arguments` in `directory` (by default the repository root), with
    /// `environment` added to this process's (`nil` values removed).
    static func run(_ arguments: [String], environment: [String: String?] = [:], directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        env["FINGOV_DATA"] = environment["FINGOV_DATA"] ?? nil
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "fingov-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

@Suite struct CLITests {
    @Test func versionNamesOpenBLASCoreAndThreads() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("fingov 0.1.0\nOpenBLAS core: "))
        #expect(r.stdout.contains("threads: "))
    }

    @Test func helpListsEveryCommand() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        for command in ["report", "export", "ranges", "representation", "appointments", "gender", "scenarios", "sweep", "summary", "psc", "allocate", "generate"] {
            #expect(r.stdout.contains("  \(command) "), "\(command) missing from --help")
        }
        // Help text is wrapped to the terminal: compare with the line breaks folded.
        let folded = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("65 bad input data"))
        #expect(folded.contains("Start with: fingov report"))
    }

    @Test(arguments: [
        (["ranges"], "iso3,member_state,rate_percent,population,membership_posts,population_posts,contribution_posts,midpoint_exact,lower,midpoint,upper"),
        (["representation"], "iso3,member_state,staff,lower,midpoint,upper,status,posts_to_lower,posts_to_midpoint,posts_over_upper,ratio_to_midpoint"),
        (["summary", "--by", "office_type,category"], "office_type,category,amount_usd,share_percent"),
        (["summary", "--by", "fund", "--period", "2020-2021", "--compare", "2018-2019"], "fund,amount_usd,share_percent,compare_amount_usd,change_usd,change_percent"),
        (["summary", "--by", "fund", "--compare", "2018-2019"], "fund,amount_usd,share_percent,compare_amount_usd,change_usd,change_percent"),
        (["allocate", "--method", "step-down"], "unit,direct_cost_usd,allocated_usd,total_usd"),
        (["trend", "--from", "2023", "--to", "2024"],
         "year,as_of,scale,population_year,base_figure,staff,unrepresented,underrepresented,within_range_below_midpoint,within_range_at_or_above_midpoint,overrepresented"),
        (["trend", "--from", "2023", "--to", "2024", "--state", "KEN", "--table", "state-trend"], "year,iso3,member_state,staff,lower,midpoint,upper,status"),
        (["outlook"], "iso3,member_state,staff,retiring,staff_after,lower,midpoint,upper,status_now,status_after"),
        (["representation", "--table", "groups"],
         "group,states,staff,lower_sum,midpoint_sum,upper_sum,staff_share_percent,midpoint_share_percent,unrepresented,underrepresented,within_range,overrepresented"),
        (["summary", "--by", "fund", "--period", "2020-2021", "--compare", "2019", "--per-year"],
         "fund,amount_usd,share_percent,compare_amount_usd,amount_per_year_usd,compare_amount_per_year_usd,change_per_year_usd,change_per_year_percent"),
        (["psc", "--table", "psc-statement"], "period,fund,opening_balance_usd,earned_usd,spent_usd,closing_balance_usd"),
        (["psc", "--table", "psc-use"], "period,office_type,category_group,category,spent_usd,share_percent"),
        (["psc", "--table", "psc-rates"], "period,rate_percent,direct_expenditure_usd,earned_usd,earned_at_standard_rate_usd"),
        (["allocate", "--ledger", "data/ledger.csv", "--period", "2020-2021"], "office,office_type,direct_usd,support_allocated_usd,full_cost_usd"),
    ])
    func csvHeadersAreExact(arguments: [String], header: String) throws {
        let r = try CLI.run(arguments + ["--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(header + "\r\n"))
    }

    @Test func rangesCSVHasEveryState() throws {
        let r = try CLI.run(["ranges", "--scale", "2019-2021", "--population-year", "2019", "--format", "csv"])
        let lines = r.stdout.split(separator: "\r\n")
        #expect(lines.count == 1 + 193 + 1) // header, States, total
        #expect(lines.contains { $0.hasPrefix("USA,United States of America,22,330226227,") && $0.hasSuffix(",383,451,518") })
    }

    @Test(arguments: [
        ["ranges", "--weights", "1,2"], ["ranges", "--scale", "2019-20"], ["summary", "--by", "colour"], ["representation", "--as-of", "2025-02-30"],
        ["representation", "--funding", "some"], ["psc", "--rate", "13.001"], ["nonsense"], ["sweep", "--sets", "0"],
        ["generate", "ledger", "--rows", "-1", "--out", "/tmp/x.csv"],
        // Option values that are well formed but invalid or contradictory are usage errors too.
        ["ranges", "--scale", "2030-2032"], ["ranges", "--population-year", "1990"], ["ranges", "--weights", "40/5/50"],
        ["summary", "--by", "fund,fund"], ["summary", "--period", "2020-2021", "--compare", "2021"],
        ["summary", "--period", "2020-2021", "--compare", "2019"], ["summary", "--period", "all", "--compare", "2019"],
        ["summary", "--per-year"], ["psc", "--opening-balance", "regular=5"], ["psc", "--opening-balance", "drug=1", "--opening-balance", "drug=2"],
        ["allocate", "--period", "2020", "--costs", "data/support-costs.csv"],
        ["scenarios", "--scenario", "x:weights=40/5/50"], ["scenarios", "--scenario", "x:colour=red"],
        ["appointments", "--from", "2025-06-01", "--to", "2025-01-01"],
        ["allocate", "--method", "direct", "--order", "Facilities"],
        // Values out of any sensible range (they once overflowed the arithmetic and trapped).
        ["ranges", "--base-figure", "1e308"], ["ranges", "--min-flexibility", "1e300"], ["ranges", "--base-figure", "nan"],
        ["ranges", "--min-upper", "inf"], ["representation", "--top", "99999999999"], ["sweep", "--sets", "99999999999"],
    ])
    func badUsageExits64(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64, "\(arguments): \(r.status) \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func weightsAreSpelledTheSameEverywhere() throws {
        let slash = try CLI.run(["ranges", "--weights", "30/10/60", "--format", "csv"])
        let comma = try CLI.run(["ranges", "--weights", "30,10,60", "--format", "csv"])
        let official = try CLI.run(["ranges", "--format", "csv"])
        #expect(slash.status == 0 && comma.status == 0, "\(slash.stderr) \(comma.stderr)")
        #expect(slash.stdout == comma.stdout)
        #expect(slash.stdout != official.stdout)
        let same = try CLI.run(["scenarios", "--scenario", "same:weights=40/5/55", "--format", "csv", "--table", "scenarios-summary"])
        #expect(same.status == 0, "\(same.stderr)")
        // The official weights as a scenario change no status: its row counts 0 changes.
        #expect(same.stdout.split(separator: "\r\n").contains { $0.hasPrefix("same,") && $0.hasSuffix(",0") })
        // Inside --scenario a comma separates settings, so 40,5,55 is not a weight there.
        #expect(try CLI.run(["scenarios", "--scenario", "same:weights=40,5,55"]).status == 64)
    }

    @Test func usageErrorsNameTheCommandAndTheReason() throws {
        let r = try CLI.run(["ranges", "--scale", "2030-2032"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("fingov ranges: invalid usage: no scale of assessments for 2030-2032 in the data (found 2010-2012"), "\(r.stderr)")
        let by = try CLI.run(["summary", "--by", "fund,fund"])
        #expect(by.status == 64 && by.stderr.contains("dimension fund is named twice"), "\(by.stderr)")
        // Found while running, not parsing: still the command's own usage line.
        let both = try CLI.run(["representation", "--counts", "a.csv", "--staff", "b.csv"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--counts and --staff both name the staff counted"))
        #expect(both.stderr.contains("Usage: fingov representation <options>"), "\(both.stderr)")
    }

    /// `--state` takes codes comma-separated as well as repeated, in any case; the rows are the
    /// same as the full table's rows of those States.
    @Test func stateCodesCommaSeparatedOrRepeated() throws {
        let listed = try CLI.run(["representation", "--state", "fra,KEN", "--state", "deu", "--format", "csv"])
        let repeated = try CLI.run(["representation", "--state", "FRA", "--state", "KEN", "--state", "DEU", "--format", "csv"])
        #expect(listed.status == 0 && listed.stdout == repeated.stdout, "\(listed.stderr)")
        let all = try CLI.run(["representation", "--format", "csv"]).stdout.split(separator: "\r\n")
        let rows = listed.stdout.split(separator: "\r\n").dropFirst().filter { !$0.hasPrefix("Total") }
        #expect(Set(rows.map { String($0.prefix(3)) }) == ["FRA", "DEU", "KEN"])
        for row in rows { #expect(all.contains(row)) }
        #expect(try CLI.run(["representation", "--state", "FRA,XXQ"]).status != 0)
    }

    /// The gender tables of one entity say so in their titles.
    @Test func genderOfAnEntityNamesIt() throws {
        let r = try CLI.run(["gender", "--entity", "UNODC"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Women's share by grade on 2025-12-31: all staff in UNODC"))
        #expect(r.stdout.contains("posts subject to geographical distribution in UNODC"))
        #expect(!(try CLI.run(["gender"])).stdout.contains(" in UNODC"))
    }

    @Test func theScaleInForceIsTheDefaultAndSaidSo() throws {
        let r = try CLI.run(["representation", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let parameters = try #require(document["parameters"] as? [String: Any])
        #expect(parameters["scale"] as? String == "2025-2027")
        #expect(parameters["population_year"] as? Int == 2024)
        #expect(parameters["scale_by_rule"] as? Bool == true)
        let notes = try #require(document["notes"] as? [String])
        #expect(notes.contains("Ranges use the scale of assessments in force on 2025-12-31 (2025-2027, the period containing 2025) and populations of 2024 (the latest year in the data not after 2025)."))
        // --scale alone keeps the population rule; the text output says so too.
        let given = try CLI.run(["representation", "--as-of", "2022-06-30", "--scale", "2019-2021", "--top", "1"])
        #expect(given.stdout.contains("Ranges use the scale of assessments for 2019-2021 (as given) and populations of 2022 (the latest year in the data not after 2022)."), "\(given.stdout)")
        // A date the data has no scale for is a data error that lists what there is.
        let late = try CLI.run(["ranges", "--as-of", "2031-12-31"])
        #expect(late.status == 65)
        #expect(late.stderr.contains("no scale of assessments in the data is in force on 2031-12-31 (the data has 2010-2012,"), "\(late.stderr)")
    }

    /// A selection with nothing in it is a data error (65), not a usage error: the option is well
    /// formed, the data holds nothing for it (an entity with no rows; with --funding all, whose base
    /// figure is the staff counted, a date with nobody counted).
    @Test func anEmptySelectionIsADataError() throws {
        let r = try CLI.run(["representation", "--entity", "NO SUCH OFFICE"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no staff in entity 'NO SUCH OFFICE': none of the 40000 roster rows is of it"), "\(r.stderr)")
        let early = try CLI.run(["representation", "--as-of", "1990-12-31", "--scale", "2010-2012", "--population-year", "2010", "--funding", "all"])
        #expect(early.status == 65)
        #expect(early.stderr.contains("no staff member counted on 1990-12-31 matches the selection"), "\(early.stderr)")
    }

    /// The trend's last year equals the representation of that day (a second road to the same
    /// counts); a snapshot, and published counts made from the roster's own table, give the same.
    @Test func trendAgreesWithRepresentation() throws {
        let trend = try CLI.run(["trend", "--from", "2024", "--to", "2025", "--format", "json"])
        #expect(trend.status == 0, "\(trend.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(trend.stdout.utf8)) as? [String: Any])
        let rows = try #require(((document["tables"] as? [[String: Any]])?.first?["rows"]) as? [[String: Any]])
        #expect(rows.map { $0["year"] as? Int } == [2024, 2025])
        #expect(rows.map { $0["scale"] as? String } == ["2022-2024", "2025-2027"])
        let statuses = try CLI.run(["representation", "--as-of", "2025-12-31", "--table", "representation-status-counts", "--format", "csv"])
        var counts: [String: Int] = [:]
        for line in statuses.stdout.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            counts[String(cells[0])] = Int(cells[1])
        }
        #expect(rows[1]["unrepresented"] as? Int == counts["unrepresented"])
        #expect(rows[1]["overrepresented"] as? Int == counts["overrepresented"])
        #expect(rows[1]["within_range_below_midpoint"] as? Int == counts["within-range-below-midpoint"])
        let fromRoster = try CLI.run(["trend", "--from", "2025", "--to", "2025", "--format", "csv"])
        let snapshot = try CLI.run(["trend", "--snapshot", "2025=data/staff.csv", "--format", "csv"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout == fromRoster.stdout)
        #expect(try CLI.run(["trend", "--snapshot", "2025=data/staff.csv", "--staff", "data/staff.csv"]).status == 64)
        // Published counts made from the representation table (its other columns are ignored).
        let folder = try CLI.temporaryFolder()
        var countsArguments = ["trend", "--format", "csv"]
        for year in [2024, 2025] {
            let table = try CLI.run(["representation", "--as-of", "\(year)-12-31", "--format", "csv"])
            let lines = table.stdout.split(separator: "\r\n").filter { !$0.hasPrefix("Total") }.joined(separator: "\n") + "\n"
            try lines.write(toFile: folder + "/counts-\(year).csv", atomically: true, encoding: .utf8)
            countsArguments += ["--counts", "\(year)=" + folder + "/counts-\(year).csv"]
        }
        let fromCounts = try CLI.run(countsArguments)
        #expect(fromCounts.status == 0, "\(fromCounts.stderr)")
        #expect(fromCounts.stdout == (try CLI.run(["trend", "--from", "2024", "--to", "2025", "--format", "csv"])).stdout)
        #expect(try CLI.run(["trend", "--counts", "2025=" + folder + "/counts-2025.csv", "--snapshot", "2025=data/staff.csv"]).status == 64)
    }

    @Test func badDataExits65NamingFileLineAndColumn() throws {
        let folder = try CLI.temporaryFolder()
        let roster = folder + "/staff.csv"
        try "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date\nS1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,\nS2,ATL,F,P-9,RB,no,Vienna,UNODC,2020-01-01,\n"
            .write(toFile: roster, atomically: true, encoding: .utf8)
        let r = try CLI.run(["representation", "--staff", roster])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(roster):3:4: invalid nationality (found 'ATL'"))
        #expect(r.stderr.contains("\(roster):3:10: invalid grade (found 'P-9'")) // every problem of a row, in one run
        let missing = try CLI.run(["summary", "--ledger", folder + "/none.csv"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("\(folder)/none.csv: cannot open the file (no such file)"))
        let period = try CLI.run(["summary", "--period", "2030"])
        #expect(period.status == 65)
        #expect(period.stderr.contains("no ledger lines fall in 2030 (the ledger has 2018, 2019, 2020, 2020-2021, 2021)"))
    }

    @Test func reportWritesEverythingAndAFailedReportWritesNothing() throws {
        let out = try CLI.temporaryFolder() + "/report"
        let r = try CLI.run(["report", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.contains("README.md") && files.contains("representation.csv") && files.contains("psc-statement.csv") && files.contains("full-cost.csv") && !files.contains("psc.csv"))
        #expect(!files.contains { $0.contains(".tmp-") })

        let emptyData = try CLI.temporaryFolder()
        let failedOut = emptyData + "/out"
        let failed = try CLI.run(["report", "--data", emptyData, "--out", failedOut])
        #expect(failed.status == 65)
        #expect(!FileManager.default.fileExists(atPath: failedOut))
    }

    @Test func exportWritesCSVWithByteOrderMark() throws {
        let out = try CLI.temporaryFolder() + "/export"
        let r = try CLI.run(["export", "--out", out, "--bom"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.allSatisfy { $0.hasSuffix(".csv") } && files.count > 20)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/ranges.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func generatedStaffIsDeterministic() throws {
        let folder = try CLI.temporaryFolder()
        _ = try CLI.run(["generate", "staff", "--count", "200", "--seed", "9", "--out", folder + "/a.csv"])
        _ = try CLI.run(["generate", "staff", "--count", "200", "--seed", "9", "--out", folder + "/b.csv"])
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.csv")), b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.csv"))
        #expect(a == b && a.count > 10_000)
    }

    @Test func defaultStaffIsWhatTheGeneratorWrites() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["generate", "staff", "--out", folder + "/staff.csv"])
        #expect(r.status == 0)
        let generated = try Data(contentsOf: URL(fileURLWithPath: folder + "/staff.csv"))
        let committed = try Data(contentsOf: URL(fileURLWithPath: CLI.root + "/data/staff.csv"))
        #expect(generated == committed)
    }
}

/// The help a user reads, against golden files made at 100 columns and read by eye; set
/// FINGOV_UPDATE_GOLDEN=1 to rewrite them after an intended change.
@Suite struct HelpGoldenTests {
    @Test(arguments: [("root", ["--help"]), ("summary", ["help", "summary"]), ("representation", ["help", "representation"])])
    func helpMatchesGolden(name: String, arguments: [String]) throws {
        let r = try CLI.run(arguments, environment: ["COLUMNS": "100"])
        #expect(r.status == 0)
        let path = CLI.root + "/Tests/FingovCLITests/Golden/help-\(name).txt"
        if ProcessInfo.processInfo.environment["FINGOV_UPDATE_GOLDEN"] == "1" {
            try r.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(r.stdout == (try String(contentsOfFile: path, encoding: .utf8)))
    }
}

/// Published counts (`--counts`) against a roster with the same figures, and the intake's notes.
@Suite struct IntakeCommandTests {
    static let header = "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date\n"
    // By hand, on 2025-12-31: FRA 3 (S1 to S3; S4 left on 2025-12-30), KEN 2 (S5; S6 is separated
    // on 2025-12-31, its last day, and still counts), DEU 1 (S7; S8 is G-5, S9 a language post).
    static let roster = header + """
        S1,FRA,F,P-4,RB,no,Vienna,UNODC,2010-01-01,
        S2,FRA,M,P-3,RB,no,Vienna,UNODC,2011-01-01,
        S3,FRA,F,D-1,RB,no,Vienna,UNODC,2012-01-01,
        S4,FRA,F,P-2,RB,no,Vienna,UNODC,2012-01-01,2025-12-30
        S5,KEN,F,P-4,RB,no,Nairobi,UNON,2015-01-01,
        S6,KEN,M,P-5,RB,no,Nairobi,UNON,2015-01-01,2025-12-31
        S7,DEU,M,P-4,RB,no,Vienna,UNODC,2020-01-01,
        S8,DEU,M,G-5,RB,no,Vienna,UNODC,2020-01-01,
        S9,DEU,M,P-4,RB,yes,Vienna,UNODC,2020-01-01,

        """

    @Test func countsGiveTheSameTablesAsTheRoster() throws {
        let folder = try CLI.temporaryFolder()
        try Self.roster.write(toFile: folder + "/staff.csv", atomically: true, encoding: .utf8)
        // Any order of columns, any case, a column ignored, a non-member counted apart.
        try "staff,iso3,source\n3,fra,table 2\n2,KEN,table 2\n1, DEU ,table 2\n4,PSE,table 2\n"
            .write(toFile: folder + "/counts.csv", atomically: true, encoding: .utf8)
        // (--funding all is left out: it counts S9, on a language post, whom the published
        // counts of geographical posts do not hold.)
        for command in [["representation"], ["representation", "--table", "representation-status-counts"],
                        ["representation", "--table", "groups"], ["scenarios"], ["sweep", "--sets", "20"]] {
            let fromRoster = try CLI.run(command + ["--staff", folder + "/staff.csv", "--format", "csv"])
            let fromCounts = try CLI.run(command + ["--counts", folder + "/counts.csv", "--format", "csv"])
            #expect(fromRoster.status == 0 && fromCounts.status == 0, "\(command): \(fromRoster.stderr) \(fromCounts.stderr)")
            #expect(fromRoster.stdout == fromCounts.stdout, "\(command)")
        }
        let france = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "csv", "--state", "FRA"])
        #expect(france.stdout.split(separator: "\r\n")[1].hasPrefix("FRA,France,3,"))
        let nonMembers = try CLI.run(["representation", "--counts", folder + "/counts.csv", "--format", "csv", "--table", "non-member-nationals"])
        #expect(nonMembers.stdout == "iso3,name,staff\r\nPSE,\"Palestine, State of\",4\r\nTotal,,4\r\n")
        let json = try CLI.run(["representation", "--counts", folder + "/counts.csv", "--format", "json"])
        #expect(json.stdout.contains("published counts, 4 rows, 10 staff (4 of them nationals of non-members, counted apart)"))
        // The input is accounted in its own rows (one per State or territory), not in staff.
        #expect(json.stdout.contains("\"rows_read\": 4, \"rows_used\": 4"), "\(json.stdout)")
        #expect(json.stdout.contains("4 staff counted in the total are in no State's row: nationals of non-member States and territories"))
        #expect(json.stdout.contains("column ignored (not used by Fingov): 'source'"))
    }

    /// Nationals of non-members in a roster: counted apart, in no Member State's row.
    @Test func rosterNonMemberNationalsAreCountedApart() throws {
        let folder = try CLI.temporaryFolder()
        // By hand: PSE 2 geographical (S10, S11), VAT 1 (S12, written in lower case); S13 (PSE,
        // G-4) is outside; S14 is not ISO 3166-1 (XKX) and S15 has two nationalities.
        try (Self.roster + """
            S10,PSE,F,P-4,RB,no,Vienna,UNODC,2010-01-01,
            S11,PSE,M,P-3,RB,no,Vienna,UNODC,2010-01-01,
            S12,vat,M,P-3,RB,no,Vienna,UNODC,2010-01-01,
            S13,PSE,M,G-4,RB,no,Vienna,UNODC,2010-01-01,

            """).write(toFile: folder + "/staff.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "csv", "--table", "non-member-nationals"])
        #expect(r.stdout == "iso3,name,staff\r\nPSE,\"Palestine, State of\",2\r\nVAT,Holy See (Vatican City State),1\r\nTotal,,3\r\n", "\(r.stderr)")
        // The Member States' rows hold the 6 counted by hand above, nothing more.
        let counts = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "csv", "--table", "representation-status-counts"])
        #expect(counts.stdout.hasSuffix("Total,193,6\r\n"))
        try (Self.roster + "S14,XKX,F,P-4,RB,no,Vienna,UNODC,2010-01-01,\nS15,FRA/CAN,F,P-4,RB,no,Vienna,UNODC,2010-01-01,\n")
            .write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["representation", "--staff", folder + "/bad.csv"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.csv:11:5: invalid nationality (found 'XKX', expected an ISO 3166-1 alpha-3 code, such as FRA)"))
        #expect(bad.stderr.contains("bad.csv:12:5: more than one nationality (found 'FRA/CAN', expected one ISO alpha-3 code: the Secretariat recognises one nationality per staff member, give that one)"))
    }

    @Test func countsRefuseCodesThatAreNotISO() throws {
        let folder = try CLI.temporaryFolder()
        try "iso3,staff\nFRA,3\nXKX,2\nFRA,1\n".write(toFile: folder + "/counts.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["representation", "--counts", folder + "/counts.csv"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(folder)/counts.csv:3:1: invalid iso3 (found 'XKX', expected an ISO 3166-1 alpha-3 code such as FRA)"))
        #expect(r.stderr.contains("\(folder)/counts.csv:4:1: FRA is listed twice (already on line 2)"))
    }

    @Test func theSeparationReadingIsAnOption() throws {
        let folder = try CLI.temporaryFolder()
        try Self.roster.write(toFile: folder + "/staff.csv", atomically: true, encoding: .utf8)
        let lastDay = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "csv", "--state", "KEN"])
        let dayAfter = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "csv", "--state", "KEN", "--separation-date", "day-after"])
        #expect(lastDay.stdout.split(separator: "\r\n")[1].hasPrefix("KEN,Kenya,2,"))
        #expect(dayAfter.stdout.split(separator: "\r\n")[1].hasPrefix("KEN,Kenya,1,"))
        let bad = try CLI.run(["representation", "--separation-date", "yesterday"])
        #expect(bad.status == 64)
    }

    @Test func notesSayWhatWasForgiven() throws {
        let folder = try CLI.temporaryFolder()
        try ("extra," + Self.header + "x," + "S1,fra,f,P4,rb,No,Vienna,UNODC,2010-01-01,\n")
            .write(toFile: folder + "/staff.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["representation", "--staff", folder + "/staff.csv", "--format", "json", "--state", "FRA"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(folder)/staff.csv: column ignored (not used by Fingov): 'extra'."))
        #expect(r.stdout.contains("\(folder)/staff.csv: 5 values read in another form: "))
        #expect(r.stdout.contains("grade 'P4' as 'P-4' (1)"))
    }
}
