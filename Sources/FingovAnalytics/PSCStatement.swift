import FingovIngest
import FingovModel

/// PSC earned, PSC spent by use, and direct expenditure by rate, per period of the ledger: the
/// accumulator behind `PSCStatement`.
///
/// PSC is income of each fund's PSC account, so earned PSC is kept by period and fund only, never
/// by office. PSC spent is kept by fund, and by office type and category (its use). Every period
/// of the ledger is kept, shown or not, because each period opens with the previous closing.
/// It needs no names, so it is its own worker-local form. Which lines earn and which spend PSC
/// comes from the vocabulary: special-purpose (`SP`) lines on a category whose `cost_type` is
/// direct earn it, `PSC` lines spend it.
public struct PSCStatementTally: LedgerAccumulator, LedgerRowSink {
    /// The standard rate in basis points (1300 = 13 per cent).
    public let standardRateBasisPoints: Int
    /// The lists the ledger's codes come from.
    public let vocabulary: LedgerVocabulary
    /// Every period met, in the order first met, and what each holds (same index).
    public private(set) var periods: [Period] = []
    var parts: [Part] = []
    var lastPeriod = -1

    /// What one period of the ledger holds.
    struct Part: Sendable {
        var rows = 0, used = 0, budgetRows = 0
        /// By the fund's position in the vocabulary.
        var earned: [Int], spent: [Int]
        /// PSC spent by office type (headquarters 0, field 1) * category count + the category's position.
        var spentByUse: [Int]
        /// By rate in basis points: direct expenditure, PSC earned, PSC at the standard rate.
        var rates: [(basisPoints: Int, direct: Int, earned: Int, atStandard: Int)] = []
        /// The sum of the magnitudes of the amounts used (nil: past `UInt.max`): it bounds every
        /// sum above, which wrap and are read only once `PSCStatement.compute` has checked it.
        var magnitude: UInt? = 0

        init(funds: Int, categories: Int) {
            earned = [Int](repeating: 0, count: funds)
            spent = earned
            spentByUse = [Int](repeating: 0, count: 2 * categories)
        }

        mutating func addMagnitude(_ m: UInt?) { magnitude = MoneyTotalError.adding(magnitude, m) }

        mutating func merge(_ other: Part) {
            addMagnitude(other.magnitude)
            rows += other.rows
            used += other.used
            budgetRows += other.budgetRows
            for f in earned.indices {
                earned[f] &+= other.earned[f]
                spent[f] &+= other.spent[f]
            }
            for u in spentByUse.indices { spentByUse[u] &+= other.spentByUse[u] }
            for r in other.rates { addRate(r.basisPoints, direct: r.direct, earned: r.earned, atStandard: r.atStandard) }
        }

        mutating func addRate(_ basisPoints: Int, direct: Int, earned: Int, atStandard: Int) {
            if let i = rates.firstIndex(where: { $0.basisPoints == basisPoints }) {
                rates[i].direct &+= direct
                rates[i].earned &+= earned
                rates[i].atStandard &+= atStandard
            } else {
                rates.append((basisPoints, direct, earned, atStandard))
            }
        }
    }

    /// An empty tally of a ledger with the codes of `vocabulary`.
    public init(standardRateBasisPoints: Int = 1300, vocabulary: LedgerVocabulary) {
        self.standardRateBasisPoints = standardRateBasisPoints
        self.vocabulary = vocabulary
    }

    /// Rows read.
    public var rowsRead: Int { parts.map(\.rows).reduce(0, +) }

    public mutating func add(_ line: LedgerLine) {
        guard let fund = vocabulary.index(of: line.fund), let source = vocabulary.index(of: line.fundingSource),
              let category = vocabulary.index(of: line.category) else {
            preconditionFailure("a ledger line with codes the vocabulary does not have: \(line.fund), \(line.fundingSource), \(line.category)")
        }
        add(period: line.period, fund: fund, source: source, officeType: line.officeType, category: category,
            cents: line.amount.cents, rateBasisPoints: line.pscRateBasisPoints, basis: line.basis)
    }

    public mutating func accept(_ row: LedgerRow) {
        add(period: row.period, fund: Int(row.fund), source: Int(row.fundingSource), officeType: row.officeType, category: Int(row.category),
            cents: row.amount.cents, rateBasisPoints: row.pscRateBasisPoints, basis: row.basis)
    }

    public func makeSink() -> PSCStatementTally { PSCStatementTally(standardRateBasisPoints: standardRateBasisPoints, vocabulary: vocabulary) }

    public func output(names: LedgerNames) -> PSCStatementTally { self }

