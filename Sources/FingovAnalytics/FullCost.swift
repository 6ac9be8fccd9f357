import FingovIngest
import FingovModel

/// What the full cost of the offices is made from, gathered line by line in one period: each
/// office's direct expenditure (direct-cost categories, every source) and the direct cost of each
/// support unit (an indirect category at headquarters, from the sources chosen). The accumulator
/// behind `FullCost`.
public struct FullCostTally: LedgerAccumulator {
    /// The period whose lines are used.
    public let period: Period
    /// The sources whose spending makes up the support units' cost (`nil`: every source).
    public let sources: Set<FundingSource>?
    /// The lists the ledger's codes come from: which categories are direct costs.
    public let vocabulary: LedgerVocabulary
    /// `sources` as a mask of the sources' positions in the vocabulary.
    let sourceMask: UInt64
    /// Each office's type and direct expenditure, by name.
    public private(set) var offices: [String: (type: OfficeType, directCents: Int)] = [:]
    /// Each support unit's cost in cents, by the category's position in the vocabulary.
    public private(set) var supportCents: [Int]
    var supportTouched: [Bool]
    /// Rows read, rows in the period, rows used.
    public private(set) var rowsRead = 0, rowsInPeriod = 0, used = 0, budgetRows = 0
    /// Every period met.
    public private(set) var periods: Set<Period> = []
    /// The sum of the magnitudes of the amounts used (nil: past `UInt.max`): it bounds every
    /// sum of the tally, which wrap and are read only once `FullCost.compute` has checked it.
    public private(set) var magnitude: UInt? = 0

    mutating func addMagnitude(_ m: UInt?) { magnitude = MoneyTotalError.adding(magnitude, m) }

    /// An empty tally of `period`, support costs from `sources` (`nil`: all; sources the
    /// vocabulary does not list are ignored).
    public init(period: Period, sources: Set<FundingSource>? = nil, vocabulary: LedgerVocabulary) {
        self.period = period
        self.sources = sources
        self.vocabulary = vocabulary
        sourceMask = sources.map { chosen in
            vocabulary.fundingSources.indices.reduce(UInt64(0)) { chosen.contains(vocabulary.fundingSources[$1].fundingSource) ? $0 | (1 << UInt64($1)) : $0 }
        } ?? ~0
        supportCents = [Int](repeating: 0, count: vocabulary.categories.count)
        supportTouched = [Bool](repeating: false, count: vocabulary.categories.count)
    }

    /// Whether a source (its position) pays for the support units.
    @inline(__always)
    func isSupportSource(_ source: Int) -> Bool { sourceMask & (1 << UInt64(source)) != 0 }

    public mutating func add(_ line: LedgerLine) {
        rowsRead += 1
        periods.insert(line.period)
        guard period.contains(line.period) else { return }
        rowsInPeriod += 1
        if line.basis == .budget { return budgetRows += 1 }
        guard let category = vocabulary.index(of: line.category), let source = vocabulary.index(of: line.fundingSource) else {
            preconditionFailure("a ledger line with codes the vocabulary does not have: \(line.fundingSource), \(line.category)")
        }
        if vocabulary.isDirect[category] {
            offices[line.office, default: (line.officeType, 0)].directCents &+= line.amount.cents
            addMagnitude(line.amount.cents.magnitude)
            used += 1
        } else {
            // Every office appears in the table, whether it has direct expenditure or not.
            if offices[line.office] == nil { offices[line.office] = (line.officeType, 0) }
            if line.officeType == .headquarters && isSupportSource(source) {
                supportCents[category] &+= line.amount.cents
                supportTouched[category] = true
                addMagnitude(line.amount.cents.magnitude)
                used += 1
            }
        }
    }

    public mutating func merge(_ other: FullCostTally) {
        rowsRead += other.rowsRead
        rowsInPeriod += other.rowsInPeriod
        used += other.used
        budgetRows += other.budgetRows
        periods.formUnion(other.periods)
        addMagnitude(other.magnitude)
        for (office, value) in other.offices { offices[office, default: (value.type, 0)].directCents &+= value.directCents }
        for i in supportCents.indices {
            supportCents[i] &+= other.supportCents[i]
            supportTouched[i] = supportTouched[i] || other.supportTouched[i]
        }
    }

    public func makeSink() -> Sink { Sink(tally: FullCostTally(period: period, sources: sources, vocabulary: vocabulary)) }

    /// The worker-local form: offices by the decoder's ids.
    public struct Sink: LedgerRowSink {
        var tally: FullCostTally
        var officeType: [OfficeType?] = []
        var direct: [Int] = []
        var lastPeriod: Period?

