import FingovCSV
import FingovModel
import FingovNumerics

/// Summarises a ledger file of any size in constant memory, on every core (see `StreamDriver`):
/// the workers decode rows from bytes (`LedgerRowDecoder`) into their own accumulators of
/// detailed cells, merged at the end. Memory grows with the number of distinct cells, not with
/// the number of rows.
public enum LedgerStream {
    /// Reads the ledger at `path` into cells.
    ///
    /// - Throws: `DataError` for a missing file, a bad header, or bad rows (up to the problem
    ///   limit, in file order, each with its line and column).
    public static func cells(path: String, workers: Int = StreamDriver.defaultWorkers, chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws(DataError) -> LedgerCells {
        let decoders = try StreamDriver.run(path: path, required: Ledger.columns, optional: [Ledger.pscRateColumn, Ledger.regionColumn],
                                            workers: workers, chunkBytes: chunkBytes) { LedgerRowDecoder(header: $0, sink: CellSink()) }
        return merge(decoders)
    }

    /// Merges the workers' cells, turning their local office and region ids into names.
    static func merge(_ decoders: [LedgerRowDecoder<CellSink>]) -> LedgerCells {
        var cells = LedgerCells()
        for decoder in decoders {
            cells.rowsRead += decoder.rowsRead
            let offices = decoder.offices.strings, regions = decoder.regions.strings
            let sink = decoder.sink
            for (period, total) in zip(sink.periods, sink.periodTotals) { cells.addToPeriod(period, cents: total.cents, rows: total.rows) }
            for slot in 0..<sink.cellKeys.count {
                let key = CellSink.unpack(sink.cellKeys[slot])
                let office = offices[Int(key.office)]
                let region = key.region < 0 ? OfficeRegions.region(of: office, type: key.officeType) : regions[Int(key.region)]
                cells.add(key: [sink.periods[Int(key.period)].rawValue, key.fund.rawValue, key.source.rawValue, office,
                                key.officeType.rawValue, key.category.rawValue, region], cents: sink.cellCents[slot])
            }
        }
        return cells
    }
}

/// A worker's accumulator: cents per detailed cell in an open-addressing table keyed by the
/// row's ids packed into 64 bits, and each period's control total.
struct CellSink: LedgerRowSink {
    var periods: [Period] = []
    var periodTotals: [(cents: Int, rows: Int)] = []
    var cellKeys: [UInt64] = []
    var cellCents: [Int] = []
    var slots = [Int32](repeating: -1, count: 1024)
    var lastPeriod = -1

    // Packing: period 8 bits, fund 2, source 2, office type 1, category 4, region 16 (id + 1),
    // office 30.
    static func pack(period: Int, _ row: LedgerRow) -> UInt64 {
        precondition(period < 256 && row.officeID < (1 << 30) && row.regionID < (1 << 16) - 1,
                     "too many distinct periods, offices or regions for one ledger: \(period), \(row.officeID), \(row.regionID)")
        var key = UInt64(period)
        key |= UInt64(row.fund.ordinal) << 8
        key |= UInt64(row.fundingSource.ordinal) << 10
        key |= UInt64(row.officeType == .field ? 1 : 0) << 12
        key |= UInt64(row.category.ordinal) << 13
        key |= UInt64(row.regionID + 1) << 17
        key |= UInt64(row.officeID) << 33
        return key
    }

    static func unpack(_ key: UInt64) -> (period: Int32, fund: Fund, source: FundingSource, officeType: OfficeType, category: FingovModel.Category, region: Int32, office: Int32) {
        (Int32(key & 0xFF), Fund.allCases[Int((key >> 8) & 3)], FundingSource.allCases[Int((key >> 10) & 3)],
         (key >> 12) & 1 == 1 ? .field : .headquarters, FingovModel.Category.allCases[Int((key >> 13) & 0xF)],
         Int32((key >> 17) & 0xFFFF) - 1, Int32(key >> 33))
    }

    /// For each prefix id of the decoder's cache, the cell and period index of its rows.
    var cellOfPrefix: [(cell: Int32, period: Int32)] = []

    mutating func accept(_ row: LedgerRow, recordOffset: Int) {
        if row.prefixID >= 0 && Int(row.prefixID) < cellOfPrefix.count {
            let known = cellOfPrefix[Int(row.prefixID)]
            if known.cell >= 0 {
                cellCents[Int(known.cell)] += row.amount.cents
                periodTotals[Int(known.period)].cents += row.amount.cents
                periodTotals[Int(known.period)].rows += 1
                return
            }
        }
        let (cell, period) = add(row)
        if row.prefixID >= 0 {
            while cellOfPrefix.count <= Int(row.prefixID) { cellOfPrefix.append((-1, -1)) }
            cellOfPrefix[Int(row.prefixID)] = (Int32(cell), Int32(period))
        }
    }

    /// Adds a row the slow way, returning its cell and period index.
    mutating func add(_ row: LedgerRow) -> (cell: Int, period: Int) {
        var p = lastPeriod
        if p < 0 || periods[p] != row.period {
            p = periods.firstIndex(of: row.period) ?? {
                periods.append(row.period)
                periodTotals.append((0, 0))
                return periods.count - 1
            }()
            lastPeriod = p
        }
        periodTotals[p].cents += row.amount.cents
        periodTotals[p].rows += 1
        let key = CellSink.pack(period: p, row)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 {
                let cell = cellKeys.count
                slots[slot] = Int32(cell)
                cellKeys.append(key)
                cellCents.append(row.amount.cents)
                if cellKeys.count * 2 > slots.count { grow() }
                return (cell, p)
            }
            if cellKeys[Int(entry)] == key {
                cellCents[Int(entry)] += row.amount.cents
                return (Int(entry), p)
            }
            slot = (slot + 1) & mask
        }
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


// Positions in `allCases`, without building the array on every row.
extension Fund {
    var ordinal: Int {
        switch self { case .drugProgramme: return 0; case .crimeProgramme: return 1; case .regularBudget: return 2 }
    }
}

extension FundingSource {
    var ordinal: Int {
        switch self { case .regularBudget: return 0; case .generalPurpose: return 1; case .specialPurpose: return 2; case .programmeSupportCost: return 3 }
    }
}

extension FingovModel.Category {
    var ordinal: Int {
        switch self {
        case .humanResources: return 0
        case .financeAndBudget: return 1
        case .informationTechnology: return 2
        case .facilities: return 3
        case .executiveDirection: return 4
        case .oversight: return 5
        case .planning: return 6
        case .resourceMobilization: return 7
        case .monitoring: return 8
        case .evaluation: return 9
        case .programmeManagement: return 10
        case .programmeDelivery: return 11
        }
    }
}