    @inline(__always)
    mutating func add(period linePeriod: Period, fund: Int, source: Int, officeType: OfficeType, category: Int,
                      cents: Int, rateBasisPoints: Int?, basis: Basis) {
        var p = lastPeriod
        if p < 0 || periods[p] != linePeriod {
            if let i = periods.firstIndex(of: linePeriod) { p = i } else {
                p = periods.count
                periods.append(linePeriod)
                parts.append(Part(funds: vocabulary.funds.count, categories: vocabulary.categories.count))
            }
            lastPeriod = p
        }
        parts[p].rows += 1
        // PSC is earned and spent on expenditure: budget lines do not count.
        if basis == .budget {
            parts[p].budgetRows += 1
            return
        }
        if source == vocabulary.specialPurposeSource && vocabulary.isDirect[category] {
            let rate = rateBasisPoints ?? standardRateBasisPoints
            let earned = PSCStatement.pscEarned(on: Money(cents: cents), basisPoints: rate).cents
            let atStandard = rate == standardRateBasisPoints ? earned : PSCStatement.pscEarned(on: Money(cents: cents), basisPoints: standardRateBasisPoints).cents
            parts[p].earned[fund] &+= earned
            parts[p].addRate(rate, direct: cents, earned: earned, atStandard: atStandard)
            // Earned at any rate up to 100 % is at most the amount, rounding included.
            parts[p].addMagnitude(cents.magnitude)
        } else if source == vocabulary.pscSource {
            parts[p].spent[fund] &+= cents
            parts[p].spentByUse[(officeType == .headquarters ? 0 : vocabulary.categories.count) + category] &+= cents
            parts[p].addMagnitude(cents.magnitude)
        } else {
            return
        }
        parts[p].used += 1
    }

    public mutating func merge(_ other: PSCStatementTally) {
        for (period, part) in zip(other.periods, other.parts) {
            if let i = periods.firstIndex(of: period) { parts[i].merge(part) } else {
                periods.append(period)
                parts.append(part)
            }
        }
        lastPeriod = -1
    }
}

/// The PSC fund statement, the use of PSC and the cost of reduced rates, per period
/// (METHODOLOGY.md section 2).
///
/// For each fund and period: `closing = opening + earned - spent`, exact to the cent, and each
/// period opens with the previous period's closing, whether that period is shown or not; the
/// first period of the ledger opens with the opening balance given. PSC is earned on
/// special-purpose expenditure on direct-cost categories, each line at its own rate or the
/// standard rate, rounded half away from zero to the cent line by line.
public struct PSCStatement: Sendable {
    /// One fund's PSC account in one period.
    public struct FundRow: Hashable, Sendable {
        public var period: Period
        /// The fund, or `nil` for the funds together.
        public var fund: Fund?
        public var opening: Money
        public var earned: Money
        public var spent: Money
        /// `opening + earned - spent`.
        public var closing: Money { opening + earned - spent }
        /// The fund as the table spells it: its code (`drug`, `crime`), or `all`.
        public var fundName: String { fund?.rawValue ?? "all" }
    }

    /// PSC spent on one use, at headquarters or in the field, in one period.
    public struct UseRow: Hashable, Sendable {
        public var period: Period
        public var officeType: OfficeType
        public var category: FingovModel.Category
        /// The group the category rolls up into (`categories.csv`).
        public var group: CategoryGroup
        public var spent: Money
        /// The share of the period's PSC spent, in per cent; `nil` when that is zero.
        public var sharePercent: Double?
    }

    /// Direct expenditure earning PSC at one rate, in one period.
    public struct RateRow: Hashable, Sendable {
        public var period: Period
        public var rateBasisPoints: Int
        public var directExpenditure: Money
        public var earned: Money
        /// What the same lines would have earned at the standard rate, each rounded to the cent.
        public var earnedAtStandardRate: Money
        /// The cost of the reduced rate: what the standard rate would have earned minus what was earned.
        public var costOfReducedRate: Money { earnedAtStandardRate - earned }
    }

    /// The lists the ledger's codes come from.
    public var vocabulary: LedgerVocabulary
    /// The periods shown, in order.
    public var periods: [Period]
    /// The standard rate in basis points.
    public var standardRateBasisPoints: Int
    /// Per period: each fund with a PSC account (UNODC: drug programme, crime programme), then all together.
    public var funds: [FundRow]
    /// Per period: headquarters then field, each use in vocabulary order (uses with no PSC spent left out).
    public var uses: [UseRow]
    /// Per period: each rate met, ascending.
    public var rates: [RateRow]
    public var accounting: RowAccounting


