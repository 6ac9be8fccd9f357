import FingovModel

/// One group's representation: its States' staff, summed limits, and its share of the staff
/// against its share of the midpoints.
public struct GroupRow: Hashable, Sendable {
    /// `african`, ..., `no-regional-group`, `ldc`, `lldc`, `sids`.
    public var group: String
    public var title: String
    /// The Member States of the group that have a range.
    public var states: Int
    public var staff: Int
    /// Sums of the published (rounded) limits and midpoints of the group's States.
    public var lowerSum: Int
    public var midpointSum: Int
    public var upperSum: Int
    /// The group's staff in per cent of all staff counted in a State's row.
    public var staffSharePercent: Double?
    /// The group's unrounded midpoints in per cent of all unrounded midpoints (the base figure).
    public var midpointSharePercent: Double?
    public var unrepresented: Int
    public var underrepresented: Int
    /// Both halves of the range.
    public var withinRange: Int
    public var overrepresented: Int
}

/// Representation by group (METHODOLOGY.md section 1, "groups"): one row per UN regional group
/// (and one for the States in no regional group, so that these rows add up to the whole), then
/// one per development grouping of UN M49 (which overlap and do not cover every State).
public enum GroupRepresentation {
    public static func compute(_ representation: Representation, groups: StateGroups) -> [GroupRow] {
        let totalStaff = representation.rows.map(\.staff).reduce(0, +)
        let totalMidpoint = representation.rows.map(\.range.midpointExact).reduce(0, +)
        func row(_ key: String, _ title: String, _ members: Set<MemberState>) -> GroupRow {
            let rows = representation.rows.filter { members.contains($0.state) }
            let staff = rows.map(\.staff).reduce(0, +)
            let midpoint = rows.map(\.range.midpointExact).reduce(0, +)
            func count(_ test: (RepresentationStatus) -> Bool) -> Int { rows.filter { test($0.status) }.count }
            return GroupRow(group: key, title: title, states: rows.count, staff: staff,
                            lowerSum: rows.map(\.range.lower).reduce(0, +), midpointSum: rows.map(\.range.midpoint).reduce(0, +),
                            upperSum: rows.map(\.range.upper).reduce(0, +),
                            staffSharePercent: totalStaff == 0 ? nil : Double(staff) / Double(totalStaff) * 100,
                            midpointSharePercent: totalMidpoint == 0 ? nil : midpoint / totalMidpoint * 100,
                            unrepresented: count { $0 == .unrepresented }, underrepresented: count { $0 == .underrepresented },
                            withinRange: count { $0.isWithinRange }, overrepresented: count { $0 == .overrepresented })
        }
        var result = RegionalGroup.allCases.map { row($0.rawValue, $0.title, groups.members(of: $0)) }
        let ungrouped = groups.members(of: nil)
        if !ungrouped.isEmpty { result.append(row("no-regional-group", "In no regional group", ungrouped)) }
        result += DevelopmentGroup.allCases.map { row($0.rawValue, $0.title, groups.development[$0] ?? []) }
        return result
    }
}
