import FingovAnalytics
import FingovModel

/// The trend tables and charts (`fingov trend`).
extension Tables {
    static let trendColumnList: [Column] = [
        Column("year", title: "Year", numeric: true), Column("as_of", title: "As of"), Column("scale", title: "Scale"),
        Column("population_year", title: "Population", numeric: true), Column("base_figure", title: "B", numeric: true),
        Column("staff", title: "Staff", numeric: true), Column("unrepresented", title: "Unrep.", numeric: true),
        Column("underrepresented", title: "Under", numeric: true),
        Column("within_range_below_midpoint", title: "Within <mid", numeric: true),
        Column("within_range_at_or_above_midpoint", title: "Within >=mid", numeric: true),
        Column("overrepresented", title: "Over", numeric: true),
    ]

    /// The number of States in each status, year by year.
    public static func trend(_ years: [TrendYear]) -> ReportTable {
        let span = years.isEmpty ? "" : " \(years[0].year)-\(years[years.count - 1].year)"
        var table = ReportTable(name: "trend", title: "Member States by status on 31 December of each year\(span)", columns: trendColumnList)
        for y in years {
            let counts = y.counts
            table.append([.year(y.year), .text(y.asOf.description), .text(y.inForce.scalePeriod.rawValue), .year(y.inForce.populationYear),
                          .number(y.representation.parameters.baseFigure, decimals: 0), .integer(y.staff)]
                         + RepresentationStatus.allCases.map { .integer(counts[$0] ?? 0) })
        }
        table.notes = ["Each year is counted on its 31 December against the scale of assessments in force that year (the period containing it) and the latest population year in the data not after it."]
        return table
    }

    static let stateTrendColumnList: [Column] = [
        Column("year", title: "Year", numeric: true), Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
        Column("staff", title: "Staff", numeric: true), Column("lower", title: "Lower", numeric: true),
        Column("midpoint", title: "Midpoint", numeric: true), Column("upper", title: "Upper", numeric: true), Column("status", title: "Status"),
    ]

    /// The staff, range and status of each of `states`, year by year.
    public static func stateTrend(_ years: [TrendYear], states: Set<MemberState>) -> ReportTable {
        var table = ReportTable(name: "state-trend", title: "Staff, range and status on 31 December of each year", columns: stateTrendColumnList)
        for y in years {
            for row in y.representation.rows where states.contains(row.state) {
                table.append([.year(y.year), .text(row.state.rawValue), .text(row.name), .integer(row.staff), .integer(row.range.lower),
                              .integer(row.range.midpoint), .integer(row.range.upper), .text(row.status.rawValue)])
            }
        }
        return table
    }

    /// One sparkline per status (the number of States), and one per State asked for (its staff).
    public static func trendCharts(_ years: [TrendYear], states: Set<MemberState>? = nil) -> [Sparkline] {
        guard let first = years.first, let last = years.last else { return [] }
        let labels = years.map { String($0.year) }
        var lines = RepresentationStatus.allCases.map { status in
            Sparkline(label: status.rawValue, periods: labels, values: years.map { Double($0.counts[status] ?? 0) },
                      firstText: "\(first.counts[status] ?? 0)", lastText: "\(last.counts[status] ?? 0)")
        }
        for state in (states ?? []).sorted() {
            let rows = years.map { $0.representation.rows.first { $0.state == state } }
            guard let a = rows.first ?? nil, let b = rows.last ?? nil else { continue }
            lines.append(Sparkline(label: "\(a.name) staff", periods: labels, values: rows.map { Double($0?.staff ?? 0) },
                                   firstText: "\(a.staff) \(a.status.rawValue)", lastText: "\(b.staff) \(b.status.rawValue)"))
        }
        return lines
    }
}
