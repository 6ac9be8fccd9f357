import FingovIngest

/// An exact amount of US dollars, held as integer cents.
///
/// Amounts are never binary floating point: `0.1 + 0.2` dollars is exactly 30 cents. Where the
/// numerics layer needs `Double`, integer cents convert exactly while their magnitude stays
/// below 2^53 (about 90 trillion dollars), which `doubleCents` checks.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in cents.
    public var cents: Int

    /// An amount of `cents` cents.
    public init(cents: Int) { self.cents = cents }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    /// The largest magnitude, in cents, that converts to and sums in `Double` exactly: 2^53.
    public static let exactDoubleLimit = 1 << 53

    /// Parses a plain decimal amount of dollars: `1234.5`, `-0.25`, `806072300`.
    ///
    /// Accepted: an optional sign, digits, and up to two decimals. Rejected with a reason:
    /// empty text, thousands separators, currency signs, exponents, more than two decimals.
    public init(parsing text: String) throws(MoneyParseError) {
        var text = text
        let result = text.withUTF8 { Money.cents(parsing: $0) }
        switch result {
        case .success(let cents): self.cents = cents
        case .failure(let failure): throw MoneyParseError(text: text, reason: failure.reason)
        }
    }

    /// Parses the UTF-8 bytes of an amount of dollars into cents, without making a `String`
    /// (the ledger's hot path); see `init(parsing:)` for the rules.
    @inlinable
    public static func cents(parsing bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, MoneyParseFailure> {
        let n = bytes.count
        // The common form first, `[-]digits.dd`, without testing each byte for the point.
        if n >= 4 && n <= 18 && bytes[n - 3] == UInt8(ascii: ".") {
            let negative = bytes[0] == UInt8(ascii: "-")
            var i = negative ? 1 : 0
            if i < n - 3 {
                var whole = 0, valid = true
                while i < n - 3 {
                    let digit = Int(bytes[i]) &- 48
                    if digit < 0 || digit > 9 { valid = false; break }
                    whole = whole * 10 + digit
                    i += 1
                }
                let d1 = Int(bytes[n - 2]) &- 48, d2 = Int(bytes[n - 1]) &- 48
                if valid && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 {
                    let cents = whole * 100 + d1 * 10 + d2
                    return .success(negative ? -cents : cents)
                }
            }
        }
        var p = 0
        guard n > 0 else { return .failure(.empty) }
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            p = 1
        }
        var whole = 0, fraction = 0, fractionDigits = 0, wholeDigits = 0
        var seenPoint = false
        while p < n {
            let byte = bytes[p]
            p += 1
            if byte == UInt8(ascii: ".") {
                if seenPoint { return .failure(.twoPoints) }
                seenPoint = true
                continue
            }
            let digit = Int(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return .failure(.notANumber) }
            if seenPoint {
                fractionDigits += 1
                if fractionDigits > 2 { return .failure(.tooManyDecimals) }
                fraction = fraction * 10 + digit
            } else {
                wholeDigits += 1
                if wholeDigits > 15 { return .failure(.tooLarge) }
                whole = whole * 10 + digit
            }
        }
        if wholeDigits + fractionDigits == 0 { return .failure(.noDigits) }
        if fractionDigits == 1 { fraction *= 10 }
        let cents = whole * 100 + fraction
        return .success(negative ? -cents : cents)
    }

    /// Parses an amount of dollars whose decimal mark is as `decimalMark` says: with
    /// `.point`, as `cents(parsing:)`; with `.comma`, a decimal comma and optionally a dot
    /// between each group of three digits of the dollars (`1234,56`, `1.234,56`, `-0,5`,
    /// `1.234`); with `.pointOrComma`, whichever of the two reads the text. No text reads in
    /// both with different values (a point form has at most two digits after its one point,
    /// a dot between thousands exactly three), so the choice is never a guess. Exact, as ever:
    /// digits are read into integer cents.
    @inlinable
    public static func cents(parsing bytes: UnsafeBufferPointer<UInt8>, decimalMark: DecimalMark) -> Result<Int, MoneyParseFailure> {
        switch decimalMark {
        case .point: return cents(parsing: bytes)
        case .comma: return cents(parsingDecimalComma: bytes)
        case .pointOrComma:
            let point = cents(parsing: bytes)
            guard case .failure = point else { return point }
            let comma = cents(parsingDecimalComma: bytes)
            if case .success = comma { return comma }
            // Explain with the form the text was written in.
            return bytes.contains(UInt8(ascii: ",")) ? comma : point
        }
    }

    /// Parses `[sign]digits[,d[d]]` with optional dots between groups of three digits.
    @usableFromInline
    static func cents(parsingDecimalComma bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, MoneyParseFailure> {
        let n = bytes.count
        guard n > 0 else { return .failure(.empty) }
        var p = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            p = 1
        }
        var whole = 0, wholeDigits = 0, group = 0, fraction = 0, fractionDigits = 0
        var seenDot = false, seenComma = false
        while p < n {
            let byte = bytes[p]
            p += 1
            if byte == UInt8(ascii: ".") {
                // A thousands separator: after one to three digits, then after exactly three.
                if seenComma || group == 0 || (seenDot ? group != 3 : group > 3) { return .failure(.misplacedThousands) }
                seenDot = true
                group = 0
                continue
            }
            if byte == UInt8(ascii: ",") {
                if seenComma { return .failure(.twoCommas) }
                if seenDot && group != 3 { return .failure(.misplacedThousands) }
                seenComma = true
                continue
            }
            let digit = Int(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return .failure(.notADecimalCommaNumber) }
            if seenComma {
                fractionDigits += 1
                if fractionDigits > 2 { return .failure(.tooManyDecimals) }
                fraction = fraction * 10 + digit
            } else {
                wholeDigits += 1
                group += 1
                if wholeDigits > 15 { return .failure(.tooLarge) }
                whole = whole * 10 + digit
            }
        }
        if seenDot && !seenComma && group != 3 { return .failure(.misplacedThousands) }
        if wholeDigits + fractionDigits == 0 { return .failure(.noDigits) }
        if fractionDigits == 1 { fraction *= 10 }
        let cents = whole * 100 + fraction
        return .success(negative ? -cents : cents)
    }

    /// The amount in dollars as exact plain text with two decimals: `1234.50`, `-0.25`.
    public var dollarsText: String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        let sign = cents < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { dollarsText }

    /// The cents as a `Double`, exact because the magnitude is checked against 2^53.
    public var doubleCents: Double {
        precondition(cents.magnitude < UInt(Money.exactDoubleLimit),
                     "\(cents) cents is beyond 2^53 and would not convert to Double exactly")
        return Double(cents)
    }

    /// The amount in thousands of dollars, rounded half away from zero to `decimals` places, as
    /// an integer count of those units (for one decimal: tenths of a thousand, i.e. hundreds).
    public func roundedThousands(decimals: Int) -> (units: Int, decimals: Int) {
        var divisor = 100_000 // cents per thousand dollars
        for _ in 0..<decimals { divisor /= 10 }
        let q = cents / divisor, r = cents % divisor
        let units = 2 * r.magnitude >= UInt(divisor) ? q + (cents < 0 ? -1 : 1) : q
        return (units, decimals)
    }

    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static func -= (a: inout Money, b: Money) { a.cents -= b.cents }

    // Encoded as a plain number of dollars in JSON by the report layer; here, as cents.
    public init(from decoder: any Decoder) throws {
        cents = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }
}

