import FingovIngest
import FingovModel

/// The detailed cell of a ledger line: one value of each dimension held on a line.
public struct LedgerCellKey: Hashable, Sendable {
    // The seven dimensions a line holds; `category_group` and `cost_type` are rolled up from
    // `category` (see `value(of:)`).
    public var period: Period
    public var fund: Fund
    public var fundingSource: FundingSource
    public var office: String
    public var officeType: OfficeType
    public var category: Category
    public var region: String
    /// Budget or actual.
    public var basis: Basis

    /// A cell from its values.
    public init(period: Period, fund: Fund, fundingSource: FundingSource, office: String, officeType: OfficeType, category: Category, region: String,
                basis: Basis = .actual) {
        self.basis = basis
        self.period = period
        self.fund = fund
        self.fundingSource = fundingSource
        self.office = office
        self.officeType = officeType
        self.category = category
        self.region = region
    }

    /// The cell of `line`, its region from `vocabulary` when the line gives none.
    public init(_ line: LedgerLine, vocabulary: LedgerVocabulary) {
        self.init(period: line.period, fund: line.fund, fundingSource: line.fundingSource, office: line.office,
                  officeType: line.officeType, category: line.category, region: line.region ?? vocabulary.region(of: line.office), basis: line.basis)
    }

    /// The cell named for a message: `period 2020-2021, fund drug, ...`.
    public var label: String {
        "period \(period.rawValue), fund \(fund.rawValue), funding_source \(fundingSource.rawValue), office \(office), office_type \(officeType.rawValue), category \(category.rawValue)"
            + (basis == .budget ? ", basis budget" : "")
    }

    /// The cell's value of `dimension` (those rolled up from the category, through `vocabulary`, included).
    public func value(of dimension: LedgerDimension, in vocabulary: LedgerVocabulary) -> LedgerValue {
        switch dimension {
        case .period: return .period(period)
        case .fund: return .fund(fund)
        case .fundingSource: return .fundingSource(fundingSource)
        case .office: return .office(office)
        case .officeType: return .officeType(officeType)
        case .category: return .category(category)
        case .categoryGroup: return .categoryGroup(vocabulary.group(of: category))
        case .costType: return .costType(vocabulary.costType(of: category))
        case .region: return .region(region)
        }
    }
}

/// One value of a ledger dimension, typed, with the order reports list it in.
public enum LedgerValue: Hashable, Sendable {
    case period(Period)
    case fund(Fund)
    case fundingSource(FundingSource)
    case office(String)
    case officeType(OfficeType)
    case category(Category)
    case categoryGroup(CategoryGroup)
    case costType(CostType)
    case region(String)

    /// The value as the ledger and the reports spell it.
    public var text: String {
        switch self {
        case .period(let p): return p.rawValue
        case .fund(let f): return f.rawValue
        case .fundingSource(let s): return s.rawValue
        case .office(let o): return o
        case .officeType(let t): return t.rawValue
        case .category(let c): return c.rawValue
        case .categoryGroup(let g): return g.rawValue
        case .costType(let c): return c.rawValue
        case .region(let r): return r
        }
    }

    /// Report order: the vocabulary's order for its codes (the order of its files; category
    /// groups in the order they first appear), headquarters then field, direct then indirect,
    /// chronological for periods, the vocabulary's headquarters offices first then alphabetical
    /// for offices, and for regions those of headquarters offices first and `unassigned` last.
    public static func precedes(_ a: LedgerValue, _ b: LedgerValue, in vocabulary: LedgerVocabulary) -> Bool {
        let (ra, rb) = (a.rank(vocabulary), b.rank(vocabulary))
        return ra.order != rb.order ? ra.order < rb.order : ra.text < rb.text
    }

