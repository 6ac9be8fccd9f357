import Testing
@testable import FingovAnalytics
@testable import FingovModel
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
        return try Representation.compute(staff: staff, reference: reference, parameters: RangeParameters(),
                                          selection: StaffSelection(asOf: try #require(CalendarDate(rawValue: "2025-12-31"))))
    }

    @Test func rowsAndTotalsByHand() throws {
        let table = Tables.representation(try Self.representation())
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.contains(["FRA", "France", "1", "1323", "1557", "1791", "underrepresented", "1322", "1556", "0"]))
        #expect(rows.contains(["DEU", "Germany", "0", "1737", "2043", "2349", "unrepresented", "1737", "2043", "0"]))
        #expect(rows.last == ["Total", "", "1", "", "3600", "", "", "3059", "3599", "0"])
        #expect(table.notes.contains { $0.hasPrefix("Staff: 1 rows read, 1 used") })
    }

    @Test func topAndStatusSelectRows() throws {
        let r = try Self.representation()
        #expect(Tables.selectedRows(r, statuses: nil, top: 1).map(\.state.rawValue) == ["DEU"]) // the larger gap
        #expect(Tables.selectedRows(r, statuses: [.underrepresented], top: nil).map(\.state.rawValue) == ["FRA"])
        #expect(Tables.representation(r, top: 1).totals == nil) // a selection has no totals row
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
