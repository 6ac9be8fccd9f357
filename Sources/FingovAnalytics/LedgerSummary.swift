import FingovModel
import FingovNumerics

/// A dimension a ledger can be summarised by: the six columns of the ledger, the office's region,
/// and two rolled up from the category (its group, and whether it is a direct or indirect cost).
public enum LedgerDimension: String, CaseIterable, Hashable, Sendable, Codable {
    case period
    case fund
    case fundingSource = "funding_source"
    case office
    case officeType = "office_type"
    case category
    case categoryGroup = "category_group"
    case costType = "cost_type"
    case region

}

/// One row of a ledger summary.
public struct SummaryRow: Hashable, Sendable, Codable {
    /// The value of each `--by` dimension, in order.
    public var keys: [String]
    public var amount: Money
    /// The amount in the comparison period, when one was asked for.
    public var compareAmount: Money?
    /// The budget beside the actual `amount`, when both were asked for.
    public var budgetAmount: Money? = nil

    /// Actual over budget, in per cent; `nil` when the budget is zero or absent.
    public var implementationRatePercent: Double? {
        guard let b = budgetAmount, b.cents != 0 else { return nil }
        return Double(amount.cents) / Double(b.cents) * 100
    }

    /// `amount - compareAmount`.
    public var change: Money? { compareAmount.map { amount - $0 } }
    /// The change in per cent of the comparison amount; `nil` when that is zero or absent.
    public var changePercent: Double? {
        guard let c = compareAmount, c.cents != 0 else { return nil }
        return Double(amount.cents - c.cents) / Double(c.cents) * 100
    }
}

/// Which ledger lines a summary adds up: actuals, budgets, or both side by side.
public enum BasisChoice: String, CaseIterable, Hashable, Sendable, Codable {
    case budget
    case actual
    case both
}

/// Why a summary cannot be made.
public enum SummaryError: Error, Hashable, Sendable, CustomStringConvertible {
    case periodNotInData(Period, available: [Period])
    case overlappingPeriods(Period, Period)
    /// A comparison of periods of different lengths (a biennium with a year) without `perYear`.
    case unequalPeriods(Period, Period)
    /// A comparison asked for without a period to compare with (`--period all`).
    case comparisonNeedsPeriod(Period)
    /// A comparison of periods asked for with budget and actual side by side.
    case comparisonWithBothBases
    case noDimensions
    case repeatedDimension(LedgerDimension)
    /// A group's amounts, or a period's, add up beyond the exact range (a data error).
    case totalOutOfRange(MoneyTotalError)

    public var description: String {
        switch self {
        case .totalOutOfRange(let e):
            return e.description
        case .periodNotInData(let p, let available):
            return LedgerPeriods.notInData(p, available: available)
        case .overlappingPeriods(let a, let b):
            return "the comparison period \(b) overlaps \(a): compare two periods without common years"
        case .unequalPeriods(let a, let b):
            return "\(a) has \(a.years.count) year\(a.years.count == 1 ? "" : "s") and \(b) has \(b.years.count): compare periods of the same length, or add --per-year to compare yearly averages"
        case .comparisonNeedsPeriod(let b):
            return "a comparison with \(b) needs one period to set it beside, not every period"
        case .comparisonWithBothBases:
            return "budget against actual (basis both) sets two amounts side by side already: compare periods with one basis"
        case .noDimensions:
            return "name at least one dimension to summarise by"
        case .repeatedDimension(let d):
            return "dimension \(d.rawValue) is named twice"
        }
    }
}

