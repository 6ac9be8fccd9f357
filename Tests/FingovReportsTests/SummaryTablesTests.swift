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
        let summary = try LedgerSummary.compute(lines: Self.lines(), by: [.officeType], period: nil)
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
        let summary = try LedgerSummary.compute(lines: Self.lines(), by: [.officeType, .fund], period: nil)
        let table = try #require(Tables.crossTab(summary))
        #expect(table.columns.map(\.name) == ["office_type", "drug", "crime", "total"])
        #expect(Set(table.rows.map { $0.map(\.fullText) }) == [["", "100.00", "", "100.00"], ["", "200.00", "33.33", "233.33"]])
        #expect(Set(table.rows.map { $0[0] }) == [.text("headquarters"), .text("field")])
        #expect(table.totals?.map(\.fullText) == ["", "300.00", "33.33", "333.33"])
        #expect(Tables.crossTab(try LedgerSummary.compute(lines: Self.lines(), by: [.fund], period: nil)) == nil)
    }
}