    func rank(_ vocabulary: LedgerVocabulary) -> (order: Int, text: String) {
        func position<T: CaseIterable & Equatable>(_ value: T) -> Int { T.allCases.firstIndex(of: value).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? Int.max }
        switch self {
        case .period(let p): return (p.firstYear * 10_000 + p.lastYear, text)
        case .fund(let f): return (vocabulary.index(of: f) ?? Int.max, text)
        case .fundingSource(let s): return (vocabulary.index(of: s) ?? Int.max, text)
        case .office(let o): return (vocabulary.isHeadquarters(o) ? 0 : 1, o)
        case .officeType(let t): return (position(t), text)
        case .category(let c): return (vocabulary.index(of: c) ?? Int.max, text)
        case .categoryGroup(let g): return (vocabulary.index(of: g) ?? Int.max, text)
        case .costType(let c): return (position(c), text)
        case .region(let r): return (vocabulary.isHeadquartersRegion(r) ? 0 : r == LedgerVocabulary.unassignedRegion ? 2 : 1, r)
        }
    }
}

/// Ledger amounts accumulated per detailed cell (`LedgerCellKey`), with its exact cents, and
/// apart from the cells the total and row count of each period, added row by row, for the
/// control totals. The accumulator behind every ledger summary: fed line by line from memory
/// (`add(_:)`) or from a file on every core (`Ingest.read(ledger:into:)`).
public struct LedgerCells: LedgerAccumulator {
    /// The lists the codes come from.
    public let vocabulary: LedgerVocabulary
    /// Each cell, in the order first met.
    public private(set) var keys: [LedgerCellKey] = []
    /// Each cell's cents.
    public private(set) var cents: [Int] = []
    /// Each period's cents and rows of actual lines, added row by row.
    public private(set) var periodTotals: [Period: (cents: Int, rows: Int)] = [:]
    /// Each period's cents and rows of budget lines, added row by row.
    public private(set) var budgetTotals: [Period: (cents: Int, rows: Int)] = [:]
    /// Rows read.
    public private(set) var rowsRead = 0
    /// The first sum that passed `Int.max` cents, if any: then `cents` and the totals are not to
    /// be used, and `LedgerSummary.compute` throws it.
    public private(set) var overflow: MoneyTotalError?
    private var index: [LedgerCellKey: Int] = [:]

    /// No cells, of a ledger with the codes of `vocabulary`.
    public init(vocabulary: LedgerVocabulary) { self.vocabulary = vocabulary }

    /// Accumulates `lines`.
    public init(_ lines: [LedgerLine], vocabulary: LedgerVocabulary) {
        self.vocabulary = vocabulary
        for line in lines { add(line) }
    }

    /// Adds one line.
    public mutating func add(_ line: LedgerLine) {
        rowsRead += 1
        add(LedgerCellKey(line, vocabulary: vocabulary), cents: line.amount.cents)
        addToPeriod(line.period, basis: line.basis, cents: line.amount.cents, rows: 1)
    }

    /// Every period met, budget or actual.
    public var periods: Set<Period> { Set(periodTotals.keys).union(budgetTotals.keys) }

    /// The totals of `basis`, by period.
    public func totals(of basis: Basis) -> [Period: (cents: Int, rows: Int)] { basis == .actual ? periodTotals : budgetTotals }

    /// Adds the cells of another part of the same ledger.
    public mutating func merge(_ other: LedgerCells) {
        rowsRead += other.rowsRead
        if overflow == nil { overflow = other.overflow }
        for (key, amount) in zip(other.keys, other.cents) { add(key, cents: amount) }
        for (period, total) in other.periodTotals { addToPeriod(period, basis: .actual, cents: total.cents, rows: total.rows) }
        for (period, total) in other.budgetTotals { addToPeriod(period, basis: .budget, cents: total.cents, rows: total.rows) }
    }

    /// The worker-local form: cells keyed by the decoder's ids (`LedgerCellTable`).
    public func makeSink() -> LedgerCellTable { LedgerCellTable(vocabulary: vocabulary) }

    mutating func add(_ key: LedgerCellKey, cents amount: Int) {
        if let i = index[key] {
            let (sum, overflowed) = cents[i].addingReportingOverflow(amount)
            cents[i] = sum
            if overflowed { noteOverflow("the amounts of the cell \(key.label)") }
        } else {
            index[key] = keys.count
            keys.append(key)
            cents.append(amount)
        }
    }

