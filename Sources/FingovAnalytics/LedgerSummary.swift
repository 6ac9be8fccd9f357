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

    /// The dimensions held on every line; `category_group` and `cost_type` are rolled up from
    /// `category`.
    static let detailed: [LedgerDimension] = [.period, .fund, .fundingSource, .office, .officeType, .category, .region]
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

    /// Summarises `lines`.
    ///
    /// Lines are accumulated in integer cents into dense cells keyed by the interned values of
    /// the detailed dimensions; the cells are then rolled up to the `--by` groups through an
    /// aggregation matrix (`cblas_dgemm`, exact because every partial sum is an integer number of
    /// cents below 2^53, which is checked).
    ///
    /// - Parameters:
    ///   - period: keep lines whose period lies within it (a biennium keeps its two years too).
    ///   - comparePeriod: a second, earlier or later period to set beside it.
    public static func compute(lines: [LedgerLine], by dimensions: [LedgerDimension], period: Period?,
                               comparePeriod: Period? = nil) throws(SummaryError) -> LedgerSummary {
        guard !dimensions.isEmpty else { throw .noDimensions }
        for (i, d) in dimensions.enumerated() where dimensions[..<i].contains(d) { throw .repeatedDimension(d) }
        let periods = Set(lines.map(\.period)).sorted()
        if let period, !lines.contains(where: { period.contains($0.period) }) { throw .periodNotInData(period, available: periods) }
        if let comparePeriod {
            if let period, period.years.overlaps(comparePeriod.years) { throw .overlappingPeriods(period, comparePeriod) }
            if !lines.contains(where: { comparePeriod.contains($0.period) }) { throw .periodNotInData(comparePeriod, available: periods) }
        }

        // 1. Intern the detailed dimensions and accumulate cents per detailed cell and column.
        var interner = Interner()
        var cellIndex: [[Int32]: Int] = [:]
        var cellKeys: [[Int32]] = []
        var cents: [[Int]] = [[], []] // column 0: the period, column 1: the comparison period
        var inputCents = [0, 0]
        var accounting = RowAccounting()
        accounting.rowsRead = lines.count
        var key = [Int32](repeating: 0, count: LedgerDimension.detailed.count)
        for line in lines {
            let column: Int
            if period == nil || period!.contains(line.period) { column = 0 } else if comparePeriod?.contains(line.period) == true { column = 1 } else {
                accounting.exclude("outside the periods asked for")
                continue
            }
            accounting.used += 1
            for (d, dimension) in LedgerDimension.detailed.enumerated() { key[d] = interner.index(of: value(of: line, dimension), in: d) }
            let cell: Int
            if let existing = cellIndex[key] { cell = existing } else {
                cell = cellKeys.count
                cellIndex[key] = cell
                cellKeys.append(key)
                cents[0].append(0)
                cents[1].append(0)
            }
            cents[column][cell] += line.amount.cents
            inputCents[column] += line.amount.cents
        }

        // 2. Roll detailed cells up to the requested groups through an aggregation matrix.
        var groupIndex: [[String]: Int] = [:]
        var groupKeys: [[String]] = []
        var groupOfCell: [Int] = []
        for cellKey in cellKeys {
            let groupKey = dimensions.map { interner.rolledUpValue(cellKey, $0) }
            let g: Int
            if let existing = groupIndex[groupKey] { g = existing } else {
                g = groupKeys.count
                groupIndex[groupKey] = g
                groupKeys.append(groupKey)
            }
            groupOfCell.append(g)
        }
        let detail = Matrix(rowCount: cellKeys.count, columnCount: 2,
                            columnMajor: (cents[0] + cents[1]).map { Money(cents: $0).doubleCents })
        let rolled = AggregationMatrix(groupOfDetail: groupOfCell, groupCount: groupKeys.count).rollUp(detail)

        var rows: [SummaryRow] = []
        for (g, groupKey) in groupKeys.enumerated() {
            rows.append(SummaryRow(keys: groupKey, amount: exactCents(rolled[g, 0]),
                                   compareAmount: comparePeriod == nil ? nil : exactCents(rolled[g, 1])))
        }
        rows.sort { a, b in
            for (i, d) in dimensions.enumerated() where a.keys[i] != b.keys[i] {
                return sortRank(a.keys[i], d) < sortRank(b.keys[i], d)
            }
            return false
        }
        let total = rows.map(\.amount).sum()
        return LedgerSummary(dimensions: dimensions, period: period, comparePeriod: comparePeriod, rows: rows, total: total,
                             compareTotal: comparePeriod == nil ? nil : rows.compactMap(\.compareAmount).sum(),
                             inputTotal: Money(cents: inputCents[0]),
                             compareInputTotal: comparePeriod == nil ? nil : Money(cents: inputCents[1]),
                             accounting: accounting)
    }

    static func value(of line: LedgerLine, _ dimension: LedgerDimension) -> String {
        switch dimension {
        case .period: return line.period.rawValue
        case .fund: return line.fund.rawValue
        case .fundingSource: return line.fundingSource.rawValue
        case .office: return line.office
        case .officeType: return line.officeType.rawValue
        case .category: return line.category.rawValue
        case .categoryGroup: return line.category.group.rawValue
        case .costType: return line.category.costType.rawValue
        case .region: return line.region
        }
    }

    /// `values` of `dimension` in report order (see `sortRank`).
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

/// Interns the values of the detailed dimensions as small integers.
private struct Interner {
    var indices: [[String: Int32]] = Array(repeating: [:], count: LedgerDimension.detailed.count)
    var values: [[String]] = Array(repeating: [], count: LedgerDimension.detailed.count)

    mutating func index(of value: String, in dimension: Int) -> Int32 {
        if let i = indices[dimension][value] { return i }
        let i = Int32(values[dimension].count)
        indices[dimension][value] = i
        values[dimension].append(value)
        return i
    }

    /// The value of `dimension` for a detailed cell, rolling the category up where asked.
    func rolledUpValue(_ cell: [Int32], _ dimension: LedgerDimension) -> String {
        if let d = LedgerDimension.detailed.firstIndex(of: dimension) { return values[d][Int(cell[d])] }
        let category = Category(rawValue: values[5][Int(cell[5])])!
        return dimension == .categoryGroup ? category.group.rawValue : category.costType.rawValue
    }
}
