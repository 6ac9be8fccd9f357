import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

/// Three ledger lines of 2020: drug SP at headquarters 100.00, drug SP in the field 200.00,
/// crime PSC in the field 33.33; total 333.33.
@Suite struct SummaryTablesTests {
    static func lines() throws -> [LedgerLine] {
        let year = try #require(Period(rawValue: "2020"))
        return [LedgerLine(period: year, fund: .drugProgramme, fundingSource: .specialPurpose, office: "Headquarters (Vienna)",
                           officeType: .headquarters, category: .programmeDelivery, amount: Money(cents: 10_000)),
                LedgerLine(period: year, fund: .drugProgramme, fundingSource: .specialPurpose, office: "Country Office Colombia",
                           officeType: .field, category: .programmeDelivery, amount: Money(cents: 20_000)),
                LedgerLine(period: year, fund: .crimeProgramme, fundingSource: .programmeSupportCost, office: "Country Office Colombia",
                           officeType: .field, category: .humanResources, amount: Money(cents: 3_333))]
    }

    /// Shares 100.00 / 333.33 = 30.0003000030... per cent and 233.33 / 333.33 = 69.9996999969...:
    /// written in full (not 30.00 and 70.00), the total exactly 100 and 333.33.
    @Test func summaryInFull() throws {
        let summary = try LedgerSummary.compute(cells: LedgerCells(vocabulary: unodcVocabulary).adding(Self.lines()), by: [.officeType], period: nil)
        let table = Tables.summary(summary)
        #expect(table.name == "summary-office_type")
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows[0] == ["office_type", "amount_usd", "share_percent"])
        let headquarters = try #require(rows.first { $0[0] == "headquarters" }), field = try #require(rows.first { $0[0] == "field" })
        #expect(headquarters[1] == "100.00" && field[1] == "233.33")
        let hqShare = try #require(Double(headquarters[2])), fieldShare = try #require(Double(field[2]))
        #expect(abs(hqShare - 10_000.0 / 33_333.0 * 100) < 1e-12 && abs(fieldShare - 23_333.0 / 33_333.0 * 100) < 1e-12)
        #expect(headquarters[2].hasPrefix("30.0003") && field[2].hasPrefix("69.9996"))
        #expect(rows.last == ["Total", "333.33", "100"])
        #expect(table.notes[0] == "Control: summary total 333.33 = input total 333.33 USD (reconciled to the cent).")
    }

    /// By office type and fund: headquarters has drug 100.00 and no crime; the field drug 200.00
    /// and crime 33.33.
    @Test func crossTabByHand() throws {
        let summary = try LedgerSummary.compute(cells: LedgerCells(vocabulary: unodcVocabulary).adding(Self.lines()), by: [.officeType, .fund], period: nil)
        let table = try #require(Tables.crossTab(summary))
        #expect(table.columns.map(\.name) == ["office_type", "drug", "crime", "total"])
        #expect(Set(table.rows.map { $0.map(\.fullText) }) == [["", "100.00", "", "100.00"], ["", "200.00", "33.33", "233.33"]])
        #expect(Set(table.rows.map { $0[0] }) == [.text("headquarters"), .text("field")])
        #expect(table.totals?.map(\.fullText) == ["", "300.00", "33.33", "333.33"])
        #expect(Tables.crossTab(try LedgerSummary.compute(cells: LedgerCells(vocabulary: unodcVocabulary).adding(Self.lines()), by: [.fund], period: nil)) == nil)
    }

    /// By office type and category with all 12 categories: headquarters 100.00 in each (1,200.00),
    /// the field 10.00 in each but the last two, 1,000.00 and 2,000.00 there (3,100.00). Every
    /// category is a series, and at 80 columns (label 12, total 8: area 80 - 12 - 8 - 4 = 56) the
    /// field bar is 56 cells and headquarters round(1200 / 3100 * 56) = round(21.68) = 22.
    @Test func stackedChartHasEveryCategory() throws {
        let year = try #require(Period(rawValue: "2020"))
        var lines: [LedgerLine] = []
        for (i, category) in Category.unodc.enumerated() {
            lines.append(LedgerLine(period: year, fund: .drugProgramme, fundingSource: .specialPurpose, office: "Headquarters (Vienna)",
                                    officeType: .headquarters, category: category, amount: Money(cents: 10_000)))
            let field = i == 10 ? 100_000 : i == 11 ? 200_000 : 1_000
            lines.append(LedgerLine(period: year, fund: .drugProgramme, fundingSource: .specialPurpose, office: "Country Office Colombia",
                                    officeType: .field, category: category, amount: Money(cents: field)))
        }
        #expect(Category.unodc.count == 12)
        let summary = try LedgerSummary.compute(cells: LedgerCells(vocabulary: unodcVocabulary).adding(lines), by: [.officeType, .category], period: nil)
        let chart = Tables.summaryStackedChart(summary, units: .usd)
        #expect(Set(chart.series) == Set(Category.unodc.map(\.rawValue)))
        let text = chart.render(style: TextStyle(width: 80))
        func cells(_ label: String) throws -> Int {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(label) })
            return line.split(separator: "│")[1].prefix(56).filter { $0 != " " }.count
        }
        #expect(try cells("field") == 56)
        #expect(try cells("headquarters") == 22)
    }
}
