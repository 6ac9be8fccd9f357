import Testing
@testable import FingovAnalytics
@testable import FingovModel
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

    /// Two States, B = 3600, weights 40/5/55, flexibility 15 %: FRA (rate 40 %, population 1)
    /// and DEU (60 %, 3). Membership 0.40 x 3600 / 2 = 720 each; population 0.05 x 3600 x 1/4
    /// = 45 and 135; contribution 0.55 x 3600 x 0.4 = 792 and 1188; midpoints 1557 and 2043;
    /// FRA's limits 1557 x 0.85 = 1323.45 -> 1323 and 1557 x 1.15 = 1790.55 -> 1791.
    @Test func csvRowsByHand() throws {
        let fra = try #require(MemberState(rawValue: "FRA")), deu = try #require(MemberState(rawValue: "DEU"))
        func profile(_ state: MemberState, _ name: String) -> MemberStateProfile {
            MemberStateProfile(state: state, iso2: "", name: name, shortName: name, continent: "Europe", subregion: "", memberSince: 1945)
        }
        let reference = ReferenceData(states: [profile(fra, "France"), profile(deu, "Germany")],
                                      scales: [try #require(Period(rawValue: "2019-2021")): [fra: 40, deu: 60]],
                                      populations: [2019: [fra: 1, deu: 3]])
        let ranges = try DesirableRanges.compute(reference: reference, parameters: RangeParameters())
        let lines = String(decoding: Tables.ranges(ranges, reference: reference).csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.count == 4) // header, two States, total
        let france = try #require(lines.first { $0.first == "FRA" })
        #expect(france[1] == "France" && france[2] == "40" && france[3] == "1")
        let expected: [Double] = [720, 45, 792, 1557]
        for (text, value) in zip(france[4...7], expected) {
            let x = try #require(Double(text))
            #expect(abs(x - value) < 1e-9, "\(text) against \(value)")
        }
        #expect(Array(france[8...10]) == ["1323", "1557", "1791"])
        let total = try #require(lines.last)
        #expect(total[0] == "Total" && total[2] == "100" && total[3] == "4" && total[8...10].allSatisfy(\.isEmpty))
        #expect(abs(try #require(Double(total[7])) - 3600) < 1e-9)
    }
}
