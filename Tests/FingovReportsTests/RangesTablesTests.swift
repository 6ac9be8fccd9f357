import Testing
@testable import FingovReports

@Suite struct RangesTablesTests {
    /// Each CSV name with the heading it had when names and titles were parallel arrays.
    @Test func columnsPairNamesWithTitles() {
        let pairs = Tables.rangesColumnList.map { "\($0.name)=\($0.title)" }
        #expect(pairs == ["iso3=ISO3", "member_state=Member State", "rate_percent=Rate %", "population=Population",
                          "membership_posts=Membership", "population_posts=Population posts", "contribution_posts=Contribution",
                          "midpoint_exact=Midpoint (exact)", "lower=Lower", "midpoint=Midpoint", "upper=Upper"])
        #expect(Tables.rangesColumnList.map(\.isNumeric) == [false, false] + Array(repeating: true, count: 9))
        #expect(Tables.rangesColumns == Tables.rangesColumnList.map(\.name))
    }
}