/// Totals of a ledger pivoted by any dimensions, with shares, a comparison period and a control
/// total that proves nothing was lost.
public struct LedgerSummary: Sendable {
    /// The lists the ledger's codes come from (for the order of values).
    public var vocabulary: LedgerVocabulary
    public var dimensions: [LedgerDimension]
    /// The period summarised, or `nil` for every line.
    public var period: Period?
    public var comparePeriod: Period?
    /// Whether the change is between yearly averages (periods of different lengths compared).
    public var perYear: Bool = false
    /// The lines added up: actuals (by default), budgets, or both (`amount` actual, `budgetAmount` budget).
    public var basis: BasisChoice = .actual
    /// One row per combination of dimension values present, in vocabulary order.
    public var rows: [SummaryRow]
    /// The sum of the rows.
    public var total: Money
    public var compareTotal: Money?
    /// The sum of the input lines in the period, added line by line: the control total.
    public var inputTotal: Money
    public var compareInputTotal: Money?
    public var accounting: RowAccounting

    /// With basis both: the sum of the rows' budgets, and the budget lines' total added line by line.
    public var budgetTotal: Money? = nil
    public var budgetInputTotal: Money? = nil

    /// Actual over budget for the whole summary, in per cent; `nil` without a budget.
    public var implementationRatePercent: Double? {
        guard let b = budgetTotal, b.cents != 0 else { return nil }
        return Double(total.cents) / Double(b.cents) * 100
    }

    /// Whether the summary's totals equal the input totals to the cent.
    public var reconciles: Bool { total == inputTotal && compareTotal == compareInputTotal && budgetTotal == budgetInputTotal }

    /// The number of years of the period and of the comparison period (1 each without them).
    public var yearCounts: (period: Int, compare: Int) { (period?.years.count ?? 1, comparePeriod?.years.count ?? 1) }

    /// `amount / years`, rounded half away from zero to the cent: a yearly average.
    public static func yearlyAverage(_ amount: Money, years: Int) -> Money {
        let q = amount.cents / years, r = amount.cents % years
        return Money(cents: 2 * abs(r) >= years ? q + (amount.cents < 0 ? -1 : 1) : q)
    }

    /// The change of `row` between the yearly averages of the two periods, each rounded to the
    /// cent first; `nil` without a comparison.
    public func changePerYear(of amount: Money, compare: Money?) -> Money? {
        guard let compare else { return nil }
        return LedgerSummary.yearlyAverage(amount, years: yearCounts.period) - LedgerSummary.yearlyAverage(compare, years: yearCounts.compare)
    }

    /// The change between yearly averages in per cent of the comparison's yearly average
    /// (computed from the exact averages, not the rounded ones); `nil` when that is zero or absent.
    public func changePerYearPercent(of amount: Money, compare: Money?) -> Double? {
        guard let compare, compare.cents != 0 else { return nil }
        let a = Double(amount.cents) / Double(yearCounts.period), c = Double(compare.cents) / Double(yearCounts.compare)
        return (a - c) / c * 100
    }

    /// The share of `row` in the total, in per cent; `nil` when the total is zero.
    public func sharePercent(of row: SummaryRow) -> Double? {
        total.cents == 0 ? nil : Double(row.amount.cents) / Double(total.cents) * 100
    }

