import FingovAnalytics
import FingovModel

/// The groups table (`fingov representation`, table `groups`).
extension Tables {
    static let groupColumnList: [Column] = [
        Column("group", title: "Group"), Column("states", title: "States", numeric: true), Column("staff", title: "Staff", numeric: true),
        Column("lower_sum", title: "Lower Σ", numeric: true), Column("midpoint_sum", title: "Midpoint Σ", numeric: true),
        Column("upper_sum", title: "Upper Σ", numeric: true), Column("staff_share_percent", title: "Staff %", numeric: true),
        Column("midpoint_share_percent", title: "Midpoint %", numeric: true), Column("unrepresented", title: "Unrep.", numeric: true),
        Column("underrepresented", title: "Under", numeric: true), Column("within_range", title: "Within", numeric: true),
        Column("overrepresented", title: "Over", numeric: true),
    ]

    /// Each regional group (and the States in none), then each development grouping.
    public static func groups(_ rows: [GroupRow], representation r: Representation) -> ReportTable {
        var table = ReportTable(name: "groups", title: "Representation by group on \(r.selection.asOf)", columns: groupColumnList)
        for g in rows {
            table.append([.text(g.group), .integer(g.states), .integer(g.staff), .integer(g.lowerSum), .integer(g.midpointSum), .integer(g.upperSum),
                          .number(g.staffSharePercent, decimals: 1), .number(g.midpointSharePercent, decimals: 1),
                          .integer(g.unrepresented), .integer(g.underrepresented), .integer(g.withinRange), .integer(g.overrepresented)])
        }
        table.notes = ["The five regional groups and 'no-regional-group' (the United States, an observer in the Western European and other States) cover every Member State once; the development groupings of UN M49 (ldc, lldc, sids) overlap and cover only their members.",
                       "Sums are of the published (rounded) limits; the midpoint share is of the unrounded midpoints, which add up to the base figure.",
                       "Parameters: " + r.parameters.summary + "."]
        return table
    }
}
