import Foundation
import Testing
@testable import FingovAnalytics
@testable import FingovReports
@testable import FingovModel

@Suite struct OutputDocumentTests {
    static func document() -> OutputDocument {
        var accounting = RowAccounting()
        accounting.rowsRead = 10
        accounting.used = 7
        accounting.exclude("not serving", count: 2)
        accounting.exclude("other entity")
        let second = ReportTable(name: "second", title: "Second", columns: [Column("k"), Column("v", numeric: true)],
                                 rows: [[.text("a"), .number(0.1, decimals: 1)]], notes: ["note", "second note"])
        return OutputDocument(command: "demo",
                              parameters: [Parameter("as_of", .text("2025-12-31")), Parameter("base_figure", .number(3600)),
                                           Parameter("top", .integer(nil)), Parameter("status", .list(["unrepresented"])),
                                           Parameter("bom", .flag(false)), Parameter("rate", .number(7.49996))],
                              tables: [sampleTable, second], notes: ["document note"],
                              inputs: [InputFile(path: "data/staff.csv", accounting: accounting), InputFile(path: "costs.csv", allUsed: 3)])
    }

    @Test func jsonHasTheOneShape() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.document().json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["command", "parameters", "tables", "notes", "inputs"])
        #expect(object["command"] as? String == "demo")

        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["as_of"] as? String == "2025-12-31")
        #expect(parameters["base_figure"] as? Double == 3600)
        #expect(parameters["top"] is NSNull)
        #expect(parameters["status"] as? [String] == ["unrepresented"])
        #expect(parameters["bom"] as? Bool == false)
        #expect(parameters["rate"] as? Double == 7.49996)

        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["name"] as? String } == ["t", "second"])
        #expect(tables[1]["title"] as? String == "Second")
        #expect(tables[1]["columns"] as? [String] == ["k", "v"])
        #expect((tables[1]["rows"] as? [[String: Any]])?.first?["v"] as? Double == 0.1)
        #expect(tables[1]["totals"] is NSNull)

        // Every table's notes once, in order, then the document's.
        #expect(object["notes"] as? [String] == ["note", "second note", "document note"])

        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.count == 2)
        #expect(inputs[0]["file"] as? String == "data/staff.csv")
        #expect(inputs[0]["rows_read"] as? Int == 10)
        #expect(inputs[0]["rows_used"] as? Int == 7)
        #expect(inputs[0]["rows_excluded"] as? [String: Int] == ["not serving": 2, "other entity": 1])
        #expect(inputs[1]["rows_read"] as? Int == 3 && inputs[1]["rows_used"] as? Int == 3)
        #expect(inputs[1]["rows_excluded"] as? [String: Int] == [:])
    }

    @Test func jsonKeepsTheOrderOfParametersAndTables() {
        let json = Self.document().json()
        let positions = ["\"command\"", "\"parameters\"", "\"as_of\"", "\"rate\"", "\"tables\"", "\"name\": \"t\"", "\"name\": \"second\"", "\"inputs\""]
            .map { json.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.map { $0! } == positions.map { $0! }.sorted())
    }

    @Test func csvIsTheMainTableOrTheNamedOne() throws {
        let document = Self.document()
        #expect(try document.csv() == sampleTable.csv())
        #expect(String(decoding: try document.csv(table: "second"), as: UTF8.self) == "k,v\r\na,0.1\r\n")
        #expect(try document.csv(table: "t", byteOrderMark: true) == [0xEF, 0xBB, 0xBF] + sampleTable.csv())
    }

    @Test func anUnknownTableNamesTheTablesThereAre() {
        #expect(throws: UnknownTableError(name: "third", known: ["t", "second"])) { try Self.document().csv(table: "third") }
        #expect(UnknownTableError(name: "third", known: ["t", "second"]).description == "invalid --table (found 'third', expected one of: t, second)")
        #expect(throws: UnknownTableError.self) { try Self.document().selecting(table: "T") } // names are exact
    }

    @Test func selectingKeepsOneTable() throws {
        let selected = try Self.document().selecting(table: "second")
        #expect(selected.tableNames == ["second"])
        #expect(selected.command == "demo" && selected.inputs.count == 2)
        #expect(try Self.document().selecting(table: nil).tableNames == ["t", "second"])
    }

    @Test func textShowsEveryTableThenTheDocumentNotesThenTheCharts() {
        let text = Self.document().text(style: TextStyle(), extra: ["CHART\n"])
        #expect(text == sampleTable.text() + "\n" + Self.document().tables[1].text() + "\n" + "  document note\n" + "\n" + "CHART\n")
    }

    @Test func rangeParametersUseTheOptionNames() {
        let list = Parameter.list(RangeParameters())
        #expect(list.map(\.name) == ["base_figure", "scale", "population_year", "membership_weight", "population_weight", "contribution_weight",
                                  "flexibility", "min_flexibility", "min_upper"])
        #expect(list[0].value == .number(3600) && list[1].value == .text("2019-2021") && list[2].value == .integer(2019))
        #expect(list[3].value == .number(40) && list[4].value == .number(5) && list[5].value == .number(55))
        #expect(list[7].value == .number(4.8))
    }

    @Test func referenceFilesCountTheirRows() throws {
        let fra = try #require(MemberState(rawValue: "FRA")), deu = try #require(MemberState(rawValue: "DEU"))
        func profile(_ state: MemberState) -> MemberStateProfile {
            MemberStateProfile(state: state, iso2: "", name: state.rawValue, shortName: state.rawValue, continent: "Europe", subregion: "", memberSince: 1945)
        }
        let p2019 = try #require(Period(rawValue: "2019-2021")), p2022 = try #require(Period(rawValue: "2022-2024"))
        let reference = ReferenceData(states: [profile(fra), profile(deu)], scales: [p2019: [fra: 40, deu: 60], p2022: [fra: 100]],
                                      populations: [2019: [fra: 1, deu: 2], 2020: [fra: 1, deu: 2], 2024: [fra: 1]])
        let files = InputFile.referenceFiles(folder: "ref", reference: reference, parameters: RangeParameters())
        #expect(files.map(\.path) == ["ref/member_states.csv", "ref/scale_of_assessments.csv", "ref/population_worldbank.csv"])
        #expect(files.map(\.accounting.rowsRead) == [2, 3, 5])
        #expect(files.map(\.accounting.used) == [2, 2, 2])
        #expect(files[1].accounting.excluded == [Exclusion(reason: "in other scale periods than 2019-2021", count: 1)])
        #expect(files[2].accounting.excluded == [Exclusion(reason: "in other years than 2019", count: 3)])
    }
}
