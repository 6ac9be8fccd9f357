import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct RepresentationTablesTests {
    /// Each CSV name with the heading it had when names and titles were parallel arrays.
    @Test func columnsPairNamesWithTitles() {
        let pairs = Tables.representationColumnList.map { "\($0.name)=\($0.title)" }
        #expect(pairs == ["iso3=ISO3", "member_state=Member State", "staff=Staff", "lower=Lower", "midpoint=Midpoint", "upper=Upper",
                          "status=Status", "posts_to_lower=To lower", "posts_to_midpoint=To midpoint", "posts_over_upper=Over upper",
                          "ratio_to_midpoint=Staff/midpoint"])
        #expect(Tables.representationColumnList.filter(\.isNumeric).map(\.name)
                == ["staff", "lower", "midpoint", "upper", "posts_to_lower", "posts_to_midpoint", "posts_over_upper", "ratio_to_midpoint"])
    }

    /// The two States of RangesTablesTests: FRA [1323, 1557, 1791], DEU [1737, 2043, 2349]
    /// (2043 x 0.85 = 1736.55 -> 1737; x 1.15 = 2349.45 -> 2349). One French P-4 on a
    /// regular-budget post: FRA underrepresented, 1322 posts to its lower limit; DEU
    /// unrepresented, 1737 posts to its lower limit.
    static func representation() throws -> Representation {
        let fra = try #require(MemberState(rawValue: "FRA")), deu = try #require(MemberState(rawValue: "DEU"))
        func profile(_ state: MemberState, _ name: String) -> MemberStateProfile {
            MemberStateProfile(state: state, iso2: "", name: name, shortName: name, continent: "Europe", subregion: "", memberSince: 1945)
        }
        let reference = ReferenceData(states: [profile(fra, "France"), profile(deu, "Germany")],
                                      scales: [try #require(Period(rawValue: "2019-2021")): [fra: 40, deu: 60]],
                                      populations: [2019: [fra: 1, deu: 3]])
        let staff = [try GenderTablesTests.member("1", .female, .p4)]
        let selection = StaffSelection(asOf: try #require(CalendarDate(rawValue: "2025-12-31")))
        return try Representation.compute(headcounts: Headcounts(selection: selection).adding(staff), reference: reference, parameters: RangeParameters(),
                                          selection: selection)
    }

    @Test func rowsAndTotalsByHand() throws {
        let table = Tables.representation(try Self.representation())
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // FRA's unrounded midpoint is exactly 720 + 45 + 792 = 1557, so its ratio is 1/1557.
        #expect(rows.contains(["FRA", "France", "1", "1323", "1557", "1791", "underrepresented", "1322", "1556", "0", shortestDecimal(1.0 / 1557)]))
        #expect(rows.contains(["DEU", "Germany", "0", "1737", "2043", "2349", "unrepresented", "1737", "2043", "0", "0"]))
        #expect(rows.last == ["Total", "", "1", "", "3600", "", "", "3059", "3599", "0", ""])
        #expect(table.notes.contains { $0.hasPrefix("Staff: 1 rows read, 1 used") })
    }

    @Test func topAndStatusSelectRows() throws {
        let r = try Self.representation()
        #expect(Tables.selectedRows(r, statuses: nil, top: 1).map(\.state.rawValue) == ["DEU"]) // the larger gap
        #expect(Tables.selectedRows(r, statuses: [.underrepresented], top: nil).map(\.state.rawValue) == ["FRA"])
        #expect(Tables.representation(r, top: 1).totals == nil) // a selection has no totals row
    }

    /// Four States with a midpoint of exactly 25 each (B = 100, N = 4, equal rates and
    /// populations; lower 20, upper 30) and staff FRA 30, KEN 0, TUV 18, USA 33.
    static func fourStates() throws -> Representation {
        let codes = ["FRA", "KEN", "TUV", "USA"].compactMap { MemberState(rawValue: $0) }
        let reference = ReferenceData(states: codes.map { MemberStateProfile(state: $0, iso2: "", name: $0.rawValue, shortName: $0.rawValue, continent: "", subregion: "", memberSince: 1945) },
                                      scales: [try #require(Period(rawValue: "2019-2021")): Dictionary(uniqueKeysWithValues: codes.map { ($0, 25.0) })],
                                      populations: [2019: Dictionary(uniqueKeysWithValues: codes.map { ($0, 1000) })])
        var staff: [StaffMember] = []
        for (code, n) in [("FRA", 30), ("TUV", 18), ("USA", 33)] {
            for i in 0..<n {
                var m = try GenderTablesTests.member("\(code)\(i)", .female, .p4)
                m.nationality = try #require(MemberState(rawValue: code))
                staff.append(m)
            }
        }
        var parameters = RangeParameters()
        parameters.baseFigure = 100
        let selection = StaffSelection(asOf: try #require(CalendarDate(rawValue: "2025-12-31")))
        return try Representation.compute(headcounts: Headcounts(selection: selection).adding(staff), reference: reference, parameters: parameters,
                                          selection: selection)
    }

    @Test func topRanksByGapOrByRatio() throws {
        let r = try Self.fourStates()
        // Gaps: KEN 20 to lower, USA 3 over upper, TUV 2 to lower, FRA 0.
        #expect(Tables.selectedRows(r, statuses: nil, top: 4, sort: .gap).map(\.state.rawValue) == ["KEN", "USA", "TUV", "FRA"])
        // |ln(staff/25)|: KEN infinite, TUV |ln 0.72| = 0.329, USA ln 1.32 = 0.278, FRA ln 1.2 = 0.182.
        #expect(Tables.selectedRows(r, statuses: nil, top: 4, sort: .ratio).map(\.state.rawValue) == ["KEN", "TUV", "USA", "FRA"])
        #expect(Tables.selectedRows(r, statuses: nil, top: 2, sort: .ratio).map(\.state.rawValue) == ["KEN", "TUV"])
    }

    @Test func statesSelectRowsAndDropTheTotals() throws {
        let r = try Self.fourStates()
        let states: Set<MemberState> = [try #require(MemberState(rawValue: "USA")), try #require(MemberState(rawValue: "KEN"))]
        let table = Tables.representation(r, states: states)
        #expect(table.rows.map { $0[0] } == [.text("KEN"), .text("USA")])
        #expect(table.totals == nil)
    }

    @Test func statusCountsByHand() throws {
        let table = Tables.statusCounts(try Self.representation())
        let lines = table.rows.map { $0.map(\.fullText) }
        #expect(lines == [["", "1", "0"], ["", "1", "1"], ["", "0", "0"], ["", "0", "0"], ["", "0", "0"], ["", "0", "0"]])
        #expect(table.rows.map { $0[0] } == ["unrepresented", "underrepresented", "within-range-below-midpoint", "within-range-at-or-above-midpoint",
                                             "overrepresented", "within-range (both halves)"].map(Cell.text))
        #expect(table.totals?.map(\.fullText) == ["", "2", "1"])
    }
}
