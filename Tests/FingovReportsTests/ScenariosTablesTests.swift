import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct ScenariosTablesTests {
    /// One French P-4 and the two States of RangesTablesTests. Officially (B = 3600) FRA is
    /// underrepresented [1323, 1557, 1791] and DEU unrepresented; with B = 2 every range is
    /// [0, 1, 14], so FRA (1 staff, at its midpoint) is within range and DEU still unrepresented:
    /// one change.
    @Test func changesAndCountsByHand() throws {
        let fra = try #require(MemberState(rawValue: "FRA")), deu = try #require(MemberState(rawValue: "DEU"))
        func profile(_ state: MemberState, _ name: String) -> MemberStateProfile {
            MemberStateProfile(state: state, iso2: "", name: name, shortName: name, continent: "Europe", subregion: "", memberSince: 1945)
        }
        let reference = ReferenceData(states: [profile(fra, "France"), profile(deu, "Germany")],
                                      scales: [try #require(Period(rawValue: "2019-2021")): [fra: 40, deu: 60]],
                                      populations: [2019: [fra: 1, deu: 3]])
        let asOf = try #require(CalendarDate(rawValue: "2025-12-31"))
        let comparison = try ScenarioComparison.compute(
            headcounts: Headcounts(selection: StaffSelection(asOf: asOf, view: .regular)).adding([try GenderTablesTests.member("1", .female, .p4)]), reference: reference,
            official: Scenario(name: "official", parameters: RangeParameters()),
            alternatives: [Scenario(name: "small", parameters: RangeParameters(baseFigure: 2))],
            asOf: try #require(CalendarDate(rawValue: "2025-12-31")))

        let changes = Tables.scenarioChanges(comparison)
        #expect(changes.name == "scenarios")
        #expect(String(decoding: changes.csv(), as: UTF8.self)
                == "scenario,iso3,member_state,staff,official_status,official_lower,official_upper,scenario_status,scenario_lower,scenario_upper\r\n"
                + "small,FRA,France,1,underrepresented,1323,1791,within-range-at-or-above-midpoint,0,14\r\n")

        let summary = Tables.scenarioSummary(comparison)
        #expect(summary.name == "scenarios-summary")
        #expect(summary.columns.map(\.name) == ["scenario", "parameters", "unrepresented", "underrepresented", "within-range-below-midpoint",
                                                 "within-range-at-or-above-midpoint", "overrepresented", "status_changes"])
        #expect(summary.rows.map { [$0[0]] + $0[2...].map { $0 } } == [
            [.text("official"), .integer(1), .integer(1), .integer(0), .integer(0), .integer(0), .integer(0)],
            [.text("small"), .integer(1), .integer(0), .integer(0), .integer(1), .integer(0), .integer(1)],
        ])
    }
}
