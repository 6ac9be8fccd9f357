import Testing
@testable import FingovAnalytics
@testable import FingovModel

/// Four States worked by hand. B = 100, weights 40/5/55, N = 4, equal populations and rates:
/// membership 40/4 = 10, population 5/4 = 1.25, contribution 55/4 = 13.75, so each midpoint is
/// exactly 25; flexibility max(15 % of 25 = 3.75, 4.8) = 4.8; lower 20.2 -> 20; upper 29.8 -> 30.
/// Staff: FRA 30 (at or above midpoint), KEN 0 (unrepresented), TUV 18 (underrepresented),
/// USA 33 (overrepresented); 81 in all.
@Suite struct GroupRepresentationTests {
    static let reference = makeReference([("FRA", 25, 1000), ("KEN", 25, 1000), ("TUV", 25, 1000), ("USA", 25, 1000)])
    static let groups: StateGroups = {
        var regional: [MemberState: RegionalGroup?] = [:]
        regional[state("FRA")] = .some(.westernEuropeanOthers)
        regional[state("KEN")] = .some(.african)
        regional[state("TUV")] = .some(.asiaPacific)
        regional[state("USA")] = .some(nil) // in no regional group
        return StateGroups(regional: regional, development: [.leastDeveloped: [state("TUV")], .smallIslandDeveloping: [state("TUV")]])
    }()

    static func representation() throws -> Representation {
        var parameters = RangeParameters.official
        parameters.baseFigure = 100
        let staff = (0..<30).map { member("F\($0)", "FRA") } + (0..<18).map { member("T\($0)", "TUV") } + (0..<33).map { member("U\($0)", "USA") }
        return try Representation.fromMemory(staff: staff, reference: reference, parameters: parameters, selection: StaffSelection(asOf: date("2025-12-31")))
    }

    @Test func rowsWorkedByHand() throws {
        let rows = GroupRepresentation.compute(try Self.representation(), groups: Self.groups)
        #expect(rows.map(\.group) == ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-others",
                                      "no-regional-group", "ldc", "lldc", "sids"])
        var byGroup: [String: GroupRow] = [:]
        for row in rows { byGroup[row.group] = row }
        let weog = try #require(byGroup["western-european-others"])
        #expect(weog.states == 1 && weog.staff == 30 && weog.lowerSum == 20 && weog.midpointSum == 25 && weog.upperSum == 30)
        #expect(abs(weog.staffSharePercent! - 30.0 / 81 * 100) < 1e-12)
        #expect(abs(weog.midpointSharePercent! - 25) < 1e-12)
        #expect(weog.withinRange == 1 && weog.unrepresented == 0 && weog.underrepresented == 0 && weog.overrepresented == 0)
        let african = try #require(byGroup["african"])
        #expect(african.staff == 0 && african.unrepresented == 1 && african.staffSharePercent == 0)
        let none = try #require(byGroup["no-regional-group"])
        #expect(none.states == 1 && none.staff == 33 && none.overrepresented == 1)
        let ldc = try #require(byGroup["ldc"])
        #expect(ldc.states == 1 && ldc.staff == 18 && ldc.underrepresented == 1)
        let eastern = try #require(byGroup["eastern-european"])
        #expect(eastern.states == 0 && eastern.staff == 0 && eastern.midpointSharePercent == 0)
    }

    @Test func regionalRowsAddUpToTheWhole() throws {
        let r = try Self.representation()
        let regional = GroupRepresentation.compute(r, groups: Self.groups).prefix(6)
        #expect(regional.map(\.states).reduce(0, +) == 4)
        #expect(regional.map(\.staff).reduce(0, +) == 81)
        #expect(regional.map(\.midpointSum).reduce(0, +) == r.rows.map(\.range.midpoint).reduce(0, +))
        #expect(abs(regional.compactMap(\.staffSharePercent).reduce(0, +) - 100) < 1e-9)
        #expect(abs(regional.compactMap(\.midpointSharePercent).reduce(0, +) - 100) < 1e-9)
    }

    /// On the real data: the regional groups cover the 193 States once, and the staff and
    /// midpoints of the regional rows add up to those of the whole table.
    @Test func realGroupsCoverEveryMemberStateOnce() throws {
        let groups = try StateGroups.load(from: dataFolder, reference: realReference)
        #expect(groups.regional.count == 193)
        let counts = RegionalGroup.allCases.map { groups.members(of: $0).count }
        #expect(counts == [54, 54, 23, 33, 28]) // as data/README.md records them
        #expect(groups.members(of: nil) == [state("USA")])
        #expect(groups.regional[state("TUR")] == .some(.westernEuropeanOthers))
        #expect(groups.development[.landlockedDeveloping]?.count == 32)
        let staff = (0..<7).map { member("K\($0)", "KEN") } + (0..<3).map { member("N\($0)", "NOR") }
        let r = try Representation.fromMemory(staff: staff, reference: realReference, parameters: .official, selection: StaffSelection(asOf: date("2025-12-31")))
        let regional = GroupRepresentation.compute(r, groups: groups).prefix(6)
        #expect(regional.map(\.states).reduce(0, +) == 193)
        #expect(regional.map(\.staff).reduce(0, +) == 10)
        #expect(regional.map(\.upperSum).reduce(0, +) == r.rows.map(\.range.upper).reduce(0, +))
    }

    @Test func ratioToMidpointByHand() throws {
        var byState: [MemberState: RepresentationRow] = [:]
        for row in try Self.representation().rows { byState[row.state] = row }
        #expect(byState[state("FRA")]!.ratioToMidpoint! == 30.0 / 25)
        #expect(byState[state("KEN")]!.ratioToMidpoint! == 0)
        #expect(abs(byState[state("TUV")]!.ratioToMidpoint! - 0.72) < 1e-15)
        #expect(abs(byState[state("USA")]!.ratioToMidpoint! - 1.32) < 1e-15)
    }
}
