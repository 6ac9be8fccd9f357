/// How numbers are written as text: in full for CSV and JSON, rounded for a text table.

/// `x` written in full as a plain decimal: the shortest digits that read back to the same
/// `Double` (those of `x.description`), without an exponent, without thousands separators, with
/// `-` only for negatives and never `-0`. An integer value has no decimal point (`100`).
///
/// `Double(shortestDecimal(x)) == x` for every finite `x`: the digits are Swift's shortest
/// round-trip digits, only the decimal point moves.
///
///     shortestDecimal(7.49996)  // "7.49996"
///     shortestDecimal(1e-7)     // "0.0000001"
///     shortestDecimal(1e21)     // "1000000000000000000000"
///     shortestDecimal(-0.0)     // "0"
///
/// - Precondition: `x` is finite (CSV and JSON have no spelling for infinity or NaN).
/// - Complexity: O(d), where d is the number of characters written (up to about 330).
public func shortestDecimal(_ x: Double) -> String {
    precondition(x.isFinite, "cannot write \(x) as a number")
    if x == 0 { return "0" }
    // `description` is `123.45`, `1e-05`, `1.2345e+16` or `5e-324`: digits, an optional point
    // and an optional exponent.
    let text = x.magnitude.description
    var mantissa = Substring(text), exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = text[..<e]
        guard let power = Int(text[text.index(after: e)...]) else { preconditionFailure("unexpected Double description \(text)") }
        exponent = power
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    var digits = Array(parts[0]) + (parts.count > 1 ? Array(parts[1]) : [])
    // The number is 0.DIGITS x 10^pointPosition.
    var pointPosition = parts[0].count + exponent
    while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointPosition -= 1 }
    while digits.count > 1 && digits.last == "0" { digits.removeLast() }
    var out = x < 0 ? "-" : ""
    if pointPosition <= 0 {
        out += "0." + String(repeating: "0", count: -pointPosition) + String(digits)
    } else if pointPosition >= digits.count {
        out += String(digits) + String(repeating: "0", count: pointPosition - digits.count)
    } else {
        out += String(digits[..<pointPosition]) + "." + String(digits[pointPosition...])
    }
    return out
}

/// `x` rounded half away from zero to exactly `decimals` decimals, no separators, `-` for
/// negatives, and no `-0`: the display form of a number in a text table and in sentences.
public func plainNumber(_ x: Double, decimals: Int) -> String {
    precondition(x.isFinite, "cannot write \(x) as a number")
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
    let negative = x < 0 && scaled != 0
    let digits = wholeDigits(scaled)
    if decimals == 0 { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -decimals)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
}

/// The decimal digits of a non-negative whole `Double` below 2^63.
private func wholeDigits(_ scaled: Double) -> String {
    precondition(scaled < 9.2e18, "number too large to write exactly: \(scaled)")
    return String(UInt64(scaled))
}
