import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct PSCTablesTests {
    /// The lines of SummaryTablesTests: drug SP direct 100.00 at headquarters and 200.00 in the
    /// field earn 13 per cent, 13.00 and 26.00; crime spends 33.33 of PSC in the field. Drug at
    /// headquarters: rate on direct 13 %, share of gross 13.00 / 113.00 = 11.504424778761...%.
    @Test func pscByHand() throws {
        let analysis = try PSCAnalysis(PSCTally(period: nil).adding(try SummaryTablesTests.lines()))
        let table = Tables.psc(analysis)
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows[0] == ["fund", "office_type", "sp_direct_expenditure_usd", "psc_earned_usd", "rate_on_direct_percent",
                            "share_of_gross_percent", "psc_expenditure_usd", "balance_usd"])
        let drugHQ = try #require(rows.first { $0[0] == "drug" && $0[1] == "headquarters" })
        #expect(drugHQ[2] == "100.00" && drugHQ[3] == "13.00" && drugHQ[6] == "0.00" && drugHQ[7] == "13.00")
        #expect(abs(try #require(Double(drugHQ[4])) - 13) < 1e-12)
        #expect(abs(try #require(Double(drugHQ[5])) - 1300.0 / 113.0) < 1e-12)
        #expect(drugHQ[5].hasPrefix("11.5044247787"))
        let total = try #require(rows.last)
        #expect(total[0] == "all" && total[1] == "all" && total[2] == "300.00" && total[3] == "39.00" && total[6] == "33.33" && total[7] == "5.67")
    }
}
