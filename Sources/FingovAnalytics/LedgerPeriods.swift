import FingovModel

/// Which periods of a ledger a summary covers when the user names only some of them.
public enum LedgerPeriods {
    /// The period compared with `compare` when only the comparison period is given: the period
    /// as long as `compare` that ends with the ledger's last year (`--compare 2018-2019` on a
    /// 2018-2021 ledger gives 2020-2021); `nil` for an empty ledger.
    ///
    /// - Parameters:
    ///   - compare: the comparison period the user gave.
    ///   - periods: the periods the ledger's lines carry.
    public static func period(comparedWith compare: Period, periods: some Sequence<Period>) -> Period? {
        guard let lastYear = periods.map(\.lastYear).max() else { return nil }
        return Period(firstYear: lastYear - (compare.lastYear - compare.firstYear), lastYear: lastYear)
    }
}
