import FingovAnalytics
import FingovModel

/// The representation tables and range chart (`fingov representation`).
extension Tables {
    /// The columns of ``representation(_:statuses:top:)``: CSV name and text heading together.
    static let representationColumnList: [Column] = [
        Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"), Column("staff", title: "Staff", numeric: true),
        Column("lower", title: "Lower", numeric: true), Column("midpoint", title: "Midpoint", numeric: true),
        Column("upper", title: "Upper", numeric: true), Column("status", title: "Status"),
        Column("posts_to_lower", title: "To lower", numeric: true), Column("posts_to_midpoint", title: "To midpoint", numeric: true),
        Column("posts_over_upper", title: "Over upper", numeric: true),
    ]

    /// The CSV names of the columns of ``representation(_:statuses:top:)``.
    public static let representationColumns = representationColumnList.map(\.name)

    /// Each State's staff, range, status and gaps.
    public static func representation(_ r: Representation, statuses: Set<RepresentationStatus>? = nil, top: Int? = nil) -> ReportTable {
        var table = ReportTable(name: "representation", title: representationTitle(r),
                                columns: representationColumnList)
        for row in selectedRows(r, statuses: statuses, top: top) {
            table.append([.text(row.state.rawValue), .text(row.name), .integer(row.staff), .integer(row.range.lower),
                          .integer(row.range.midpoint), .integer(row.range.upper), .text(row.status.rawValue),
                          .integer(row.postsToLower), .integer(row.postsToMidpoint), .integer(row.postsOverUpper)])
        }
        if statuses == nil && top == nil {
            table.totals = [.text("Total"), .empty, .integer(r.rows.map(\.staff).reduce(0, +)), .empty,
                            .integer(r.rows.map(\.range.midpoint).reduce(0, +)), .empty, .empty,
                            .integer(r.rows.map(\.postsToLower).reduce(0, +)), .integer(r.rows.map(\.postsToMidpoint).reduce(0, +)),
                            .integer(r.rows.map(\.postsOverUpper).reduce(0, +))]
        }
        table.notes = representationNotes(r)
        return table
    }

    static func representationTitle(_ r: Representation) -> String {
        let view = r.selection.view == .regular ? "posts subject to geographical distribution" : "all Professional and higher staff, whatever the funding"
        let entity = r.selection.entity.map { ", \($0) only (INDICATIVE: ranges scaled to the entity's staff)" } ?? ""
        return "Geographical representation on \(r.selection.asOf): \(view)\(entity)"
    }

    static func representationNotes(_ r: Representation) -> [String] {
        var notes = ["Parameters: " + r.parameters.summary + ".",
                     "Staff: " + r.accounting.summary + "."]
        if r.staffWithoutRange > 0 { notes.append("\(r.staffWithoutRange) staff are nationals of States without a range in this scale period.") }
        if r.selection.view == .all { notes.append("Base figure set to the number of Professional and higher staff counted (all funding sources).") }
        return notes
    }

    /// The rows a user asked for: filtered by status, then the `top` largest gaps.
    public static func selectedRows(_ r: Representation, statuses: Set<RepresentationStatus>?, top: Int?) -> [RepresentationRow] {
        var rows = r.rows
        if let statuses { rows = rows.filter { statuses.contains($0.status) } }
        if let top {
            rows = rows.sorted { gap($0) != gap($1) ? gap($0) > gap($1) : $0.name < $1.name }
            rows = Array(rows.prefix(top))
        }
        return rows
    }

    /// The size of a State's gap to its range, in posts (for `--top`).
    static func gap(_ row: RepresentationRow) -> Int { row.postsToLower + row.postsOverUpper }

    /// The number of States in each status.
    public static func statusCounts(_ r: Representation) -> ReportTable {
        var table = ReportTable(name: "representation-status-counts", title: "Member States by status (\(r.selection.asOf))",
                                columns: [Column("status", title: "Status"), Column("member_states", title: "Member States", numeric: true),
                                          Column("staff", title: "Staff", numeric: true)])
        let counts = r.countsByStatus
        for status in RepresentationStatus.allCases {
            table.append([.text(status.rawValue), .integer(counts[status] ?? 0),
                          .integer(r.rows.filter { $0.status == status }.map(\.staff).reduce(0, +))])
        }
        table.append([.text("within-range (both halves)"),
                      .integer((counts[.withinRangeBelowMidpoint] ?? 0) + (counts[.withinRangeAtOrAboveMidpoint] ?? 0)),
                      .integer(r.rows.filter { $0.status.isWithinRange }.map(\.staff).reduce(0, +))])
        table.totals = [.text("Total"), .integer(r.rows.count), .integer(r.rows.map(\.staff).reduce(0, +))]
        table.notes = ["The within-range line repeats the two halves above it; the total counts each State once."]
        return table
    }

    /// The range strip chart of representation.
    public static func rangeChart(_ r: Representation, statuses: Set<RepresentationStatus>? = nil, top: Int? = nil) -> RangeStripChart {
        RangeStripChart(title: representationTitle(r), rows: selectedRows(r, statuses: statuses, top: top).map { row in
            RangeStripChart.Row(label: row.name, lower: row.range.lower, midpoint: row.range.midpoint, upper: row.range.upper,
                                headcount: row.staff, status: row.status.rawValue,
                                position: row.status.isUnderTarget ? -1 : row.status == .overrepresented ? 1 : 0)
        })
    }
}
