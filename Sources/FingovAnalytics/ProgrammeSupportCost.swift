import FingovIngest
import FingovModel

/// PSC earned, set against PSC spent, for one group of the ledger.
public struct PSCRow: Hashable, Sendable, Codable {
    /// The fund, or `nil` for all funds.
    public var fundScope: Fund?
    /// The office type, or `nil` for headquarters and field together.
    public var officeScope: OfficeType?
    /// Special-purpose expenditure on direct-cost categories: what PSC is earned on.
    public var directExpenditure: Money
    /// The PSC earned on it, each line at its own rate, rounded half away from zero to the cent.
    public var pscEarned: Money
    /// Expenditure funded from PSC.
    public var pscExpenditure: Money

    /// The fund as the table spells it: `drug`, `crime`, `regular` or `all`.
    public var fund: String { fundScope?.rawValue ?? "all" }
    /// The office type as the table spells it: `headquarters`, `field` or `all`.
    public var officeType: String { officeScope?.rawValue ?? "all" }

    /// Earned minus spent.
    public var balance: Money { pscEarned - pscExpenditure }
    /// PSC as a rate on direct cost, in per cent (13 at the standard rate).
    public var rateOnDirectPercent: Double? {
        directExpenditure.cents == 0 ? nil : Double(pscEarned.cents) / Double(directExpenditure.cents) * 100
    }
    /// PSC as a share of the gross amount (direct plus PSC), in per cent (13/113 = 11.5 at 13).
    public var shareOfGrossPercent: Double? {
        let gross = directExpenditure.cents + pscEarned.cents
        return gross == 0 ? nil : Double(pscEarned.cents) / Double(gross) * 100
    }
}

/// PSC earned and spent, gathered line by line: the accumulator behind `PSCAnalysis`.
///
/// Each used line is added to its fund and office type, to its fund over both office types, to
/// its office type over all funds, and to the total: twelve groups held in arrays indexed by
/// `(fund or all) * 3 + (office type or all)`. It needs no names, so it is its own worker-local
/// form.
public struct PSCTally: LedgerAccumulator, LedgerRowSink {
    /// Keep lines within this period (`nil`: every line).
    public let period: Period?
    /// The standard rate in basis points (1300 = 13 per cent).
    public let standardRateBasisPoints: Int
    var direct = [Int](repeating: 0, count: 12)
    var earned = [Int](repeating: 0, count: 12)
    var spent = [Int](repeating: 0, count: 12)
    var touched = [Bool](repeating: false, count: 12)
    /// The first group whose sum passed `Int.max` cents, if any (`PSCAnalysis.init` throws it).
    var overflowGroup: Int?
    var rowsRead = 0, used = 0
    /// Every period met, in the order first met.
    public private(set) var periods: [Period] = []
    var lastPeriod: Period?
    /// Rows left out, by `Reason`, and the reasons in the order first met.
    var excluded = [0, 0, 0]
    var reasonOrder: [Reason] = []

    enum Reason: Int { case outsidePeriod, notPSCRelated, budget }

    public init(period: Period?, standardRateBasisPoints: Int = 1300) {
        self.period = period
        self.standardRateBasisPoints = standardRateBasisPoints
    }

    /// Rows whose period lies within `period` (used or not).
    public var rowsInPeriod: Int { rowsRead - excluded[Reason.outsidePeriod.rawValue] }

    /// Every row accounted for.
    public var accounting: RowAccounting {
        var a = RowAccounting()
        a.rowsRead = rowsRead
        a.used = used
        for reason in reasonOrder {
            switch reason {
            case .outsidePeriod: a.exclude("outside \(period.map(\.rawValue) ?? "")", count: excluded[reason.rawValue])
            case .notPSCRelated: a.exclude("neither special-purpose direct nor PSC-funded", count: excluded[reason.rawValue])
            case .budget: a.exclude("budget lines", count: excluded[reason.rawValue])
            }
        }
        return a
    }

    public mutating func add(_ line: LedgerLine) {
        add(period: line.period, fund: line.fund, source: line.fundingSource, officeType: line.officeType, category: line.category,
            cents: line.basis == .budget ? nil : line.amount.cents, rateBasisPoints: line.pscRateBasisPoints)
    }

    public mutating func accept(_ row: LedgerRow) {
        add(period: row.period, fund: row.fund, source: row.fundingSource, officeType: row.officeType, category: row.category,
            cents: row.basis == .budget ? nil : row.amount.cents, rateBasisPoints: row.pscRateBasisPoints)
    }

    public func makeSink() -> PSCTally { PSCTally(period: period, standardRateBasisPoints: standardRateBasisPoints) }

    public func output(names: LedgerNames) -> PSCTally { self }

    @inline(__always)
    mutating func add(period linePeriod: Period, fund: Fund, source: FundingSource, officeType: OfficeType, category: FingovModel.Category,
                      cents: Int?, rateBasisPoints: Int?) {
        rowsRead += 1
        if linePeriod != lastPeriod {
            if !periods.contains(linePeriod) { periods.append(linePeriod) }
            lastPeriod = linePeriod
        }
        if let period, !period.contains(linePeriod) { return exclude(.outsidePeriod) }
        guard let cents else { return exclude(.budget) }
        var d = 0, e = 0, s = 0
        switch source {
        case .specialPurpose where category.costType == .direct:
            d = cents
            e = PSCAnalysis.pscEarned(on: Money(cents: cents), basisPoints: rateBasisPoints ?? standardRateBasisPoints).cents
        case .programmeSupportCost:
            s = cents
        default:
            return exclude(.notPSCRelated)
        }
        used += 1
        let o = officeType == .headquarters ? 0 : 1
        @inline(__always) func addTo(_ group: Int) {
            let (dg, o1) = direct[group].addingReportingOverflow(d)
            let (eg, o2) = earned[group].addingReportingOverflow(e)
            let (sg, o3) = spent[group].addingReportingOverflow(s)
            (direct[group], earned[group], spent[group]) = (dg, eg, sg)
            touched[group] = true
            if (o1 || o2 || o3) && overflowGroup == nil { overflowGroup = group }
        }
        addTo(fund.ordinal * 3 + o)
        addTo(fund.ordinal * 3 + 2)
        addTo(9 + o)
        addTo(11)
    }