/// A money total beyond the range Fingov adds exactly: a data error, found before any output.
///
/// Every total of ledger amounts or direct costs must stay below 2^53 cents in magnitude
/// (`Money.exactDoubleLimit`, USD 90,071,992,547,409.91 at most), the range where integer cents
/// also convert to `Double` and add there exactly; integer sums that would pass `Int.max` are
/// caught as they are made and reported the same way.
public struct MoneyTotalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being added up: `the amounts of office_type field in 2020-2021`.
    public var group: String
    /// The magnitude reached, or `nil` when the sum passed `Int.max` cents.
    public var reached: Money?

    /// An error naming `group` and the magnitude `reached`.
    public init(group: String, reached: Money?) {
        self.group = group
        self.reached = reached
    }

    /// The largest magnitude a total may have, in cents: 2^53 - 1.
    public static let largestCents = Money.exactDoubleLimit - 1

    public var description: String {
        let found = reached.map { "USD \($0.groupedDollarsText)" } ?? "more than USD \(Money(cents: Int.max).groupedDollarsText)"
        return "\(group) add up to \(found) in magnitude (expected at most USD \(Money(cents: MoneyTotalError.largestCents).groupedDollarsText), 2^53 - 1 cents, the largest total Fingov adds exactly)"
    }

    /// Checks a magnitude in cents against the limit.
    /// - Throws: `MoneyTotalError` naming `group` when `magnitude` (`nil`: it overflowed) is 2^53 or more.
    public static func check(_ magnitude: UInt?, _ group: @autoclosure () -> String) throws(MoneyTotalError) {
        guard let magnitude else { throw MoneyTotalError(group: group(), reached: nil) }
        guard magnitude <= UInt(largestCents) else {
            throw MoneyTotalError(group: group(), reached: magnitude <= UInt(Int.max) ? Money(cents: Int(magnitude)) : nil)
        }
    }
}

