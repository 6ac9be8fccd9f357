import FingovAnalytics
import FingovModel

/// The desirable ranges table (`fingov ranges`).
extension Tables {
    /// The columns of ``ranges(_:reference:)``: CSV name and text heading together.
    static let rangesColumnList: [Column] = [
        Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
        Column("rate_percent", title: "Rate %", numeric: true), Column("population", title: "Population", numeric: true),
        Column("membership_posts", title: "Membership", numeric: true), Column("population_posts", title: "Population posts", numeric: true),
        Column("contribution_posts", title: "Contribution", numeric: true), Column("midpoint_exact", title: "Midpoint (exact)", numeric: true),
        Column("lower", title: "Lower", numeric: true), Column("midpoint", title: "Midpoint", numeric: true), Column("upper", title: "Upper", numeric: true),
    ]

    /// The CSV names of the columns of ``ranges(_:reference:states:)``.
    public static let rangesColumns = rangesColumnList.map(\.name)

    /// Every State's desirable range with its intermediate values.
    ///
    /// - Parameters:
    ///   - ranges: the ranges computed.
    ///   - reference: the reference tables they were computed from (for the States' names).
    ///   - states: only these States (no totals row then).
    public static func ranges(_ ranges: DesirableRanges, reference: ReferenceData, states: Set<MemberState>? = nil) -> ReportTable {
        var table = ReportTable(name: "ranges", title: "Desirable ranges of the \(ranges.memberCount) Member States",
                                columns: rangesColumnList)
        for r in ranges.ranges where states?.contains(r.state) ?? true {
            table.append([.text(r.state.rawValue), .text(reference.profile(of: r.state)?.name ?? r.state.rawValue),
                          .number(r.ratePercent, decimals: 4), .integer(r.population),
                          .number(r.membershipPosts, decimals: 4), .number(r.populationPosts, decimals: 4),
                          .number(r.contributionPosts, decimals: 4), .number(r.midpointExact, decimals: 4),
                          .integer(r.lower), .integer(r.midpoint), .integer(r.upper)])
        }
        let midpointTotal = ranges.ranges.map(\.midpointExact).reduce(0, +)
        if states == nil { table.totals = [.text("Total"), .empty, .number(ranges.ranges.map(\.ratePercent).reduce(0, +), decimals: 4),
                        .integer(ranges.ranges.map(\.population).reduce(0, +)),
                        .number(ranges.ranges.map(\.membershipPosts).reduce(0, +), decimals: 4),
                        .number(ranges.ranges.map(\.populationPosts).reduce(0, +), decimals: 4),
                        .number(ranges.ranges.map(\.contributionPosts).reduce(0, +), decimals: 4),
                        .number(midpointTotal, decimals: 4), .empty, .empty, .empty] }
        table.notes = ["Parameters: " + ranges.parameters.summary + "; N = \(ranges.memberCount) Member States.",
                       "Limits and midpoints are rounded half up from their unrounded values; the lower limit is not below 0."]
        if !ranges.excluded.isEmpty {
            table.notes.append("No rate in \(ranges.parameters.scalePeriod) (not yet a Member State): " + ranges.excluded.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return table
    }
}
