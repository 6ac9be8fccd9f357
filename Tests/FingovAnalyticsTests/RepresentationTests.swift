import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct RepresentationTests {
    /// A roster where the official and all-funding views differ.
    let roster: [StaffMember] = [
        member("1", "FRA"), member("2", "FRA", grade: .p3),
        member("3", "FRA", funding: .specialPurpose),             // not RB: only in the all-funding view
        member("4", "FRA", grade: .g5),                           // General Service: in neither
        member("5", "KEN", language: true),                       // language post: only in the all-funding view
        member("6", "KEN", separated: "2024-06-30"),              // left before the date
        member("7", "KEN", appointed: "2026-01-01"),              // not yet appointed
        member("8", "TUV", entity: "DESA"),
    ]

    @Test func officialViewCountsOnlyGeographicalPosts() throws {
        let r = try Representation.fromMemory(staff: roster, reference: realReference, parameters: .official,
                                           selection: StaffSelection(asOf: date("2025-12-31")))
        #expect(r.rows.count == 193)
        #expect(r.parameters.baseFigure == 3600)
        let byState = Dictionary(uniqueKeysWithValues: r.rows.map { ($0.state, $0) })
        #expect(byState[state("FRA")]!.staff == 2)
        #expect(byState[state("KEN")]!.staff == 0)
        #expect(byState[state("KEN")]!.status == .unrepresented)
        #expect(byState[state("TUV")]!.staff == 1)
        #expect(byState[state("TUV")]!.status == .underrepresented) // 1 < lower 3
        #expect(byState[state("TUV")]!.postsToLower == 2 && byState[state("TUV")]!.postsToMidpoint == 6)
        #expect(r.accounting.rowsRead == 8 && r.accounting.used == 3)
        #expect(r.accounting.excluded.map(\.count).reduce(0, +) == 5)
        #expect(r.accounting.excluded.contains(Exclusion(reason: "on posts with special language requirements", count: 1)))
        #expect(r.accounting.excluded.contains(Exclusion(reason: "not serving on 2025-12-31", count: 2)))
    }

    @Test func allFundingViewCountsEveryProfessionalWithBaseFigureTheirNumber() throws {
        let r = try Representation.fromMemory(staff: roster, reference: realReference, parameters: .official,
                                           selection: StaffSelection(asOf: date("2025-12-31"), view: .all))
        let byState = Dictionary(uniqueKeysWithValues: r.rows.map { ($0.state, $0) })
        #expect(r.parameters.baseFigure == 5)
        #expect(byState[state("FRA")]!.staff == 3)
        #expect(byState[state("KEN")]!.staff == 1)
        #expect(abs(r.rows.map(\.range.midpointExact).reduce(0, +) - 5) < 1e-9)
    }

    @Test func entityViewIsScaledToTheEntity() throws {
        let r = try Representation.fromMemory(staff: roster, reference: realReference, parameters: .official,
                                           selection: StaffSelection(asOf: date("2025-12-31"), entity: "UNODC"))
        #expect(r.isIndicative)
        #expect(r.parameters.baseFigure == 2)
        #expect(abs(r.parameters.minimumFlexibility - 4.8 * 2 / 3600) < 1e-12)
        #expect(abs(r.parameters.minimumUpper - 14 * 2 / 3600) < 1e-12)
        #expect(r.rows.first { $0.state == state("FRA") }!.staff == 2)
    }

    /// Four appointments in 2025 to geographical posts, counted by hand. At the start of 2025
    /// Tuvalu has 10 staff (within its range 3-14), Nauru none (unrepresented), France 2
    /// (underrepresented, lower limit 81). Appointments: Nauru 2 (UNODC), France 1 (DESA), Tuvalu 3
    /// (1 UNODC, 2 DESA), plus a special-purpose post that does not count. 3 of 6 = 50 %: met.
    @Test func fiftyPerCentTargetByHand() throws {
        var staff = (1...10).map { member("T\($0)", "TUV", appointed: "2018-03-01") }
        staff += [member("F1", "FRA"), member("F2", "FRA")]
        staff += [member("N1", "NRU", appointed: "2025-02-01"), member("N2", "NRU", appointed: "2025-12-31"),
                  member("F3", "FRA", entity: "DESA", appointed: "2025-06-01"),
                  member("T11", "TUV", appointed: "2025-01-01"), member("T12", "TUV", entity: "DESA", appointed: "2025-03-01"),
                  member("T13", "TUV", entity: "DESA", appointed: "2025-04-01"),
                  member("X1", "NRU", funding: .specialPurpose, appointed: "2025-05-01"),
                  member("Y1", "NRU", appointed: "2026-01-01")]
        let a = try AppointmentTarget.fromMemory(staff: staff, reference: realReference, parameters: .official,
                                              from: date("2025-01-01"), to: date("2025-12-31"))
        #expect(a.statusAtStart.status(of: state("TUV")) == .withinRangeAtOrAboveMidpoint)
        #expect(a.statusAtStart.status(of: state("NRU")) == .unrepresented)
        #expect(a.statusAtStart.status(of: state("FRA")) == .underrepresented)
        #expect(a.overall.appointments == 6)
        #expect(a.overall.toUnderTargetStates == 3)
        #expect(a.overall.sharePercent == 50)
        #expect(a.overall.meets(targetPercent: 50) == true)
        let unodc = a.byEntity.first { $0.group == "UNODC" }!, desa = a.byEntity.first { $0.group == "DESA" }!
        #expect((unodc.appointments, unodc.toUnderTargetStates) == (3, 2))
        #expect((desa.appointments, desa.toUnderTargetStates) == (3, 1))
        #expect(desa.meets(targetPercent: 50) == false)
        #expect(a.accounting.rowsRead == staff.count && a.accounting.used == 6)
        #expect(a.accounting.excluded == [Exclusion(reason: "appointed outside the period", count: 13),
                                          Exclusion(reason: "appointed to posts not subject to geographical distribution", count: 1)])
    }

    /// Women's share by hand: P-4 has 2 women, 1 man, 1 not recorded: 2 / 3 = 66.7 per cent of
    /// recorded, above the zone; G-5 one man: 0 per cent; overall 2 / 4 = 50 per cent.
    @Test func genderSharesByHand() {
        let staff = [member("1", "FRA"), member("2", "FRA", gender: .female), member("3", "KEN", gender: .male),
                     member("4", "KEN", gender: .notRecorded), member("5", "KEN", grade: .g5, gender: .male),
                     member("6", "KEN", grade: .g5, gender: .female, separated: "2020-01-01")]
        let g = GenderParity.fromMemory(staff: staff, asOf: date("2025-12-31"))
        let p4 = g.allStaff.first { $0.label == "P-4" }!
        #expect((p4.women, p4.men, p4.notRecorded) == (2, 1, 1))
        #expect(abs(p4.womenSharePercent! - 200.0 / 3) < 1e-12)
        #expect(p4.parity() == .aboveParityZone)
        #expect(g.allStaff.first { $0.label == "G-5" }!.womenSharePercent == 0)
        #expect(g.allStaff.last!.label == "All staff")
        #expect(g.allStaff.last!.womenSharePercent == 50)
        #expect(g.allStaff.last!.parity() == .withinParityZone)
        #expect(g.geographical.last!.total == 4)
        #expect(g.accounting.excluded == [Exclusion(reason: "not serving on 2025-12-31", count: 1)])
    }

    /// Tuvalu with 2 staff: lower limit 3 officially (underrepresented); with a minimum
    /// flexibility of 5.3 the lower limit is 7.48 - 5.3 = 2.18 -> 2 (within range).
    @Test func scenarioChangesAStatus() throws {
        var flexible = RangeParameters.official
        flexible.minimumFlexibility = 5.3
        let staff = [member("1", "TUV"), member("2", "TUV")]
        let s = try ScenarioComparison.fromMemory(staff: staff, reference: realReference, official: Scenario(name: "official", parameters: .official),
                                               alternatives: [Scenario(name: "5.3", parameters: flexible)], asOf: date("2025-12-31"))
        let change = try #require(s.changes.first { $0.state == state("TUV") })
        #expect(change.officialStatus == .underrepresented)
        #expect(change.scenarioStatus == .withinRangeBelowMidpoint)
        #expect(change.scenarioRange.lower == 2)
        #expect(s.results.count == 2)
    }
}
