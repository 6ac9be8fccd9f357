import FingovAnalytics
import FingovModel

/// The charts that only the report draws, as text and as SVG: groups, the trend's statuses, the
/// PSC statement and the full cost of each office.
extension Tables {
    /// Each regional group's share of the staff beside its share of the midpoints.
    public static func groupsChart(_ rows: [GroupRow]) -> GroupedBarChart {
        GroupedBarChart(title: "Share of staff and share of the midpoints, per cent, by group", series: ["staff share", "midpoint share"],
                        groups: rows.map { g in
                            let staff = g.staffSharePercent ?? 0, midpoint = g.midpointSharePercent ?? 0
                            return GroupedBarChart.Group(label: g.group, values: [staff, midpoint],
                                                         valueTexts: [plainNumber(staff, decimals: 1) + " %", plainNumber(midpoint, decimals: 1) + " %"])
                        })
    }

    /// The number of States under target (unrepresented or underrepresented), within range and
    /// overrepresented, year by year.
    public static func trendChart(_ years: [TrendYear]) -> GroupedBarChart {
        GroupedBarChart(title: "Member States by status on 31 December of each year", series: ["under target", "within range", "overrepresented"],
                        groups: years.map { y in
                            let c = y.counts
                            let values = [(c[.unrepresented] ?? 0) + (c[.underrepresented] ?? 0),
                                          (c[.withinRangeBelowMidpoint] ?? 0) + (c[.withinRangeAtOrAboveMidpoint] ?? 0), c[.overrepresented] ?? 0]
                            return GroupedBarChart.Group(label: String(y.year), values: values.map(Double.init), valueTexts: values.map(String.init))
                        })
    }

    /// Each fund's PSC opening balance, earned, spent and closing balance, in thousands of dollars.
    public static func pscStatementChart(_ s: PSCStatement) -> GroupedBarChart {
        func k(_ m: Money) -> (Double, String) { (Double(m.cents) / 100_000, Cell.money(m).display(units: .thousands) + "k") }
        return GroupedBarChart(title: "PSC fund statement, thousands of US dollars", series: ["opening", "earned", "spent", "closing"],
                               groups: s.funds.map { row in
                                   let v = [row.opening, row.earned, row.spent, row.closing].map(k)
                                   return GroupedBarChart.Group(label: "\(row.period) \(row.fundName)", values: v.map(\.0), valueTexts: v.map(\.1))
                               })
    }

    /// Each office's direct expenditure and share of support, in thousands of dollars.
    public static func fullCostChart(_ f: FullCost) -> StackedBarChart {
        StackedBarChart(title: "Full cost of each office, \(f.period), thousands of USD",
                        series: ["direct", "support allocated"],
                        bars: f.rows.map { row in
                            StackedBarChart.Bar(label: row.office, values: [Double(row.direct.cents) / 100_000, Double(row.supportAllocated.cents) / 100_000],
                                                totalText: Cell.money(row.fullCost).display(units: .thousands) + "k")
                        })
    }
}
