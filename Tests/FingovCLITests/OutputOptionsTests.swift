import Foundation
import Testing

/// The output options every table command shares: one JSON shape, `--table`, numbers in full.
@Suite struct OutputOptionsTests {
    /// Each command with the tables it has on the default data, main table first, and its input.
    @Test(arguments: [
        (["ranges"], ["ranges"], "data/member_states.csv"),
        (["representation"], ["representation", "representation-status-counts", "groups"], "data/staff.csv"),
        (["appointments"], ["appointments"], "data/staff.csv"),
        (["gender"], ["gender", "gender-geographical"], "data/staff.csv"),
        (["scenarios"], ["scenarios", "scenarios-summary"], "data/staff.csv"),
        (["summary"], ["summary-office_type-category", "crosstab"], "data/ledger.csv"),
        (["summary", "--by", "fund", "--compare", "2018-2019"], ["summary-fund"], "data/ledger.csv"),
        (["psc"], ["psc-statement", "psc-use", "psc-rates"], "data/ledger.csv"),
        (["allocate", "--period", "2020-2021", "--funding-source", "PSC"], ["full-cost"], "data/ledger.csv"),
        (["allocate"], ["allocation-reciprocal", "allocation-reciprocated-costs"], "data/support-costs.csv"),
        (["sweep", "--sets", "500"], ["sweep"], "data/staff.csv"),
    ])
    func jsonIsOneObjectOfOneShape(command: [String], tables: [String], input: String) throws {
        let r = try CLI.run(command + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["command", "parameters", "tables", "notes", "inputs"])
        #expect(object["command"] as? String == command[0])
        #expect((object["parameters"] as? [String: Any])?["data"] as? String == "data")
        let tableObjects = try #require(object["tables"] as? [[String: Any]])
        #expect(tableObjects.map { $0["name"] as? String } == tables)
        for table in tableObjects {
            #expect(table["title"] is String)
            let columns = try #require(table["columns"] as? [String])
            let rows = try #require(table["rows"] as? [[String: Any]])
            #expect(rows.allSatisfy { Set($0.keys) == Set(columns) })
        }
        #expect(!((object["notes"] as? [String]) ?? []).isEmpty)
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.first?["file"] as? String == input)
        for entry in inputs {
            let read = try #require(entry["rows_read"] as? Int), used = try #require(entry["rows_used"] as? Int)
            let excluded = try #require(entry["rows_excluded"] as? [String: Int])
            #expect(read == used + excluded.values.reduce(0, +), "every row is accounted for: \(entry)")
        }
    }

    @Test func representationJSONAccountsForTheRoster() throws {
        let r = try CLI.run(["representation", "--format", "json", "--top", "3"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["top"] as? Int == 3 && parameters["as_of"] as? String == "2025-12-31" && parameters["base_figure"] as? Double == 3600)
        let input = try #require((object["inputs"] as? [[String: Any]])?.first)
        // The roster has 40,000 rows (data/README.md); 3,188 are in posts subject to geographical
        // distribution on 2025-12-31 (the report's headline), counted apart with Python's csv
        // module: Professional and higher, RB, not a language post, appointed on or before
        // 2025-12-31 and separation empty or on or after it (3,187 when a person separated on
        // 2025-12-31 was, wrongly, no longer counted on it).
        #expect(input["rows_read"] as? Int == 40_000 && input["rows_used"] as? Int == 3_188)
    }

    @Test(arguments: [
        (["representation"], "representation-status-counts", "status,member_states,staff"),
        (["gender"], "gender-geographical", "grade,women,men,not_recorded,total,women_percent,parity"),
        (["scenarios"], "scenarios-summary", "scenario,parameters,unrepresented,underrepresented"),
        (["allocate"], "allocation-reciprocated-costs", "unit,direct_cost_usd,reciprocated_cost_usd"),
        (["summary"], "crosstab", "office_type,"),
    ])
    func tableChoosesTheCSVTable(command: [String], table: String, headerPrefix: String) throws {
        let r = try CLI.run(command + ["--format", "csv", "--table", table])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(headerPrefix))
    }

    @Test func unknownTableIsBadUsageListingTheTables() throws {
        for format in ["csv", "json", "table"] {
            let r = try CLI.run(["gender", "--format", format, "--table", "women"])
            #expect(r.status == 64)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("invalid --table (found 'women', expected one of: gender, gender-geographical)"))
        }
    }

    @Test func csvWritesRealNumbersInFull() throws {
        // Afghanistan, scale 2019-2021 (rate 0.007 per cent), B = 3600: the contribution part is
        // 55 % x 3600 x 0.007 % = 0.1386 posts; CSV carries the double as computed, not 0.1386
        // rounded to four decimals, and it reads back to a value within 1e-15 of the exact one.
        let r = try CLI.run(["ranges", "--scale", "2019-2021", "--population-year", "2019", "--format", "csv"])
        let lines = r.stdout.split(separator: "\r\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let afghanistan = try #require(lines.first { $0.hasPrefix("AFG,") }).split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "contribution_posts"))
        let contribution = try #require(Double(afghanistan[column]))
        #expect(abs(contribution - 0.1386) < 1e-15)
        #expect(afghanistan[2] == "0.007")
        #expect(!r.stdout.contains("e-") && !r.stdout.contains("e+"))
    }

    @Test func tableTextShowsOnlyTheNamedTable() throws {
        let r = try CLI.run(["representation", "--table", "representation-status-counts"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Member States by status (2025-12-31)"))
        #expect(!r.stdout.contains("Geographical representation"))
    }
}
