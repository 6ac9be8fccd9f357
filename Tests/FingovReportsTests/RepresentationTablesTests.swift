import Testing
@testable import FingovReports

@Suite struct RepresentationTablesTests {
    /// Each CSV name with the heading it had when names and titles were parallel arrays.
    @Test func columnsPairNamesWithTitles() {
        let pairs = Tables.representationColumnList.map { "\($0.name)=\($0.title)" }
        #expect(pairs == ["iso3=ISO3", "member_state=Member State", "staff=Staff", "lower=Lower", "midpoint=Midpoint", "upper=Upper",
                          "status=Status", "posts_to_lower=To lower", "posts_to_midpoint=To midpoint", "posts_over_upper=Over upper"])
        #expect(Tables.representationColumnList.filter(\.isNumeric).map(\.name)
                == ["staff", "lower", "midpoint", "upper", "posts_to_lower", "posts_to_midpoint", "posts_over_upper"])
    }
}