    mutating func addToPeriod(_ period: Period, basis: Basis, cents: Int, rows: Int) {
        let old = (basis == .actual ? periodTotals[period] : budgetTotals[period]) ?? (0, 0)
        let (sum, overflowed) = old.cents.addingReportingOverflow(cents)
        if basis == .actual { periodTotals[period] = (sum, old.rows + rows) } else { budgetTotals[period] = (sum, old.rows + rows) }
        if overflowed { noteOverflow("the \(basis.rawValue) amounts of period \(period.rawValue)") }
    }

    /// Keeps the first overflow met.
    mutating func noteOverflow(_ group: @autoclosure () -> String) {
        if overflow == nil { overflow = MoneyTotalError(group: group(), reached: nil) }
    }

    mutating func countRows(_ n: Int) { rowsRead += n }
}

/// A worker's ledger cells: cents per detailed cell in an open-addressing table keyed by the
/// row's ids packed into 64 bits, and each period's control total; named into `LedgerCells` at
/// the end.
public struct LedgerCellTable: LedgerRowSink {
    /// How many sources and categories the vocabulary has, and the bits of a key that hold the
    /// fund, source and category together.
    let sourceCount: Int, categoryCount: Int, codeBits: Int
    var periods: [Period] = []
    /// Per period index: actual totals at `2 * p`, budget totals at `2 * p + 1`.
    var periodTotals: [(cents: Int, rows: Int)] = []
    var cellKeys: [UInt64] = []
    var cellCents: [Int] = []
    var slots = [Int32](repeating: -1, count: 1024)
    var lastPeriod = -1
    /// For each `LedgerRow.repeatID`, the cell and period index of its rows.
    var cellOfRepeat: [(cell: Int32, period: Int32)] = []
    /// The first cell (or, with `cell` nil, period total, as an index into `periodTotals`) whose
    /// sum passed `Int.max` cents.
    var overflowAt: (cell: Int?, total: Int)?

    /// An empty table for the codes of `vocabulary`.
    public init(vocabulary: LedgerVocabulary) {
        sourceCount = vocabulary.fundingSources.count
        categoryCount = vocabulary.categories.count
        let combinations = vocabulary.funds.count * sourceCount * categoryCount
        codeBits = max(1, Int.bitWidth - (combinations - 1).leadingZeroBitCount)
    }

    // Packing: period 8 bits, office type 1, region 16 (id + 1), basis 1 (budget), the fund,
    // source and category together (fund * sources + source) * categories + category in
    // `codeBits` (8 for UNODC's 3 x 4 x 12), the office in the rest (30 bits for UNODC).
    var officeBits: Int { 64 - 26 - codeBits }

    func pack(period: Int, _ row: LedgerRow) -> UInt64 {
        precondition(period < 256 && Int(row.officeID) < (1 << officeBits) && row.regionID < (1 << 16) - 1,
                     "too many distinct periods, offices or regions for one ledger: \(period), \(row.officeID), \(row.regionID)")
        let code = (Int(row.fund) * sourceCount + Int(row.fundingSource)) * categoryCount + Int(row.category)
        var key = UInt64(period)
        key |= UInt64(row.officeType == .field ? 1 : 0) << 8
        key |= UInt64(row.regionID + 1) << 9
        key |= UInt64(row.basis == .budget ? 1 : 0) << 25
        key |= UInt64(code) << 26
        key |= UInt64(row.officeID) << UInt64(26 + codeBits)
        return key
    }

    func unpack(_ key: UInt64) -> (period: Int32, fund: Int, source: Int, officeType: OfficeType, category: Int,
                                   region: Int32, office: Int32, basis: Basis) {
        let code = Int((key >> 26) & ((1 << UInt64(codeBits)) - 1))
        return (Int32(key & 0xFF), code / categoryCount / sourceCount, code / categoryCount % sourceCount,
                (key >> 8) & 1 == 1 ? .field : .headquarters, code % categoryCount,
                Int32((key >> 9) & 0xFFFF) - 1, Int32(truncatingIfNeeded: key >> UInt64(26 + codeBits)), (key >> 25) & 1 == 1 ? .budget : .actual)
    }

