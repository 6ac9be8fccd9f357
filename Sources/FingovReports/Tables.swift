import FingovAnalytics
import FingovModel

/// The report tables of each analysis: one place that decides columns and their CSV names, so
/// every command and `fingov report` show the same table the same way.
public enum Tables {
    // MARK: Representation

    public static let rangesColumns = ["iso3", "member_state", "rate_percent", "population", "membership_posts", "population_posts",
                                       "contribution_posts", "midpoint_exact", "lower", "midpoint", "upper"]

    /// Every State's desirable range with its intermediate values.
    public static func ranges(_ ranges: DesirableRanges, reference: ReferenceData) -> ReportTable {
        let titles = ["ISO3", "Member State", "Rate %", "Population", "Membership", "Population posts", "Contribution",
                      "Midpoint (exact)", "Lower", "Midpoint", "Upper"]
        var table = ReportTable(name: "ranges", title: "Desirable ranges of the \(ranges.memberCount) Member States",
                                columns: zip(rangesColumns, titles).enumerated().map { Column($1.0, title: $1.1, numeric: $0 >= 2) })
        for r in ranges.ranges {
            table.append([.text(r.state.rawValue), .text(reference.profile(of: r.state)?.name ?? r.state.rawValue),
                          .number(r.ratePercent, decimals: 4), .integer(r.population),
                          .number(r.membershipPosts, decimals: 4), .number(r.populationPosts, decimals: 4),
                          .number(r.contributionPosts, decimals: 4), .number(r.midpointExact, decimals: 4),
                          .integer(r.lower), .integer(r.midpoint), .integer(r.upper)])
        }
        let midpointTotal = ranges.ranges.map(\.midpointExact).reduce(0, +)
        table.totals = [.text("Total"), .empty, .number(ranges.ranges.map(\.ratePercent).reduce(0, +), decimals: 4),
                        .integer(ranges.ranges.map(\.population).reduce(0, +)),
                        .number(ranges.ranges.map(\.membershipPosts).reduce(0, +), decimals: 4),
                        .number(ranges.ranges.map(\.populationPosts).reduce(0, +), decimals: 4),
                        .number(ranges.ranges.map(\.contributionPosts).reduce(0, +), decimals: 4),
                        .number(midpointTotal, decimals: 4), .empty, .empty, .empty]
        table.notes = ["Parameters: " + ranges.parameters.summary + "; N = \(ranges.memberCount) Member States.",
                       "Limits and midpoints are rounded half up from their unrounded values; the lower limit is not below 0."]
        if !ranges.excluded.isEmpty {
            table.notes.append("No rate in \(ranges.parameters.scalePeriod) (not yet a Member State): " + ranges.excluded.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return table
    }

    public static let representationColumns = ["iso3", "member_state", "staff", "lower", "midpoint", "upper", "status",
                                               "posts_to_lower", "posts_to_midpoint", "posts_over_upper"]

    /// Each State's staff, range, status and gaps.
    public static func representation(_ r: Representation, statuses: Set<RepresentationStatus>? = nil, top: Int? = nil) -> ReportTable {
        let titles = ["ISO3", "Member State", "Staff", "Lower", "Midpoint", "Upper", "Status", "To lower", "To midpoint", "Over upper"]
        let numeric: Set<String> = ["staff", "lower", "midpoint", "upper", "posts_to_lower", "posts_to_midpoint", "posts_over_upper"]
        var table = ReportTable(name: "representation", title: representationTitle(r),
                                columns: zip(representationColumns, titles).map { Column($0, title: $1, numeric: numeric.contains($0)) })
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

    // MARK: Appointments and gender

    /// The 50 per cent target, overall and by entity.
    public static func appointments(_ a: AppointmentTarget) -> ReportTable {
        var table = ReportTable(name: "appointments",
                                title: "Appointments to geographical posts, \(a.from) to \(a.to), against the \(plainNumber(a.targetPercent, decimals: 0)) per cent target",
                                columns: [Column("entity", title: "Entity"), Column("appointments", title: "Appointments", numeric: true),
                                          Column("to_unrepresented_or_underrepresented", title: "To un-/underrepresented", numeric: true),
                                          Column("share_percent", title: "Share %", numeric: true), Column("target_met", title: "Target met")])
        for tally in a.byEntity { table.append(cells(tally, a.targetPercent)) }
        table.totals = cells(a.overall, a.targetPercent)
        let counts = a.statusAtStart.countsByStatus
        table.notes = ["Status at the start of the period (\(a.from.dayBefore)): \(counts[.unrepresented] ?? 0) States unrepresented, \(counts[.underrepresented] ?? 0) underrepresented.",
                       "Parameters: " + a.statusAtStart.parameters.summary + ".",
                       "Roster: " + a.accounting.summary + "."]
        return table
    }

    private static func cells(_ t: AppointmentTally, _ target: Double) -> [Cell] {
        [.text(t.group), .integer(t.appointments), .integer(t.toUnderTargetStates), .number(t.sharePercent, decimals: 1),
         t.meets(targetPercent: target).map { .text($0 ? "yes" : "no") } ?? .empty]
    }

    /// Women's share by grade.
    public static func gender(_ g: GenderParity, geographical: Bool) -> ReportTable {
        let rows = geographical ? g.geographical : g.allStaff
        var table = ReportTable(name: geographical ? "gender-geographical" : "gender",
                                title: "Women's share by grade on \(g.asOf): " + (geographical ? "posts subject to geographical distribution" : "all staff"),
                                columns: [Column("grade", title: "Grade"), Column("women", title: "Women", numeric: true),
                                          Column("men", title: "Men", numeric: true), Column("not_recorded", title: "Not recorded", numeric: true),
                                          Column("total", title: "Total", numeric: true), Column("women_percent", title: "Women %", numeric: true),
                                          Column("parity", title: "Against 47-53 % zone")])
        for (i, c) in rows.enumerated() {
            let line: [Cell] = [.text(c.label), .integer(c.women), .integer(c.men), .integer(c.notRecorded), .integer(c.total),
                                .number(c.womenSharePercent, decimals: 1), .text(c.parity(zone: g.parityZone).rawValue)]
            if i == rows.count - 1 { table.totals = line } else { table.append(line) }
        }
        table.notes = ["Women's share of staff whose gender is recorded; parity is 50 per cent, the parity zone \(plainNumber(g.parityZone.lowerBound, decimals: 0))-\(plainNumber(g.parityZone.upperBound, decimals: 0)) per cent.",
                       "Category lines total the grades above them.",
                       "Staff: " + g.accounting.summary + "."]
        return table
    }

    /// Women's share by grade as bars, with the parity line in the labels.
    public static func genderChart(_ g: GenderParity) -> BarChart {
        BarChart(title: "Women's share by grade, all staff, \(g.asOf) (parity 50 %, zone 47-53 %)",
                 bars: g.allStaff.compactMap { c in
                     c.womenSharePercent.map { .init(label: c.label, value: $0, valueText: plainNumber($0, decimals: 1) + " %") }
                 })
    }

    // MARK: Scenarios

    /// Counts by status under each scenario.
    public static func scenarioSummary(_ s: ScenarioComparison) -> ReportTable {
        var table = ReportTable(name: "scenarios-summary", title: "Status counts under each scenario",
                                columns: [Column("scenario", title: "Scenario"), Column("parameters", title: "Parameters")]
                                    + RepresentationStatus.allCases.map { Column($0.rawValue, numeric: true) }
                                    + [Column("status_changes", title: "Changes", numeric: true)])
        for (scenario, result) in zip(s.scenarios, s.results) {
            let counts = result.countsByStatus
            table.append([.text(scenario.name), .text(scenario.parameters.summary)]
                         + RepresentationStatus.allCases.map { .integer(counts[$0] ?? 0) }
                         + [.integer(s.changes.filter { $0.scenario == scenario.name }.count)])
        }
        table.notes = ["All scenarios computed in one matrix product; staff on \(s.results[0].selection.asOf): " + s.results[0].accounting.summary + "."]
        return table
    }

    /// The States whose status changes.
    public static func scenarioChanges(_ s: ScenarioComparison) -> ReportTable {
        var table = ReportTable(name: "scenarios", title: "Member States whose status changes against \(s.scenarios[0].name)",
                                columns: [Column("scenario", title: "Scenario"), Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
                                          Column("staff", title: "Staff", numeric: true),
                                          Column("official_status", title: "Official status"), Column("official_lower", title: "Lower", numeric: true),
                                          Column("official_upper", title: "Upper", numeric: true),
                                          Column("scenario_status", title: "Scenario status"), Column("scenario_lower", title: "Lower'", numeric: true),
                                          Column("scenario_upper", title: "Upper'", numeric: true)])
        for c in s.changes {
            table.append([.text(c.scenario), .text(c.state.rawValue), .text(c.name), .integer(c.staff), .text(c.officialStatus.rawValue),
                          .integer(c.officialRange.lower), .integer(c.officialRange.upper), .text(c.scenarioStatus.rawValue),
                          .integer(c.scenarioRange.lower), .integer(c.scenarioRange.upper)])
        }
        table.notes = s.scenarios.map { "\($0.name): \($0.parameters.summary)" }
        return table
    }

    // MARK: Budget

    /// A ledger summary in long form: the dimensions, the amount and share, and the comparison.
    public static func summary(_ s: LedgerSummary) -> ReportTable {
        var columns = s.dimensions.map { Column($0.rawValue) }
        columns += [Column("amount_usd", title: s.period.map { "Amount \($0)" } ?? "Amount", numeric: true),
                    Column("share_percent", title: "Share %", numeric: true)]
        if let compare = s.comparePeriod {
            columns += [Column("compare_amount_usd", title: "Amount \(compare)", numeric: true),
                        Column("change_usd", title: "Change", numeric: true), Column("change_percent", title: "Change %", numeric: true)]
        }
        var table = ReportTable(name: "summary-" + s.dimensions.map(\.rawValue).joined(separator: "-"),
                                title: "Ledger by " + s.dimensions.map(\.rawValue).joined(separator: ", ") + (s.period.map { ", \($0)" } ?? "")
                                    + (s.comparePeriod.map { " against \($0)" } ?? ""),
                                columns: columns)
        for row in s.rows {
            var cells: [Cell] = row.keys.map { .text($0) } + [.money(row.amount), .number(s.sharePercent(of: row), decimals: 2)]
            if s.comparePeriod != nil {
                cells += [row.compareAmount.map(Cell.money) ?? .empty, row.change.map(Cell.money) ?? .empty, .number(row.changePercent, decimals: 2)]
            }
            table.append(cells)
        }
        var totals: [Cell] = [.text("Total")] + Array(repeating: .empty, count: s.dimensions.count - 1)
            + [.money(s.total), .number(s.total.cents == 0 ? nil : 100, decimals: 2)]
        if let compareTotal = s.compareTotal {
            let change = s.total - compareTotal
            totals += [.money(compareTotal), .money(change),
                       .number(compareTotal.cents == 0 ? nil : Double(change.cents) / Double(compareTotal.cents) * 100, decimals: 2)]
        }
        table.totals = totals
        table.notes = [controlLine(s), "Lines: " + s.accounting.summary + "."]
        return table
    }

    /// The control line that proves the summary equals the input to the cent.
    public static func controlLine(_ s: LedgerSummary) -> String {
        var line = "Control: summary total \(s.total.dollarsText) \(s.total == s.inputTotal ? "=" : "≠") input total \(s.inputTotal.dollarsText) USD"
        if let c = s.compareTotal, let ci = s.compareInputTotal {
            line += "; comparison \(c.dollarsText) \(c == ci ? "=" : "≠") \(ci.dollarsText) USD"
        }
        return line + (s.reconciles ? " (reconciled to the cent)." : " (DOES NOT RECONCILE).")
    }

    /// A cross-tabulation of a two-dimension summary: the first dimension down, the second across,
    /// with row and column totals (text view).
    public static func crossTab(_ s: LedgerSummary) -> ReportTable? {
        guard s.dimensions.count == 2 else { return nil }
        var across: [String] = []
        for row in s.rows where !across.contains(row.keys[1]) { across.append(row.keys[1]) }
        var down: [String] = []
        for row in s.rows where !down.contains(row.keys[0]) { down.append(row.keys[0]) }
        across = LedgerSummary.ordered(across, by: s.dimensions[1])
        var table = ReportTable(name: "crosstab", title: "Ledger by \(s.dimensions[0].rawValue) and \(s.dimensions[1].rawValue)" + (s.period.map { ", \($0)" } ?? ""),
                                columns: [Column(s.dimensions[0].rawValue)] + across.map { Column($0, numeric: true) } + [Column("total", title: "Total", numeric: true)])
        var columnTotals = [Money](repeating: .zero, count: across.count)
        for d in down {
            var line: [Cell] = [.text(d)]
            var rowTotal = Money.zero
            for (j, a) in across.enumerated() {
                let amount = s.rows.first { $0.keys == [d, a] }?.amount
                line.append(amount.map(Cell.money) ?? .empty)
                rowTotal += amount ?? .zero
                columnTotals[j] += amount ?? .zero
            }
            table.append(line + [.money(rowTotal)])
        }
        table.totals = [.text("Total")] + columnTotals.map(Cell.money) + [.money(columnTotals.sum())]
        table.notes = [controlLine(s)]
        return table
    }

    /// Bars of a summary's amounts by its first dimension (rows summed over the others).
    public static func summaryBarChart(_ s: LedgerSummary, units: MoneyUnits) -> BarChart {
        var order: [String] = [], totals: [String: Money] = [:]
        for row in s.rows {
            if totals[row.keys[0]] == nil { order.append(row.keys[0]) }
            totals[row.keys[0], default: .zero] += row.amount
        }
        return BarChart(title: "Amounts by \(s.dimensions[0].rawValue)" + (s.period.map { ", \($0)" } ?? "") + unitsLabel(units),
                        bars: order.map { .init(label: $0, value: Double(totals[$0]!.cents), valueText: Cell.money(totals[$0]!).display(units: units)) })
    }

    /// Stacked bars: the first dimension down, the second stacked.
    public static func summaryStackedChart(_ s: LedgerSummary, units: MoneyUnits) -> StackedBarChart {
        let stackDimension = s.dimensions.count > 1 ? 1 : 0
        var series: [String] = [], labels: [String] = []
        for row in s.rows {
            if !labels.contains(row.keys[0]) { labels.append(row.keys[0]) }
            if !series.contains(row.keys[stackDimension]) { series.append(row.keys[stackDimension]) }
        }
        series = Array(series.prefix(StackedBarChart.patterns.count))
        return StackedBarChart(
            title: "Amounts by \(s.dimensions[0].rawValue)" + (stackDimension == 1 ? " and \(s.dimensions[1].rawValue)" : "") + (s.period.map { ", \($0)" } ?? "") + unitsLabel(units),
            series: series,
            bars: labels.map { label in
                let rows = s.rows.filter { $0.keys[0] == label }
                let values = series.map { name in Double(rows.filter { $0.keys[stackDimension] == name }.map(\.amount).sum().cents) }
                return .init(label: label, values: values, totalText: Cell.money(rows.map(\.amount).sum()).display(units: units))
            })
    }

    static func unitsLabel(_ units: MoneyUnits) -> String {
        units == .thousands ? " (thousands of US dollars)" : " (US dollars)"
    }

    /// PSC earned against PSC spent.
    public static func psc(_ p: PSCAnalysis) -> ReportTable {
        var table = ReportTable(name: "psc", title: "Programme support cost earned and spent" + (p.period.map { ", \($0)" } ?? ""),
                                columns: [Column("fund", title: "Fund"), Column("office_type", title: "Office"),
                                          Column("sp_direct_expenditure_usd", title: "SP direct exp.", numeric: true),
                                          Column("psc_earned_usd", title: "PSC earned", numeric: true),
                                          Column("rate_on_direct_percent", title: "Rate on direct %", numeric: true),
                                          Column("share_of_gross_percent", title: "Share of gross %", numeric: true),
                                          Column("psc_expenditure_usd", title: "PSC spent", numeric: true),
                                          Column("balance_usd", title: "Balance", numeric: true)])
        for (i, row) in p.rows.enumerated() {
            let cells: [Cell] = [.text(row.fund), .text(row.officeType), .money(row.directExpenditure), .money(row.pscEarned),
                                 .number(row.rateOnDirectPercent, decimals: 2), .number(row.shareOfGrossPercent, decimals: 2),
                                 .money(row.pscExpenditure), .money(row.balance)]
            if i == p.rows.count - 1 { table.totals = cells } else { table.append(cells) }
        }
        let standard = Double(p.standardRateBasisPoints) / 100
        table.notes = ["PSC is earned on special-purpose expenditure on direct-cost categories at \(plainNumber(standard, decimals: 2)) per cent (or a line's own rate), rounded to the cent line by line.",
                       "At \(plainNumber(standard, decimals: 2)) per cent on direct cost, PSC is \(plainNumber(standard / (100 + standard) * 100, decimals: 2)) per cent of the gross amount: the two measures differ.",
                       "Rows 'all' total the rows above them (each fund over offices, each office over funds).",
                       "Lines: " + p.accounting.summary + "."]
        return table
    }

    /// Support costs allocated to operating units.
    public static func allocation(_ a: CostAllocation) -> ReportTable {
        var table = ReportTable(name: "allocation-" + a.method.rawValue, title: "Support costs allocated by the \(a.method.rawValue) method",
                                columns: [Column("unit", title: "Operating unit"), Column("direct_cost_usd", title: "Direct cost", numeric: true),
                                          Column("allocated_usd", title: "Allocated", numeric: true), Column("total_usd", title: "Total", numeric: true)])
        for u in a.operating { table.append([.text(u.unit), .money(u.directCost), .money(u.allocated), .money(u.total)]) }
        let allocated = a.operating.map(\.allocated).sum()
        table.totals = [.text("Total"), .money(a.operating.map(\.directCost).sum()), .money(allocated), .money(a.operating.map(\.total).sum())]
        table.notes = ["Control: allocated \(allocated.dollarsText) \(allocated == a.supportTotal ? "=" : "≠") support units' direct costs \(a.supportTotal.dollarsText) USD (largest-remainder rounding to the cent)."]
        if !a.order.isEmpty { table.notes.append("Step-down order: " + a.order.joined(separator: " → ") + ".") }
        if !a.reciprocatedCosts.isEmpty {
            table.notes.append("Reciprocated costs x solving (I - A) x = c: " + a.reciprocatedCosts.map { "\($0.unit) \(plainNumber($0.cost, decimals: 2))" }.joined(separator: "; ") + ".")
        }
        return table
    }

    /// Each support unit's reciprocated cost (reciprocal method).
    public static func reciprocatedCosts(_ a: CostAllocation, units: [CostUnit]) -> ReportTable {
        var table = ReportTable(name: "allocation-reciprocated-costs", title: "Support units' reciprocated costs (own plus services received)",
                                columns: [Column("unit", title: "Support unit"), Column("direct_cost_usd", title: "Direct cost", numeric: true),
                                          Column("reciprocated_cost_usd", title: "Reciprocated cost", numeric: true)])
        for (unit, cost) in a.reciprocatedCosts {
            table.append([.text(unit), .money(units.first { $0.name == unit }?.directCost ?? .zero), .number(cost, decimals: 2)])
        }
        table.notes = ["x solves (I - A) x = c (LAPACK dgesv); it exceeds the direct cost by the services received from other support units."]
        return table
    }
}