extension Money {
    /// The amount in dollars with thousands separators: `1,234,567.50`.
    public var groupedDollarsText: String {
        let text = dollarsText
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = Array(text.dropFirst(sign.count).prefix { $0 != "." })
        var grouped = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(d)
        }
        return sign + grouped + text.drop { $0 != "." }
    }
}

extension Sequence where Element == Money {
    /// The exact total.
    public func sum() -> Money { reduce(.zero, +) }

    /// The sum of the magnitudes in cents, or `nil` if it passes `UInt.max`: a bound on every
    /// partial sum of these amounts in any order.
    public func magnitudeSum() -> UInt? {
        reduce(UInt?.some(0)) { MoneyTotalError.adding($0, $1.cents.magnitude) }
    }
}

extension MoneyTotalError {
    /// `a + b` for sums of magnitudes in cents, where `nil` stands for a sum past `UInt.max`:
    /// `nil` when either is, or when the addition overflows. The one way Fingov adds up the
    /// bounds that `check(_:_:)` then tests.
    @inlinable
    public static func adding(_ a: UInt?, _ b: UInt?) -> UInt? {
        guard let a, let b else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }
}

/// Why bytes are not an amount of money.
public enum MoneyParseFailure: Error, Hashable, Sendable {
    case empty, twoPoints, notANumber, tooManyDecimals, tooLarge, noDigits
    /// With a decimal comma: a dot that does not separate groups of three digits.
    case misplacedThousands
    /// With a decimal comma: two commas.
    case twoCommas
    /// With a decimal comma: a character other than digits, a sign, the comma and dots.
    case notADecimalCommaNumber

    /// The reason in words.
    public var reason: String {
        switch self {
        case .empty: return "an amount is required"
        case .twoPoints: return "more than one decimal point"
        case .notANumber: return "not a number: use digits, an optional '-' and a '.' decimal point, without thousands separators"
        case .tooManyDecimals: return "more than two decimals: amounts are in dollars and cents"
        case .tooLarge: return "too large for an amount of dollars"
        case .noDigits: return "no digits"
        case .twoCommas: return "more than one decimal comma"
        case .misplacedThousands: return "read with a decimal comma, a '.' may only separate groups of three digits, as in 1.234.567,89"
        case .notADecimalCommaNumber: return "not a number: use digits, an optional '-', a ',' decimal comma and '.' between thousands"
        }
    }
}

/// Why a text is not an amount of money.
public struct MoneyParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "'\(text)' is not an amount of dollars: \(reason)" }
}

extension Money {
    /// Splits `self` into parts proportional to `weights`, each rounded to the cent, so that the
    /// parts add up exactly to `self` (the largest-remainder method).
    ///
    /// Each part first gets the whole cents of its exact share (rounded toward zero); the cents
    /// left over go one each to the parts with the largest remainders, ties to the earlier part.
    /// With all weights zero, every part is zero and the whole is returned in `remainder`-free
    /// form only when `self` is zero.
    ///
    /// - Precondition: weights are finite and non-negative, and not all zero unless `self` is zero.
    /// - Complexity: O(*n* log *n*).
    public func apportioned(by weights: [Double]) -> [Money] {
        precondition(weights.allSatisfy { $0.isFinite && $0 >= 0 }, "apportioned: weights must be finite and non-negative: \(weights)")
        let totalWeight = weights.reduce(0, +)
        if cents == 0 { return weights.map { _ in .zero } }
        precondition(totalWeight > 0, "apportioned: cannot split \(self) by weights that are all zero")
        let sign = cents < 0 ? -1 : 1
        let magnitude = Double(cents.magnitude)
        var parts = [Int](repeating: 0, count: weights.count)
        var remainders: [(index: Int, remainder: Double)] = []
        var assigned = 0
        for (i, weight) in weights.enumerated() {
            let exact = magnitude * (weight / totalWeight)
            let floor = exact.rounded(.down)
            parts[i] = Int(floor)
            assigned += parts[i]
            remainders.append((i, exact - floor))
        }
        var leftover = Int(cents.magnitude) - assigned
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var k = 0
        while leftover > 0 {
            parts[remainders[k % remainders.count].index] += 1
            leftover -= 1
            k += 1
        }
        while leftover < 0 { // floating point made the floors overshoot; take back from the smallest remainders
            let index = remainders[remainders.count - 1 - (k % remainders.count)].index
            if parts[index] > 0 { parts[index] -= 1; leftover += 1 }
            k += 1
        }
        return parts.map { Money(cents: sign * $0) }
    }
}
