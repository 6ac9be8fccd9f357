import FingovAnalytics
import FingovModel

#if canImport(Glibc)
import Glibc
#endif

/// How `--top` ranks States.
public enum RepresentationSort: String, CaseIterable, Sendable {
    /// By posts to the lower limit or over the upper limit: large States first.
    case gap
    /// By how far staff sits from the midpoint in proportion (`ratio_to_midpoint` far from 1,
    /// either way), whatever the State's size.
    case ratio
}

/// The representation tables and range chart (`fingov representation`).
extension Tables {
    /// The columns of ``representation(_:statuses:top:)``: CSV name and text heading together.
    static let representationColumnList: [Column] = [
        Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"), Column("staff", title: "Staff", numeric: true),
        Column("lower", title: "Lower", numeric: true), Column("midpoint", title: "Midpoint", numeric: true),
        Column("upper", title: "Upper", numeric: true), Column("status", title: "Status"),
        Column("posts_to_lower", title: "To lower", numeric: true), Column("posts_to_midpoint", title: "To midpoint", numeric: true),
        Column("posts_over_upper", title: "Over upper", numeric: true), Column("ratio_to_midpoint", title: "Staff/midpoint", numeric: true),
    ]

    /// The CSV names of the columns of ``representation(_:statuses:top:states:sort:)``.
    public static let representationColumns = representationColumnList.map(\.name)

    /// Each State's staff, range, status and gaps.
    public static func representation(_ r: Representation, statuses: Set<RepresentationStatus>? = nil, top: Int? = nil,
                                      states: Set<MemberState>? = nil, sort: RepresentationSort = .gap) -> ReportTable {
        var table = ReportTable(name: "representation", title: representationTitle(r),
                                columns: representationColumnList)
        for row in selectedRows(r, statuses: statuses, top: top, states: states, sort: sort) {
            table.append([.text(row.state.rawValue), .text(row.name), .integer(row.staff), .integer(row.range.lower),
                          .integer(row.range.midpoint), .integer(row.range.upper), .text(row.status.rawValue),
                          .integer(row.postsToLower), .integer(row.postsToMidpoint), .integer(row.postsOverUpper),
                          .number(row.ratioToMidpoint, decimals: 2)])
        }
        if statuses == nil && top == nil && states == nil {
            table.totals = [.text("Total"), .empty, .integer(r.rows.map(\.staff).reduce(0, +)), .empty,
                            .integer(r.rows.map(\.range.midpoint).reduce(0, +)), .empty, .empty,
                            .integer(r.rows.map(\.postsToLower).reduce(0, +)), .integer(r.rows.map(\.postsToMidpoint).reduce(0, +)),
                            .integer(r.rows.map(\.postsOverUpper).reduce(0, +)), .empty]
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
        if r.staffWithoutRange > 0 {
            notes.append("\(r.staffWithoutRange) staff counted in the total are in no State's row: nationals of non-member States and territories (table non-member-nationals), or of Member States without a rate in this scale period.")
        }
        if r.selection.view == .all { notes.append("Base figure set to the number of Professional and higher staff counted (all funding sources).") }
        return notes
    }

    /// The rows a user asked for: filtered by State and status, then the `top` farthest from
    /// their range (`sort`).
    public static func selectedRows(_ r: Representation, statuses: Set<RepresentationStatus>?, top: Int?,
                                    states: Set<MemberState>? = nil, sort: RepresentationSort = .gap) -> [RepresentationRow] {
        var rows = r.rows
        if let states { rows = rows.filter { states.contains($0.state) } }
        if let statuses { rows = rows.filter { statuses.contains($0.status) } }
        if let top {
            let key: (RepresentationRow) -> Double = sort == .gap ? { Double(gap($0)) } : { distanceFromMidpoint($0) }
            rows = rows.sorted { key($0) != key($1) ? key($0) > key($1) : $0.name < $1.name }
            rows = Array(rows.prefix(top))
        }
        return rows
    }

    /// How far a State's staff sits from its midpoint whatever its size: |ln(staff / midpoint)|,
    /// so that half the midpoint is as far as twice it; an unrepresented State is infinitely far.
    static func distanceFromMidpoint(_ row: RepresentationRow) -> Double {
        guard let ratio = row.ratioToMidpoint else { return 0 }
        return ratio == 0 ? .infinity : abs(log(ratio))
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

    /// Nationals of States and territories that are not Members, counted apart (they have no
    /// range): `iso3,name,staff`.
    public static func nonMemberNationals(_ entries: [(code: String, name: String, staff: Int)]) -> ReportTable {
        var table = ReportTable(name: "non-member-nationals", title: "Nationals of non-member States and territories (counted apart, no range)",
                                columns: [Column("iso3", title: "ISO3"), Column("name", title: "Name"), Column("staff", title: "Staff", numeric: true)])
        for entry in entries { table.append([.text(entry.code), .text(entry.name), .integer(entry.staff)]) }
        table.totals = [.text("Total"), .empty, .integer(entries.reduce(0) { $0 + $1.staff })]
        table.notes = ["Counted in the staff total but in no Member State's row; the Secretariat recognises one nationality per staff member."]
        return table
    }

    /// The range strip chart of representation.
    public static func rangeChart(_ r: Representation, statuses: Set<RepresentationStatus>? = nil, top: Int? = nil,
                                  states: Set<MemberState>? = nil, sort: RepresentationSort = .gap) -> RangeStripChart {
        RangeStripChart(title: representationTitle(r), rows: selectedRows(r, statuses: statuses, top: top, states: states, sort: sort).map { row in
            RangeStripChart.Row(label: row.name, lower: row.range.lower, midpoint: row.range.midpoint, upper: row.range.upper,
                                headcount: row.staff, status: row.status.rawValue,
                                position: row.status.isUnderTarget ? -1 : row.status == .overrepresented ? 1 : 0)
        })
    }
}
