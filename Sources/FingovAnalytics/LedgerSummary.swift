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

    /// `amount - compareAmount`.
    public var change: Money? { compareAmount.map { amount - $0 } }
    /// The change in per cent of the comparison amount; `nil` when that is zero or absent.
    public var changePercent: Double? {
        guard let c = compareAmount, c.cents != 0 else { return nil }
        return Double(amount.cents - c.cents) / Double(c.cents) * 100
    }
}

/// Why a summary cannot be made.
public enum SummaryError: Error, Hashable, Sendable, CustomStringConvertible {
    case periodNotInData(Period, available: [Period])
    case overlappingPeriods(Period, Period)
    case noDimensions
    case repeatedDimension(LedgerDimension)

    public var description: String {
        switch self {
        case .periodNotInData(let p, let available):
            return "no ledger lines fall in \(p) (the ledger has \(available.map(\.rawValue).joined(separator: ", ")))"
        case .overlappingPeriods(let a, let b):
            return "the comparison period \(b) overlaps \(a): compare two periods without common years"
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
    public var dimensions: [LedgerDimension]
    /// The period summarised, or `nil` for every line.
    public var period: Period?
    public var comparePeriod: Period?
    /// One row per combination of dimension values present, in vocabulary order.
    public var rows: [SummaryRow]
    /// The sum of the rows.
    public var total: Money
    public var compareTotal: Money?
    /// The sum of the input lines in the period, added line by line: the control total.
    public var inputTotal: Money
    public var compareInputTotal: Money?
    public var accounting: RowAccounting

    /// Whether the summary's totals equal the input totals to the cent.
    public var reconciles: Bool { total == inputTotal && compareTotal == compareInputTotal }

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
                               comparePeriod: Period? = nil) throws(SummaryError) -> LedgerSummary {
        guard !dimensions.isEmpty else { throw .noDimensions }
        for (i, d) in dimensions.enumerated() where dimensions[..<i].contains(d) { throw .repeatedDimension(d) }
        let periods = cells.periodTotals.keys.sorted()
        if let period, !periods.contains(where: { period.contains($0) }) { throw .periodNotInData(period, available: periods) }
        if let comparePeriod {
            if let period, period.years.overlaps(comparePeriod.years) { throw .overlappingPeriods(period, comparePeriod) }
            if !periods.contains(where: { comparePeriod.contains($0) }) { throw .periodNotInData(comparePeriod, available: periods) }
        }
        func column(of p: Period) -> Int? {
            if period == nil || period!.contains(p) { return 0 }
            return comparePeriod?.contains(p) == true ? 1 : nil
        }

        // 1. The control totals and the row accounting, from the per-period totals.
        var inputCents = [0, 0]
        var accounting = RowAccounting()
        accounting.rowsRead = cells.rowsRead
        for p in periods {
            let total = cells.periodTotals[p]!
            if let c = column(of: p) {
                inputCents[c] += total.cents
                accounting.used += total.rows
            } else {
                accounting.exclude("outside the periods asked for", count: total.rows)
            }
        }

        // 2. Roll the detailed cells up to the requested groups through an aggregation matrix.
        var groupIndex: [[LedgerValue]: Int] = [:]
        var groupKeys: [[LedgerValue]] = []
        var groupOfCell: [Int] = []
        var detailCents: [[Double]] = [[], []]
        for (c, key) in cells.keys.enumerated() {
            guard let col = column(of: key.period) else { continue }
            let groupKey = dimensions.map { key.value(of: $0) }
            let g: Int
            if let existing = groupIndex[groupKey] { g = existing } else {
                g = groupKeys.count
                groupIndex[groupKey] = g
                groupKeys.append(groupKey)
            }
            groupOfCell.append(g)
            let amount = Money(cents: cells.cents[c]).doubleCents
            detailCents[col].append(amount)
            detailCents[1 - col].append(0)
        }
        let detail = Matrix(rowCount: groupOfCell.count, columnCount: 2, columnMajor: detailCents[0] + detailCents[1])
        let rolled = AggregationMatrix(groupOfDetail: groupOfCell, groupCount: groupKeys.count).rollUp(detail)

        let order = groupKeys.indices.sorted { a, b in
            for (x, y) in zip(groupKeys[a], groupKeys[b]) where x != y { return LedgerValue.precedes(x, y) }
            return false
        }
        let rows = order.map { g in
            SummaryRow(keys: groupKeys[g].map(\.text), amount: exactCents(rolled[g, 0]),
                       compareAmount: comparePeriod == nil ? nil : exactCents(rolled[g, 1]))
        }
        let total = rows.map(\.amount).sum()
        return LedgerSummary(dimensions: dimensions, period: period, comparePeriod: comparePeriod, rows: rows, total: total,
                             compareTotal: comparePeriod == nil ? nil : rows.compactMap(\.compareAmount).sum(),
                             inputTotal: Money(cents: inputCents[0]),
                             compareInputTotal: comparePeriod == nil ? nil : Money(cents: inputCents[1]),
                             accounting: accounting)
    }

    /// `values` of `dimension` in report order (see `LedgerValue.precedes`), for tables that
    /// hold the values as text.
    public static func ordered(_ values: [String], by dimension: LedgerDimension) -> [String] {
        values.sorted { sortRank($0, dimension) < sortRank($1, dimension) }
    }

    /// Vocabulary order for closed vocabularies, chronological for periods, alphabetical otherwise.
    static func sortRank(_ value: String, _ dimension: LedgerDimension) -> SortRank {
        func rank<T: RawRepresentable & CaseIterable>(_: T.Type) -> SortRank where T.RawValue == String {
            SortRank(order: T.allCases.map(\.rawValue).firstIndex(of: value) ?? Int.max, text: value)
        }
        switch dimension {
        case .period:
            let p = Period(rawValue: value)
            return SortRank(order: (p?.firstYear ?? 0) * 10_000 + (p?.lastYear ?? 0), text: value)
        case .fund: return rank(Fund.self)
        case .fundingSource: return rank(FundingSource.self)
        case .office: return SortRank(order: value.hasPrefix("Headquarters") ? 0 : 1, text: value)
        case .officeType: return rank(OfficeType.self)
        case .category: return rank(Category.self)
        case .categoryGroup: return rank(CategoryGroup.self)
        case .costType: return rank(CostType.self)
        case .region: return SortRank(order: value == "Headquarters" ? 0 : value == "unassigned" ? 2 : 1, text: value)
        }
    }

    struct SortRank: Comparable {
        var order: Int
        var text: String
        static func < (a: SortRank, b: SortRank) -> Bool { (a.order, a.text) < (b.order, b.text) }
    }
}

/// Converts a rolled-up `Double` back to cents, trapping if it is not an exact integer (which
/// would mean a partial sum passed 2^53 cents).
func exactCents(_ x: Double) -> Money {
    let cents = Int(x.rounded())
    precondition(Double(cents) == x, "roll-up lost exactness: \(x) is not a whole number of cents")
    return Money(cents: cents)
}
