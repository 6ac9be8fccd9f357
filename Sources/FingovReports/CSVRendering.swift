import FingovCSV
import FingovModel

extension ReportTable {
    /// The table as RFC 4180 CSV: one header row, exact unformatted numbers, guarded text, and
    /// the totals row (if any) last.
    public func csv(byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.writeHeader(columns.map(\.name))
        for row in rows { writer.writeRow(row.map(\.csvCell)) }
        if let totals { writer.writeRow(totals.map(\.csvCell)) }
        return writer.bytes
    }
}

extension Cell {
    var csvCell: CSVCell {
        switch self {
        case .text(let s): return .text(s)
        case .integer(let n): return .number(String(n))
        case .money(let m): return .number(m.dollarsText)
        case .number(let x, let decimals): return .number(plainNumber(x, decimals: decimals))
        case .empty: return .empty
        }
    }
}

/// `x` with exactly `decimals` decimals, no separators, `-` for negatives, and no `-0`.
func plainNumber(_ x: Double, decimals: Int) -> String {
    precondition(x.isFinite, "cannot write \(x) as a number")
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
    let negative = x < 0 && scaled != 0
    let digits = String(format: scaled)
    if decimals == 0 { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -decimals)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
}

/// The decimal digits of a non-negative whole `Double` below 2^63.
private func String(format scaled: Double) -> String {
    precondition(scaled < 9.2e18, "number too large to write exactly: \(scaled)")
    return Swift.String(UInt64(scaled))
}
