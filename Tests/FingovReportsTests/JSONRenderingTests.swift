import Foundation
import Testing
@testable import FingovReports
@testable import FingovModel

@Suite struct JSONRenderingTests {
    @Test func tableObjectCarriesNumbersAsNumbers() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sampleTable.jsonObject().utf8)) as? [String: Any])
        #expect(object["name"] as? String == "t")
        #expect(object["title"] as? String == "T")
        #expect(object["columns"] as? [String] == ["name", "amount_usd", "share_percent"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["amount_usd"] as? Double == 1234567.89)
        #expect(rows[0]["share_percent"] as? Double == 12.345678)
        #expect(rows[0]["name"] as? String == "Côte d’Ivoire")
        #expect(rows[1]["share_percent"] is NSNull)
        #expect(rows[1]["name"] as? String == "-dash, \"quoted\"") // no formula guard in JSON
        #expect((object["totals"] as? [String: Any])?["share_percent"] as? Double == 100)
        #expect(object["notes"] as? [String] == ["note"])
    }

    @Test func numbersAreWrittenInFull() {
        let table = ReportTable(name: "x", title: "X", columns: [Column("x", numeric: true)],
                                rows: [[.number(7.49996, decimals: 4)], [.number(-0.0, decimals: 2)], [.number(1e-7, decimals: 1)], [.money(Money(cents: -50))]])
        let json = table.jsonObject()
        #expect(json.contains("{\"x\": 7.49996}"))
        #expect(json.contains("{\"x\": 0}"))
        #expect(json.contains("{\"x\": 0.0000001}"))
        #expect(json.contains("{\"x\": -0.50}"))
    }

    @Test(arguments: [("plain", "\"plain\""), ("a\"b\\c", "\"a\\\"b\\\\c\""), ("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""),
                      ("\u{1}", "\"\\u0001\""), ("Côte", "\"Côte\"")])
    func stringsAreEscaped(text: String, expected: String) {
        #expect(jsonString(text) == expected)
    }
}
