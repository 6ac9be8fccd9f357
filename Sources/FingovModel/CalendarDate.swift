/// A calendar date, written ISO 8601 `YYYY-MM-DD`, without time or time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date of the proleptic Gregorian calendar within `Period.plausibleYears`.
    public init?(year: Int, month: Int, day: Int) {
        guard Period.plausibleYears.contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` for any other form or an impossible date.
    public init?(rawValue: String) {
        var text = rawValue
        guard let date = text.withUTF8({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes: the one date parser, used by the roster decoder on
    /// the hot path and by `init?(rawValue:)`.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        @inline(__always) func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for i in from..<to {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    public var rawValue: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { rawValue }

    // Compared and hashed by their fields, not through `rawValue`.
    public static func == (a: CalendarDate, b: CalendarDate) -> Bool { a.year == b.year && a.month == b.month && a.day == b.day }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate {
    /// The day before this one.
    public var dayBefore: CalendarDate {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1)! }
        if month > 1 { return CalendarDate(year: year, month: month - 1, day: CalendarDate.daysIn(month: month - 1, year: year))! }
        return CalendarDate(year: year - 1, month: 12, day: 31) ?? self
    }
}