    /// Summarises ledger cells.
    ///
    /// The cells hold integer cents per combination of the detailed dimensions. Those in the
    /// period (or the comparison period) are rolled up to the `--by` groups through an
    /// aggregation matrix (`cblas_dgemm`, exact because every partial sum is an integer number of
    /// cents below 2^53, which is checked). The control totals come from the per-period totals
    /// that were added up row by row, apart from the cells.
    ///
    /// - Parameters:
    ///   - cells: the ledger's cells, read with `Ingest.read(ledger:into:)` or added from memory.
    ///   - dimensions: the dimensions to total by, in order (at least one, none twice).
    ///   - period: keep cells whose period lies within it (a biennium keeps its two years too).
    ///   - comparePeriod: a second, earlier or later period to set beside it.
    public static func compute(cells: LedgerCells, by dimensions: [LedgerDimension], period: Period?,
                               comparePeriod: Period? = nil, perYear: Bool = false,
                               basis: BasisChoice = .actual) throws(SummaryError) -> LedgerSummary {
        guard !dimensions.isEmpty else { throw .noDimensions }
        if let overflow = cells.overflow { throw .totalOutOfRange(overflow) }
        for (i, d) in dimensions.enumerated() where dimensions[..<i].contains(d) { throw .repeatedDimension(d) }
        if comparePeriod != nil && basis == .both { throw .comparisonWithBothBases }
        let periods = cells.periods.sorted()
        if let period, !periods.contains(where: { period.contains($0) }) { throw .periodNotInData(period, available: periods) }
        if let comparePeriod {
            guard let period else { throw .comparisonNeedsPeriod(comparePeriod) }
            if period.years.count != comparePeriod.years.count && !perYear { throw .unequalPeriods(period, comparePeriod) }
            if period.years.overlaps(comparePeriod.years) { throw .overlappingPeriods(period, comparePeriod) }
            if !periods.contains(where: { comparePeriod.contains($0) }) { throw .periodNotInData(comparePeriod, available: periods) }
        }
        // The detail column of a line: 0 the period, 1 the comparison period (or the budget, with
        // basis both); `nil` when the line is not added up.
        func column(of p: Period) -> Int? {
            if period == nil || period!.contains(p) { return 0 }
            return comparePeriod?.contains(p) == true ? 1 : nil
        }
        func column(of p: Period, _ lineBasis: Basis) -> Int? {
            switch basis {
            case .both: return column(of: p) == 0 ? (lineBasis == .budget ? 1 : 0) : nil
            case .actual: return lineBasis == .actual ? column(of: p) : nil
            case .budget: return lineBasis == .budget ? column(of: p) : nil
            }
        }

        // 1. The control totals and the row accounting, from the per-period totals.
        var inputCents = [0, 0]
        var accounting = RowAccounting()
        accounting.rowsRead = cells.rowsRead
        var otherBasisRows = 0
        for lineBasis in [Basis.actual, .budget] {
            for (p, total) in cells.totals(of: lineBasis).sorted(by: { $0.key < $1.key }) {
                if let c = column(of: p, lineBasis) {
                    // Wrapping: the magnitudes are checked below, before any total is used, and
                    // bound this sum too (the same rows, added in another order).
                    inputCents[c] &+= total.cents
                    accounting.used += total.rows
                } else if column(of: p) == nil {
                    accounting.exclude("outside the periods asked for", count: total.rows)
                } else {
                    otherBasisRows += total.rows
                }
            }
        }
        if otherBasisRows > 0 { accounting.exclude(basis == .actual ? "budget lines" : "actual lines", count: otherBasisRows) }

        // 2. Roll the detailed cells up to the requested groups through an aggregation matrix.
        var groupIndex: [[LedgerValue]: Int] = [:]
        var groupKeys: [[LedgerValue]] = []
        var groupOfCell: [Int] = []
        var detailCents: [[Double]] = [[], []]
        // The sum of the magnitudes of each group's cells in each column (nil: past UInt.max).
        var magnitudes: [[UInt?]] = [[], []]
        for (c, key) in cells.keys.enumerated() {
            guard let col = column(of: key.period, key.basis) else { continue }
            let groupKey = dimensions.map { key.value(of: $0, in: cells.vocabulary) }
            let g: Int
            if let existing = groupIndex[groupKey] { g = existing } else {
                g = groupKeys.count
                groupIndex[groupKey] = g
                groupKeys.append(groupKey)
                magnitudes[0].append(0)
                magnitudes[1].append(0)
            }
            groupOfCell.append(g)
            magnitudes[col][g] = MoneyTotalError.adding(magnitudes[col][g], cells.cents[c].magnitude)
            detailCents[col].append(Double(cells.cents[c]))
            detailCents[1 - col].append(0)
        }
        let columnNames = [period.map { "in \($0.rawValue)" } ?? "in every period",
                           basis == .both ? "in the budget" : comparePeriod.map { "in \($0.rawValue)" } ?? ""]
        for col in 0..<2 {
            do {
                for g in groupKeys.indices {
                    try MoneyTotalError.check(magnitudes[col][g], "the amounts of \(zip(dimensions, groupKeys[g]).map { "\($0.rawValue) \($1.text)" }.joined(separator: ", ")) \(columnNames[col])")
                }
                let all = magnitudes[col].reduce(UInt?.some(0), MoneyTotalError.adding)
                try MoneyTotalError.check(all, "the amounts of every group \(columnNames[col])")
            } catch {
                throw .totalOutOfRange(error)
            }
        }
        let detail = Matrix(rowCount: groupOfCell.count, columnCount: 2, columnMajor: detailCents[0] + detailCents[1])
        let rolled = AggregationMatrix(groupOfDetail: groupOfCell, groupCount: groupKeys.count).rollUp(detail)

        let order = groupKeys.indices.sorted { a, b in
            for (x, y) in zip(groupKeys[a], groupKeys[b]) where x != y { return LedgerValue.precedes(x, y, in: cells.vocabulary) }
            return false
        }
        let rows = order.map { g in
            SummaryRow(keys: groupKeys[g].map(\.text), amount: exactCents(rolled[g, 0]),
                       compareAmount: comparePeriod == nil ? nil : exactCents(rolled[g, 1]),
                       budgetAmount: basis == .both ? exactCents(rolled[g, 1]) : nil)
        }
        let total = rows.map(\.amount).sum()
        return LedgerSummary(vocabulary: cells.vocabulary, dimensions: dimensions, period: period, comparePeriod: comparePeriod, perYear: perYear && comparePeriod != nil, basis: basis, rows: rows, total: total,
                             compareTotal: comparePeriod == nil ? nil : rows.compactMap(\.compareAmount).sum(),
                             inputTotal: Money(cents: inputCents[0]),
                             compareInputTotal: comparePeriod == nil ? nil : Money(cents: inputCents[1]),
                             accounting: accounting,
                             budgetTotal: basis == .both ? rows.compactMap(\.budgetAmount).sum() : nil,
                             budgetInputTotal: basis == .both ? Money(cents: inputCents[1]) : nil)
    }

