import Testing
@testable import FingovReports
@testable import FingovModel

@Suite struct TextRenderingTests {
    @Test func textTableAlignsByDisplayWidth() {
        let text = sampleTable.text(style: TextStyle(units: .usd))
        let lines = text.split(separator: "\n").map(String.init)
        // The name column is as wide as its widest cell, "-dash, \"quoted\"" (15 columns); the
        // amount column as "1,234,567.89" (12); two spaces between columns.
        #expect(lines[1] == "name               amount_usd  share_percent")
        #expect(lines[3] == "Côte d’Ivoire    1,234,567.89          12.35")
        #expect(lines[4] == "-dash, \"quoted\"         -0.50              –")
        #expect(lines[6] == "Total            1,234,567.39         100.00")
        let thousands = sampleTable.text(style: TextStyle(units: .thousands)).split(separator: "\n").map(String.init)
        #expect(thousands[3].contains("1,234.6"))
        #expect(thousands[1].contains("amount_usd (thousands)"))
    }

    @Test func textKeepsDisplayDecimals() {
        // 7.49996 shown with 4 decimals rounds up; CSV and JSON write it in full instead.
        let table = ReportTable(name: "x", title: "X", columns: [Column("x", numeric: true)], rows: [[.number(7.49996, decimals: 4)]])
        #expect(table.text().split(separator: "\n").map(String.init)[3] == "7.5000")
    }
}
