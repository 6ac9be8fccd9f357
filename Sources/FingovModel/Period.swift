/// A budget or scale period: one year (`2020`) or a run of consecutive years (`2020-2021`, a
/// biennium; `2019-2021`, a scale-of-assessments triennium).
///
/// A period contains each of its years, and a biennium's amount is the sum of its two years'.
public struct Period: Hashable, Comparable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    /// The first year.
    public let firstYear: Int
    /// The last year (equal to `firstYear` for a single year).
    public let lastYear: Int

    /// The years this library accepts: the UN's founding to the end of the century.
    public static let plausibleYears = 1945...2100

    /// A single year.
    public init?(year: Int) {
        guard Period.plausibleYears.contains(year) else { return nil }
        firstYear = year
        lastYear = year
    }

    /// Consecutive years from `firstYear` to `lastYear`, at most ten years long.
    public init?(firstYear: Int, lastYear: Int) {
        guard Period.plausibleYears.contains(firstYear), Period.plausibleYears.contains(lastYear),
              firstYear <= lastYear, lastYear - firstYear < 10 else { return nil }
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Parses `YYYY` or `YYYY-YYYY` (later year second); `nil` for anything else.
    public init?(rawValue: String) {
        var text = rawValue
        guard let period = text.withUTF8({ Period.parse($0) }) else { return nil }
        self = period
    }

    /// Parses `YYYY` or `YYYY-YYYY` (later year second) from UTF-8 bytes: the one period parser,
    /// used by the ledger decoder on the hot path and by `init?(rawValue:)`.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        @inline(__always) func year(_ at: Int) -> Int? {
            var value = 0
            for i in at..<(at + 4) {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        if bytes.count == 4, let y = year(0) { return Period(year: y) }
        if bytes.count == 9, bytes[4] == UInt8(ascii: "-"), let a = year(0), let b = year(5), b > a {
            return Period(firstYear: a, lastYear: b)
        }
        return nil
    }

    public var rawValue: String { firstYear == lastYear ? "\(firstYear)" : "\(firstYear)-\(lastYear)" }
    public var description: String { rawValue }

    /// The years of the period.
    public var years: ClosedRange<Int> { firstYear...lastYear }

    /// Whether `year` falls within the period.
    public func contains(_ year: Int) -> Bool { years.contains(year) }

    /// Whether every year of `other` falls within this period (a biennium contains its years).
    public func contains(_ other: Period) -> Bool { years.contains(other.firstYear) && years.contains(other.lastYear) }

    // Compared and hashed by their years, not through `rawValue` (the RawRepresentable default,
    // which would format strings on the hot path).
    public static func == (a: Period, b: Period) -> Bool { a.firstYear == b.firstYear && a.lastYear == b.lastYear }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(firstYear)
        hasher.combine(lastYear)
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstYear, a.lastYear) < (b.firstYear, b.lastYear)
    }
}