    mutating func exclude(_ reason: Reason) {
        if excluded[reason.rawValue] == 0 && !reasonOrder.contains(reason) { reasonOrder.append(reason) }
        excluded[reason.rawValue] += 1
    }

    public mutating func merge(_ other: PSCTally) {
        if overflowGroup == nil { overflowGroup = other.overflowGroup }
        for g in 0..<12 {
            let (dg, o1) = direct[g].addingReportingOverflow(other.direct[g])
            let (eg, o2) = earned[g].addingReportingOverflow(other.earned[g])
            let (sg, o3) = spent[g].addingReportingOverflow(other.spent[g])
            (direct[g], earned[g], spent[g]) = (dg, eg, sg)
            touched[g] = touched[g] || other.touched[g]
            if (o1 || o2 || o3) && overflowGroup == nil { overflowGroup = g }
        }
        rowsRead += other.rowsRead
        used += other.used
        for p in other.periods where !periods.contains(p) { periods.append(p) }
        for reason in other.reasonOrder where !reasonOrder.contains(reason) { reasonOrder.append(reason) }
        for i in excluded.indices { excluded[i] += other.excluded[i] }
    }

    /// Each fund by office type, then each fund, each office type, and the total; only groups
    /// with a used line, but always the total.
    var rows: [PSCRow] {
        var rows: [PSCRow] = []
        let funds: [Fund?] = Fund.allCases + [nil], offices: [OfficeType?] = OfficeType.allCases + [nil]
        for (f, fund) in funds.enumerated() {
            for (o, office) in offices.enumerated() where touched[f * 3 + o] || (fund == nil && office == nil) {
                rows.append(PSCRow(fundScope: fund, officeScope: office, directExpenditure: Money(cents: direct[f * 3 + o]),
                                   pscEarned: Money(cents: earned[f * 3 + o]), pscExpenditure: Money(cents: spent[f * 3 + o])))
            }
        }
        return rows
    }
}

/// Programme support cost earned from special-purpose direct expenditure and used by PSC-funded
/// expenditure, by fund and by headquarters and field (METHODOLOGY.md section 2).
///
/// PSC is earned on expenditure, not on contributions: `psc = rate * direct expenditure`. A line
/// with its own `psc_rate_percent` uses it; the others use the standard rate.
public struct PSCAnalysis: Sendable {
    public var period: Period?
    /// The standard rate in basis points (1300 = 13 per cent).
    public var standardRateBasisPoints: Int
    /// Each fund by office type, then each fund, each office type, and the total (`all`, `all`).
    public var rows: [PSCRow]
    public var accounting: RowAccounting

    /// The total row.
    public var total: PSCRow { rows.last! }

    /// The analysis of the lines gathered in `tally`.
    ///
    /// - Throws: `MoneyTotalError` naming the group when a total of direct expenditure, PSC
    ///   earned or PSC spent reaches 2^53 cents in magnitude (or passed `Int.max` while adding).
    public init(_ tally: PSCTally) throws(MoneyTotalError) {
        func label(_ g: Int) -> String {
            let funds = Fund.allCases.map(\.rawValue) + ["all"], offices = OfficeType.allCases.map(\.rawValue) + ["all"]
            return "fund \(funds[g / 3]), office_type \(offices[g % 3])\(tally.period.map { " in \($0.rawValue)" } ?? "")"
        }
        if let g = tally.overflowGroup { throw MoneyTotalError(group: "the PSC amounts of \(label(g))", reached: nil) }
        for g in 0..<12 {
            try MoneyTotalError.check(tally.direct[g].magnitude, "the amounts of special-purpose direct expenditure of \(label(g))")
            try MoneyTotalError.check(tally.earned[g].magnitude, "the amounts of PSC earned of \(label(g))")
            try MoneyTotalError.check(tally.spent[g].magnitude, "the amounts of PSC expenditure of \(label(g))")
        }
        period = tally.period
        standardRateBasisPoints = tally.standardRateBasisPoints
        rows = tally.rows
        accounting = tally.accounting
    }

    /// `amount * basisPoints / 10 000`, rounded half away from zero to the cent, in integers
    /// (the product in double width, so that any amount at a rate up to 100 per cent is exact).
    ///
    /// - Precondition: `basisPoints` is from 0 to 10 000.
    public static func pscEarned(on amount: Money, basisPoints: Int) -> Money {
        precondition((0...10_000).contains(basisPoints), "a PSC rate of \(basisPoints) basis points is outside 0 to 10 000")
        let (q, r) = 10_000.dividingFullWidth(amount.cents.multipliedFullWidth(by: basisPoints))
        // The remainder takes the sign of the product.
        return Money(cents: 2 * abs(r) >= 10_000 ? q + (r < 0 ? -1 : 1) : q)
    }
}
