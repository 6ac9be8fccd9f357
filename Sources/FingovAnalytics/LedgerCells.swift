import FingovModel

/// Ledger amounts accumulated per detailed cell: one cell per combination of the detailed
/// dimensions (period, fund, funding source, office, office type, category, region), with its
/// exact cents, and apart from the cells the total and row count of each period, added row by
/// row, for the control totals.
public struct LedgerCells: Sendable {
    /// Each cell's values, in `LedgerDimension.detailed` order.
    public private(set) var keys: [[String]] = []
    /// Each cell's cents.
    public private(set) var cents: [Int] = []
    /// Each period's cents and rows, added row by row.
    public private(set) var periodTotals: [Period: (cents: Int, rows: Int)] = [:]
    /// Rows read.
    public var rowsRead = 0
    private var index: [[String]: Int] = [:]

    public init() {}

    /// Accumulates `lines`.
    public init(lines: [LedgerLine]) {
        rowsRead = lines.count
        for line in lines {
            add(key: LedgerDimension.detailed.map { LedgerSummary.value(of: line, $0) }, cents: line.amount.cents)
            addToPeriod(line.period, cents: line.amount.cents, rows: 1)
        }
    }

    /// Adds `cents` to the cell `key`.
    public mutating func add(key: [String], cents amount: Int) {
        if let i = index[key] {
            cents[i] += amount
        } else {
            index[key] = keys.count
            keys.append(key)
            cents.append(amount)
        }
    }

    /// Adds to a period's control total.
    public mutating func addToPeriod(_ period: Period, cents: Int, rows: Int) {
        let old = periodTotals[period] ?? (0, 0)
        periodTotals[period] = (old.cents + cents, old.rows + rows)
    }
}