    /// The statement of the periods chosen.
    ///
    /// - Parameters:
    ///   - choice: one period (its lines are those within it), `all` (each period of the ledger
    ///     on its own), or `nil` for the default period (`LedgerPeriods.defaultPeriod(of:)`).
    ///   - openingBalances: each fund's balance at the opening of the ledger's first period
    ///     (zero when absent).
    /// - Throws: `SummaryError.periodNotInData` when no line falls in the period chosen;
    ///   `.totalOutOfRange` when the PSC amounts of the ledger (with the opening balances) could
    ///   add up beyond 2^53 - 1 cents, checked before any sum is used.
    public static func compute(_ tally: PSCStatementTally, period choice: PeriodChoice?,
                               openingBalances: [Fund: Money] = [:]) throws(SummaryError) -> PSCStatement {
        var bound = PSCStatementTally.Part(funds: 0, categories: 0)
        for part in tally.parts { bound.addMagnitude(part.magnitude) }
        for (_, opening) in openingBalances { bound.addMagnitude(opening.cents.magnitude) }
        do { try MoneyTotalError.check(bound.magnitude, "the PSC amounts of the ledger (special-purpose direct expenditure, PSC spent and opening balances)") } catch {
            throw .totalOutOfRange(error)
        }
        let ledgerPeriods = Array(Set(tally.periods)).sorted()
        // PSC counts actual lines only: the periods that hold some.
        let actual = Set(zip(tally.periods, tally.parts).filter { $0.1.rows > $0.1.budgetRows }.map(\.0))
        let shown: [Period]
        switch choice {
        case .all:
            // Each period with actual lines on its own; a year inside a biennium that has actual
            // lines of its own is part of that biennium's row, so that no line is in two rows.
            shown = actual.filter { p in !actual.contains { $0 != p && $0.contains(p) } }.sorted()
        case .period(let p):
            guard ledgerPeriods.contains(where: { p.contains($0) }) else { throw .periodNotInData(p, available: ledgerPeriods) }
            shown = [p]
        case nil:
            // The default period must hold actual lines.
            shown = LedgerPeriods.defaultPeriod(of: ledgerPeriods, containing: actual).map { [$0] } ?? []
        }
        let parts = tally.parts, linePeriods = tally.periods
        func sum(_ include: (Period) -> Bool, _ value: (PSCStatementTally.Part) -> Int) -> Int {
            zip(linePeriods, parts).reduce(0) { include($1.0) ? $0 + value($1.1) : $0 }
        }
        var funds: [FundRow] = [], uses: [UseRow] = [], rates: [RateRow] = []
        var accounting = RowAccounting()
        accounting.rowsRead = tally.rowsRead
        var rowsShown = 0, budgetRowsShown = 0
        let vocabulary = tally.vocabulary, categories = vocabulary.categories.map(\.category)
        for d in shown {
            let inside = { (p: Period) in d.contains(p) }, before = { (p: Period) in p.lastYear < d.firstYear }
            var all = FundRow(period: d, fund: nil, opening: .zero, earned: .zero, spent: .zero)
            for f in vocabulary.pscFundIndices {
                let fund = vocabulary.funds[f].fund
                let row = FundRow(period: d, fund: fund,
                                  opening: (openingBalances[fund] ?? .zero) + Money(cents: sum(before) { $0.earned[f] - $0.spent[f] }),
                                  earned: Money(cents: sum(inside) { $0.earned[f] }), spent: Money(cents: sum(inside) { $0.spent[f] }))
                funds.append(row)
                all.opening += row.opening
                all.earned += row.earned
                all.spent += row.spent
            }
            funds.append(all)
            for (t, type) in OfficeType.allCases.enumerated() {
                for (c, category) in categories.enumerated() {
                    let spent = sum(inside) { $0.spentByUse[t * categories.count + c] }
                    guard spent != 0 else { continue }
                    uses.append(UseRow(period: d, officeType: type, category: category, group: vocabulary.categories[c].group, spent: Money(cents: spent),
                                       sharePercent: all.spent.cents == 0 ? nil : Double(spent) / Double(all.spent.cents) * 100))
                }
            }
            var byRate: [Int: (Int, Int, Int)] = [:]
            for (p, part) in zip(linePeriods, parts) where inside(p) {
                for r in part.rates {
                    let old = byRate[r.basisPoints] ?? (0, 0, 0)
                    byRate[r.basisPoints] = (old.0 + r.direct, old.1 + r.earned, old.2 + r.atStandard)
                }
            }
            for (rate, r) in byRate.sorted(by: { $0.key < $1.key }) {
                rates.append(RateRow(period: d, rateBasisPoints: rate, directExpenditure: Money(cents: r.0), earned: Money(cents: r.1),
                                     earnedAtStandardRate: Money(cents: r.2)))
            }
        }
        // Each line once: in the row of the shown period that holds it, if any (the shown
        // periods of `all` do not overlap); a period of budget lines only is left out for them.
        var budgetOnly = 0
        for (p, part) in zip(linePeriods, parts) {
            if shown.contains(where: { $0.contains(p) }) {
                accounting.used += part.used
                rowsShown += part.rows
                budgetRowsShown += part.budgetRows
            } else if choice == .all && part.rows == part.budgetRows {
                budgetOnly += part.rows
            }
        }
        budgetRowsShown += budgetOnly
        rowsShown += budgetOnly
        let outside = accounting.rowsRead - rowsShown
        if outside > 0 { accounting.exclude("outside " + (shown.isEmpty ? "every period" : shown.map(\.rawValue).joined(separator: ", ")), count: outside) }
        if budgetRowsShown > 0 { accounting.exclude("budget lines", count: budgetRowsShown) }
        let unused = rowsShown - accounting.used - budgetRowsShown
        if unused > 0 { accounting.exclude("neither special-purpose direct nor PSC-funded", count: unused) }
        return PSCStatement(vocabulary: vocabulary, periods: shown, standardRateBasisPoints: tally.standardRateBasisPoints, funds: funds, uses: uses, rates: rates,
                            accounting: accounting)
    }
}

extension PSCStatement {
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