    /// The cell of a packed key, named.
    func cellKey(_ packed: UInt64, _ names: LedgerNames) -> LedgerCellKey {
        let key = unpack(packed)
        let office = names.offices[Int(key.office)], vocabulary = names.vocabulary
        let region = key.region < 0 ? vocabulary.region(of: office) : names.regions[Int(key.region)]
        return LedgerCellKey(period: periods[Int(key.period)], fund: vocabulary.funds[key.fund].fund,
                             fundingSource: vocabulary.fundingSources[key.source].fundingSource, office: office,
                             officeType: key.officeType, category: vocabulary.categories[key.category].category, region: region, basis: key.basis)
    }

    /// The cells with their offices and regions named.
    public func output(names: LedgerNames) -> LedgerCells {
        var cells = LedgerCells(vocabulary: names.vocabulary)
        if let (cell, total) = overflowAt {
            if let cell {
                cells.noteOverflow("the amounts of the cell \(cellKey(cellKeys[cell], names).label)")
            } else {
                cells.noteOverflow("the \(total % 2 == 1 ? "budget" : "actual") amounts of period \(periods[total / 2].rawValue)")
            }
        }
        for (p, period) in periods.enumerated() {
            for basis in [Basis.actual, .budget] {
                let total = periodTotals[2 * p + (basis == .budget ? 1 : 0)]
                guard total.rows > 0 else { continue }
                cells.addToPeriod(period, basis: basis, cents: total.cents, rows: total.rows)
                cells.countRows(total.rows)
            }
        }
        for slot in 0..<cellKeys.count { cells.add(cellKey(cellKeys[slot], names), cents: cellCents[slot]) }
        return cells
    }

    /// Adds one row: straight to its cell when its `repeatID` was seen, else through the table.
    public mutating func accept(_ row: LedgerRow) {
        if row.repeatID >= 0 && Int(row.repeatID) < cellOfRepeat.count {
            let known = cellOfRepeat[Int(row.repeatID)]
            if known.cell >= 0 {
                addCents(row.amount.cents, cell: Int(known.cell), total: Int(known.period))
                periodTotals[Int(known.period)].rows += 1
                return
            }
        }
        let (cell, period) = add(row)
        if row.repeatID >= 0 {
            while cellOfRepeat.count <= Int(row.repeatID) { cellOfRepeat.append((-1, -1)) }
            cellOfRepeat[Int(row.repeatID)] = (Int32(cell), Int32(period))
        }
    }

    /// Adds a row the slow way, returning its cell and the index of its period total.
    mutating func add(_ row: LedgerRow) -> (cell: Int, period: Int) {
        var p = lastPeriod
        if p < 0 || periods[p] != row.period {
            p = periods.firstIndex(of: row.period) ?? {
                periods.append(row.period)
                periodTotals.append((0, 0))
                periodTotals.append((0, 0))
                return periods.count - 1
            }()
            lastPeriod = p
        }
        let t = 2 * p + (row.basis == .budget ? 1 : 0)
        periodTotals[t].rows += 1
        let key = pack(period: p, row)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 {
                let cell = cellKeys.count
                slots[slot] = Int32(cell)
                cellKeys.append(key)
                cellCents.append(0)
                addCents(row.amount.cents, cell: cell, total: t)
                if cellKeys.count * 2 > slots.count { grow() }
                return (cell, t)
            }
            if cellKeys[Int(entry)] == key {
                addCents(row.amount.cents, cell: Int(entry), total: t)
                return (Int(entry), t)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `cents` to a cell and its period total, noting the first sum that passes `Int.max`.
    @inline(__always)
    mutating func addCents(_ cents: Int, cell: Int, total: Int) {
        let (cellSum, cellOverflow) = cellCents[cell].addingReportingOverflow(cents)
        let (totalSum, totalOverflow) = periodTotals[total].cents.addingReportingOverflow(cents)
        cellCents[cell] = cellSum
        periodTotals[total].cents = totalSum
        if (cellOverflow || totalOverflow) && overflowAt == nil { overflowAt = (cellOverflow ? cell : nil, total) }
    }

    mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, key) in cellKeys.enumerated() {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
