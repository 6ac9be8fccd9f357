import FingovAnalytics
import FingovModel

/// The ledger summary tables and charts (`fingov summary`).
extension Tables {
    /// A ledger summary in long form: the dimensions, the amount and share, and the comparison.
    public static func summary(_ s: LedgerSummary) -> ReportTable {
        if s.basis == .both { return budgetAgainstActual(s) }
        var columns = s.dimensions.map { Column($0.rawValue) }
        columns += [Column("amount_usd", title: s.period.map { "Amount \($0)" } ?? "Amount", numeric: true),
                    Column("share_percent", title: "Share %", numeric: true)]
        if let compare = s.comparePeriod, s.perYear {
            columns += [Column("compare_amount_usd", title: "Amount \(compare)", numeric: true),
                        Column("amount_per_year_usd", title: "Per year \(s.period!)", numeric: true),
                        Column("compare_amount_per_year_usd", title: "Per year \(compare)", numeric: true),
                        Column("change_per_year_usd", title: "Change per year", numeric: true),
                        Column("change_per_year_percent", title: "Change per year %", numeric: true)]
        } else if let compare = s.comparePeriod {
            columns += [Column("compare_amount_usd", title: "Amount \(compare)", numeric: true),
                        Column("change_usd", title: "Change", numeric: true), Column("change_percent", title: "Change %", numeric: true)]
        }
        var table = ReportTable(name: "summary-" + s.dimensions.map(\.rawValue).joined(separator: "-"),
                                title: (s.basis == .budget ? "Budget by " : "Ledger by ") + s.dimensions.map(\.rawValue).joined(separator: ", ") + periodLabel(s)
                                    + (s.comparePeriod.map { " against \($0)" } ?? "") + (s.perYear ? " (yearly averages)" : ""),
                                columns: columns)
        func perYearCells(_ amount: Money, _ compare: Money?) -> [Cell] {
            let y = s.yearCounts
            return [compare.map(Cell.money) ?? .empty, .money(LedgerSummary.yearlyAverage(amount, years: y.period)),
                    compare.map { .money(LedgerSummary.yearlyAverage($0, years: y.compare)) } ?? .empty,
                    s.changePerYear(of: amount, compare: compare).map(Cell.money) ?? .empty,
                    .number(s.changePerYearPercent(of: amount, compare: compare), decimals: 2)]
        }
        for row in s.rows {
            var cells: [Cell] = row.keys.map { .text($0) } + [.money(row.amount), .number(s.sharePercent(of: row), decimals: 2)]
            if s.perYear {
                cells += perYearCells(row.amount, row.compareAmount)
            } else if s.comparePeriod != nil {
                cells += [row.compareAmount.map(Cell.money) ?? .empty, row.change.map(Cell.money) ?? .empty, .number(row.changePercent, decimals: 2)]
            }
            table.append(cells)
        }
        var totals: [Cell] = [.text("Total")] + Array(repeating: .empty, count: s.dimensions.count - 1)
            + [.money(s.total), .number(s.total.cents == 0 ? nil : 100, decimals: 2)]
        if let compareTotal = s.compareTotal, s.perYear {
            totals += perYearCells(s.total, compareTotal)
        } else if let compareTotal = s.compareTotal {
            let change = s.total - compareTotal
            totals += [.money(compareTotal), .money(change),
                       .number(compareTotal.cents == 0 ? nil : Double(change.cents) / Double(compareTotal.cents) * 100, decimals: 2)]
        }
        table.totals = totals
        table.notes = [controlLine(s), "Lines: " + s.accounting.summary + "."]
        if s.perYear, let p = s.period, let c = s.comparePeriod {
            table.notes.insert("\(p) has \(p.years.count) year\(p.years.count == 1 ? "" : "s") and \(c) \(c.years.count): the change is between yearly averages (each period's amount divided by its years, rounded to the cent).", at: 0)
        }
        return table
    }

    /// Budget against actual: each group's budget, actual and implementation rate (actual over budget).
    public static func budgetAgainstActual(_ s: LedgerSummary) -> ReportTable {
        var table = ReportTable(name: "summary-" + s.dimensions.map(\.rawValue).joined(separator: "-"),
                                title: "Budget against actual by " + s.dimensions.map(\.rawValue).joined(separator: ", ") + periodLabel(s),
                                columns: s.dimensions.map { Column($0.rawValue) }
                                    + [Column("budget_usd", title: "Budget", numeric: true), Column("actual_usd", title: "Actual", numeric: true),
                                       Column("implementation_rate_percent", title: "Implementation %", numeric: true)])
        for row in s.rows {
            table.append(row.keys.map { .text($0) } + [.money(row.budgetAmount ?? .zero), .money(row.amount), .number(row.implementationRatePercent, decimals: 2)])
        }
        table.totals = [.text("Total")] + Array(repeating: .empty, count: s.dimensions.count - 1)
            + [.money(s.budgetTotal ?? .zero), .money(s.total), .number(s.implementationRatePercent, decimals: 2)]
        table.notes = ["Implementation rate: actual over budget, in per cent (empty where the budget is zero).", controlLine(s),
                       "Lines: " + s.accounting.summary + "."]
        return table
    }

    /// `, PERIOD` or `, all periods`: every ledger title names its period.
    static func periodLabel(_ s: LedgerSummary) -> String { ", " + (s.period.map(\.rawValue) ?? "all periods") }

    /// The control line that proves the summary equals the input to the cent.
    public static func controlLine(_ s: LedgerSummary) -> String {
        var line = "Control: summary total \(s.total.dollarsText) \(s.total == s.inputTotal ? "=" : "≠") input total \(s.inputTotal.dollarsText) USD"
        if let b = s.budgetTotal, let bi = s.budgetInputTotal {
            line += "; budget \(b.dollarsText) \(b == bi ? "=" : "≠") \(bi.dollarsText) USD"
        }
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
        across = s.ordered(across, by: s.dimensions[1])
        var table = ReportTable(name: "crosstab", title: "Ledger by \(s.dimensions[0].rawValue) and \(s.dimensions[1].rawValue)" + periodLabel(s),
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
        return BarChart(title: "Amounts by \(s.dimensions[0].rawValue)" + periodLabel(s) + unitsLabel(units),
                        bars: order.map { .init(label: $0, value: Double(totals[$0]!.cents), valueText: Cell.money(totals[$0]!).display(units: units)) })
    }

    /// Stacked bars: the first dimension down, the second stacked, every value of the second a
    /// series (see `StackedBarChart` for how many it draws with a glyph of their own).
    public static func summaryStackedChart(_ s: LedgerSummary, units: MoneyUnits) -> StackedBarChart {
        let stackDimension = s.dimensions.count > 1 ? 1 : 0
        var series: [String] = [], labels: [String] = []
        for row in s.rows {
            if !labels.contains(row.keys[0]) { labels.append(row.keys[0]) }
            if !series.contains(row.keys[stackDimension]) { series.append(row.keys[stackDimension]) }
        }
        return StackedBarChart(
            title: "Amounts by \(s.dimensions[0].rawValue)" + (stackDimension == 1 ? " and \(s.dimensions[1].rawValue)" : "") + periodLabel(s) + unitsLabel(units),
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
}
