import Foundation
import Testing
@testable import FingovReports
@testable import FingovModel

@Suite struct RenderingTests {
    @Test(arguments: [("abc", 3), ("Côte d’Ivoire", 13), ("Türkiye", 7), ("中文", 4), ("e\u{301}", 1), ("", 0)])
    func displayWidths(text: String, width: Int) {
        #expect(displayWidth(text) == width)
    }

    let table = ReportTable(name: "t", title: "T", columns: [Column("name"), Column("amount_usd", numeric: true), Column("share_percent", numeric: true)],
                            rows: [[.text("Côte d’Ivoire"), .money(Money(cents: 123_456_789)), .number(12.345678, decimals: 2)],
                                   [.text("-dash, \"quoted\""), .money(Money(cents: -50)), .empty]],
                            totals: [.text("Total"), .money(Money(cents: 123_456_739)), .number(100, decimals: 2)],
                            notes: ["note"])

    @Test func csvIsExactAndGuarded() {
        let csv = String(decoding: table.csv(), as: UTF8.self)
        #expect(csv == "name,amount_usd,share_percent\r\nCôte d’Ivoire,1234567.89,12.35\r\n\"'-dash, \"\"quoted\"\"\",-0.50,\r\nTotal,1234567.39,100.00\r\n")
    }

    @Test func textTableAlignsByDisplayWidth() {
        let text = table.text(style: TextStyle(units: .usd))
        let lines = text.split(separator: "\n").map(String.init)
        // The name column is as wide as its widest cell, "-dash, \"quoted\"" (15 columns); the
        // amount column as "1,234,567.89" (12); two spaces between columns.
        #expect(lines[1] == "name               amount_usd  share_percent")
        #expect(lines[3] == "Côte d’Ivoire    1,234,567.89          12.35")
        #expect(lines[4] == "-dash, \"quoted\"         -0.50              –")
        #expect(lines[6] == "Total            1,234,567.39         100.00")
        let thousands = table.text(style: TextStyle(units: .thousands)).split(separator: "\n").map(String.init)
        #expect(thousands[3].contains("1,234.6"))
        #expect(thousands[1].contains("amount_usd (thousands)"))
    }

    @Test func jsonCarriesNumbersAsNumbers() throws {
        let data = Data(table.json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows[0]["amount_usd"] as? Double == 1234567.89)
        #expect(rows[0]["name"] as? String == "Côte d’Ivoire")
        #expect(rows[1]["share_percent"] is NSNull)
        #expect(rows[1]["name"] as? String == "-dash, \"quoted\"")
        #expect((object["totals"] as? [String: Any])?["share_percent"] as? Double == 100)
    }

    @Test(arguments: [(1234.5, 2, "1234.50"), (-0.004, 2, "0.00"), (-0.005, 2, "-0.01"), (12.5, 0, "13"), (0.1, 4, "0.1000"), (-7, 1, "-7.0")])
    func plainNumbers(x: Double, decimals: Int, expected: String) {
        #expect(plainNumber(x, decimals: decimals) == expected)
    }
}
