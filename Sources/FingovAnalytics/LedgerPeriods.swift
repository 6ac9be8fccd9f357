import FingovModel

/// The periods of a ledger a command covers: one period, or every line.
public enum PeriodChoice: Hashable, Sendable, CustomStringConvertible {
    /// Every line of the ledger, whatever its period (`--period all`).
    case all
    /// The lines within one year or biennium.
    case period(Period)

    /// `all`, or a year `YYYY` or a biennium `YYYY-YYYY`; `nil` otherwise.
    public init?(rawValue: String) {
        if rawValue == "all" { self = .all } else if let p = Period(rawValue: rawValue) { self = .period(p) } else { return nil }
    }

    /// The period, or `nil` for every line.
    public var period: Period? {
        if case .period(let p) = self { return p }
        return nil
    }

    /// `all`, or the period as the ledger spells it.
    public var description: String { period?.rawValue ?? "all" }
}

/// Which periods of a ledger a summary covers when the user names only some of them.
public enum LedgerPeriods {
    /// The message for a period in which no ledger line falls, with the periods there are (the
    /// summary's and the full cost's errors say it alike).
    static func notInData(_ period: Period, available: [Period]) -> String {
        "no ledger lines fall in \(period) (the ledger has \(available.map(\.rawValue).joined(separator: ", ")))"
    }

    /// The period a command covers when none is named: the latest biennium when the ledger has
    /// biennium lines, else the latest year; `nil` for an empty ledger. "Latest" is the one that
    /// ends last (of two ending together, the one that starts last).
    ///
    /// - Parameter periods: the periods the ledger's lines carry.
    ///
    /// - Parameter linePeriods: when given, only the periods that contain one of these (the
    ///   periods of the lines that count, such as the actual lines) are candidates, so that a
    ///   biennium holding only its budget is not the default of a summary of actuals.
    public static func defaultPeriod(of periods: some Sequence<Period>, containing linePeriods: Set<Period>? = nil) -> Period? {
        let all = Array(periods).filter { p in linePeriods.map { lines in lines.contains { p.contains($0) } } ?? true }
        let bienniums = all.filter { $0.firstYear != $0.lastYear }
        return (bienniums.isEmpty ? all : bienniums).max { ($0.lastYear, $0.firstYear) < ($1.lastYear, $1.firstYear) }
    }

    /// The period a command covers: the one named, `nil` (every line) for `all`, else the
    /// default (`defaultPeriod(of:)`).
    public static func resolve(_ choice: PeriodChoice?, periods: some Sequence<Period>, containing linePeriods: Set<Period>? = nil) -> Period? {
        switch choice {
        case .all: return nil
        case .period(let p): return p
        case nil: return defaultPeriod(of: periods, containing: linePeriods)
        }
    }

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
