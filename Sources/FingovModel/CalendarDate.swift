/// A calendar date, written ISO 8601 `YYYY-MM-DD`, without time or time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date of the proleptic Gregorian calendar within `Period.plausibleYears`.
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        // Period.plausibleYears, spelled out for inlining.
        guard year >= 1945 && year <= 2100, month >= 1 && month <= 12,
              day >= 1 && day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
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
    ///
    /// Inlined into the decoders, and checked eight bytes at a time: the first eight bytes
    /// (`YYYY-MM-`) and the last eight (`YY-MM-DD`) are loaded as words, and every digit
    /// position is tested at once (a byte is a digit when its high nibble is 3 and adding 6
    /// keeps it so), with no branch per digit.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))                  // bytes 0-7
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 2, as: UInt64.self)) // bytes 2-9
        // Dashes at bytes 4 and 7; digits at 0-3 and 5-6 of `head`, and at 6-7 of `tail` (8-9).
        let dashes: UInt64 = 0xFF00_00FF_0000_0000
        guard head & dashes == 0x2D00_002D_0000_0000 else { return nil }
        let headDigits: UInt64 = 0x00FF_FF00_FFFF_FFFF, tailDigits: UInt64 = 0xFFFF_0000_0000_0000
        let nibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0, threes: UInt64 = 0x3030_3030_3030_3030, sixes: UInt64 = 0x0606_0606_0606_0606
        @inline(__always) func allDigits(_ word: UInt64, _ mask: UInt64) -> Bool {
            (word & nibbles & mask) == (threes & mask) && ((word &+ sixes) & nibbles & mask) == (threes & mask)
        }
        guard allDigits(head, headDigits) && allDigits(tail, tailDigits) else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int { Int(base[i] &- 48) }
        let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        return CalendarDate(year: y, month: digit(5) * 10 + digit(6), day: digit(8) * 10 + digit(9))
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
    @inlinable
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