        public mutating func accept(_ row: LedgerRow) {
            tally.rowsRead += 1
            // Rows of one period come in runs: hash the period only when it changes.
            if row.period != lastPeriod {
                tally.periods.insert(row.period)
                lastPeriod = row.period
            }
            guard tally.period.contains(row.period) else { return }
            tally.rowsInPeriod += 1
            if row.basis == .budget { return tally.budgetRows += 1 }
            let id = Int(row.officeID)
            while officeType.count <= id {
                officeType.append(nil)
                direct.append(0)
            }
            officeType[id] = row.officeType
            let category = Int(row.category)
            if tally.vocabulary.isDirect[category] {
                direct[id] &+= row.amount.cents
                tally.addMagnitude(row.amount.cents.magnitude)
                tally.used += 1
            } else if row.officeType == .headquarters && tally.isSupportSource(Int(row.fundingSource)) {
                tally.supportCents[category] &+= row.amount.cents
                tally.supportTouched[category] = true
                tally.addMagnitude(row.amount.cents.magnitude)
                tally.used += 1
            }
        }

        public func output(names: LedgerNames) -> FullCostTally {
            var result = tally
            for (id, type) in officeType.enumerated() {
                guard let type else { continue }
                result.offices[names.offices[id], default: (type, 0)].directCents &+= direct[id]
            }
            return result
        }
    }
}

/// Why the full cost of the offices cannot be computed.
public enum FullCostError: Error, Hashable, Sendable, CustomStringConvertible {
    case periodNotInData(Period, available: [Period])
    /// The amounts add up beyond the exact range (a data error).
    case totalOutOfRange(MoneyTotalError)
    /// An office whose direct expenditure is negative cannot be a share of the support cost.
    case negativeDirectExpenditure(office: String, Money)
    /// There is support cost to share and no direct expenditure to share it by.
    case noDirectExpenditure(support: Money)
    /// A shares file's provider that is not a support unit of the period.
    case unknownProvider(String, line: Int, supportUnits: [String])
    /// A shares file's receiver that is not an office of the period.
    case unknownReceiver(String, line: Int, offices: [String])
    /// A support unit with a cost and no shares (or shares that are all zero) in the shares file.
    case noShares(supportUnit: String)

    public var description: String {
        switch self {
        case .totalOutOfRange(let e):
            return e.description
        case .periodNotInData(let p, let available):
            return LedgerPeriods.notInData(p, available: available)
        case .negativeDirectExpenditure(let office, let amount):
            return "the direct expenditure of \(office) is negative (\(amount.dollarsText) USD): support costs are shared by direct expenditure, which must not be negative"
        case .noDirectExpenditure(let support):
            return "support costs of \(support.dollarsText) USD and no direct expenditure to share them by"
        case .unknownProvider(let p, _, let units):
            return "invalid provider (found '\(p)', expected a support unit of the period: one of \(units.joined(separator: ", ")))"
        case .unknownReceiver(let r, _, let offices):
            return "invalid receiver (found '\(r)', expected an office of the period: one of \(offices.joined(separator: ", ")))"
        case .noShares(let unit):
            return "support unit \(unit) has a cost and no shares in the shares file: give it at least one positive share"
        }
    }

    /// The line of the shares file the error is on (0 when none).
    public var line: Int {
        switch self {
        case .unknownProvider(_, let line, _), .unknownReceiver(_, let line, _): return line
        default: return 0
        }
    }
}

/// The full cost of each office in a period (METHODOLOGY.md section 2): its direct expenditure
/// plus its share of the central services.
///
/// The support units are the indirect categories at headquarters (`cost_type` indirect in the
/// vocabulary; UNODC: central administration, executive direction, oversight); the operating
/// units are the offices. Each support unit's
/// cost is shared among the offices in proportion to their direct expenditure (the direct
/// method: the support units' services to each other are not modelled), each unit's split
/// rounded to the cent by largest remainder, so that the allocated column adds up exactly to
/// the support units' total.
public struct FullCost: Sendable {
    /// One office's full cost.
    public struct Row: Hashable, Sendable {
        public var office: String
        public var officeType: OfficeType
        public var direct: Money
        public var supportAllocated: Money
        /// `direct + supportAllocated`.
        public var fullCost: Money { direct + supportAllocated }
    }