    /// `values` of `dimension` in report order (see `LedgerValue.precedes(_:_:in:)`), for
    /// tables that hold the values as text.
    public func ordered(_ values: [String], by dimension: LedgerDimension) -> [String] {
        let vocabulary = self.vocabulary
        return values.map { (value: LedgerValue.parse($0, as: dimension), text: $0) }
            .sorted { a, b in
                guard let x = a.value, let y = b.value else { return a.value != nil || (b.value == nil && a.text < b.text) }
                return LedgerValue.precedes(x, y, in: vocabulary)
            }
            .map(\.text)
    }
}

extension LedgerValue {
    /// The value of `dimension` a report spells `text` (`nil` for a period it cannot read).
    static func parse(_ text: String, as dimension: LedgerDimension) -> LedgerValue? {
        switch dimension {
        case .period: return Period(rawValue: text).map { .period($0) }
        case .fund: return .fund(Fund(rawValue: text))
        case .fundingSource: return .fundingSource(FundingSource(rawValue: text))
        case .office: return .office(text)
        case .officeType: return OfficeType(rawValue: text).map { .officeType($0) }
        case .category: return .category(FingovModel.Category(rawValue: text))
        case .categoryGroup: return .categoryGroup(CategoryGroup(rawValue: text))
        case .costType: return CostType(rawValue: text).map { .costType($0) }
        case .region: return .region(text)
        }
    }
}

/// Converts a rolled-up `Double` back to cents, trapping if it is not an exact integer (which
/// would mean a partial sum passed 2^53 cents).
func exactCents(_ x: Double) -> Money {
    let cents = Int(x.rounded())
    precondition(Double(cents) == x, "roll-up lost exactness: \(x) is not a whole number of cents")
    return Money(cents: cents)
}