    public var period: Period
    public var sources: Set<FundingSource>?
    /// The lists the ledger's codes come from.
    public var vocabulary: LedgerVocabulary
    /// `sources` in the vocabulary's order (`nil`: every source).
    public var sourcesInOrder: [FundingSource]? { sources.map { s in vocabulary.fundingSources.map(\.fundingSource).filter(s.contains) } }
    /// Whether the support units' costs were shared by a shares file (else by direct expenditure).
    public var bySharesFile = false
    /// Headquarters first, then the other offices alphabetically.
    public var rows: [Row]
    /// Each support unit (an indirect category) and its cost.
    public var supportUnits: [(category: FingovModel.Category, cost: Money)]
    /// The support units' total: what the allocated column adds up to.
    public var supportTotal: Money { supportUnits.map(\.cost).sum() }
    public var accounting: RowAccounting

    /// The full cost of the offices gathered in `tally`.
    ///
    /// - Parameter shares: when given, each support unit's cost is shared among the offices by
    ///   these shares (provider: a support unit's category, receiver: an office; a support unit's
    ///   shares are renormalised to sum to 1) instead of by direct expenditure.
    /// - Throws: `FullCostError` when no line falls in the period, when an office's direct
    ///   expenditure is negative, when there is support cost and nothing to share it by, or when
    ///   the shares name a support unit or an office the period does not have.
    public static func compute(_ tally: FullCostTally, shares: [ServiceShare]? = nil) throws(FullCostError) -> FullCost {
        guard tally.rowsInPeriod > 0 else { throw .periodNotInData(tally.period, available: tally.periods.sorted()) }
        do { try MoneyTotalError.check(tally.magnitude, "the direct expenditure and support costs of \(tally.period)") } catch { throw .totalOutOfRange(error) }
        let names = tally.offices.keys.sorted { a, b in
            let (ha, hb) = (tally.offices[a]!.type == .headquarters, tally.offices[b]!.type == .headquarters)
            return ha != hb ? ha : a < b
        }
        let direct = names.map { tally.offices[$0]!.directCents }
        if let i = direct.firstIndex(where: { $0 < 0 }) { throw .negativeDirectExpenditure(office: names[i], Money(cents: direct[i])) }
        var units: [(FingovModel.Category, Money)] = []
        for (i, entry) in tally.vocabulary.categories.enumerated() where tally.supportTouched[i] {
            let category = entry.category
            units.append((category, Money(cents: tally.supportCents[i])))
        }
        // Integer cents as doubles are exact below 2^53.
        let directWeights = direct.map(Double.init)
        var unitWeights: [FingovModel.Category: [Double]] = [:]
        if let shares {
            let unitNames = units.map(\.0.rawValue)
            for share in shares {
                guard let unit = units.first(where: { $0.0.rawValue == share.provider })?.0 else {
                    throw .unknownProvider(share.provider, line: share.line, supportUnits: unitNames)
                }
                guard let k = names.firstIndex(of: share.receiver) else { throw .unknownReceiver(share.receiver, line: share.line, offices: names) }
                unitWeights[unit, default: [Double](repeating: 0, count: names.count)][k] += share.share
            }
        }
        var allocated = [Money](repeating: .zero, count: names.count)
        for (unit, cost) in units where cost.cents != 0 {
            let weights = shares == nil ? directWeights : unitWeights[unit] ?? []
            guard weights.contains(where: { $0 > 0 }) else {
                if shares != nil { throw .noShares(supportUnit: unit.rawValue) }
                throw .noDirectExpenditure(support: units.map(\.1).sum())
            }
            for (k, part) in cost.apportioned(by: weights).enumerated() { allocated[k] += part }
        }
        let rows = names.indices.map { k in
            Row(office: names[k], officeType: tally.offices[names[k]]!.type, direct: Money(cents: direct[k]), supportAllocated: allocated[k])
        }
        var accounting = RowAccounting()
        accounting.rowsRead = tally.rowsRead
        accounting.used = tally.used
        if tally.rowsRead > tally.rowsInPeriod { accounting.exclude("outside \(tally.period)", count: tally.rowsRead - tally.rowsInPeriod) }
        if tally.budgetRows > 0 { accounting.exclude("budget lines", count: tally.budgetRows) }
        if tally.rowsInPeriod > tally.used + tally.budgetRows {
            accounting.exclude("indirect, in the field" + (tally.sources == nil ? "" : " or from other sources"), count: tally.rowsInPeriod - tally.used - tally.budgetRows)
        }
        return FullCost(period: tally.period, sources: tally.sources, vocabulary: tally.vocabulary, bySharesFile: shares != nil, rows: rows, supportUnits: units, accounting: accounting)
    }
}
