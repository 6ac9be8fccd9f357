import FingovCSV
import FingovModel

extension ReportTable {
    /// The table as RFC 4180 CSV: one header row, numbers in full (money to the cent, other
    /// real numbers as their shortest round-trip decimal), guarded text, and the totals row
    /// (if any) last.
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
        case .empty: return .empty
        case .integer, .year, .money, .number: return .number(fullText)
        }
    }

    /// A number cell in full, as CSV and JSON write it: integers as they are, money as exact
    /// dollars and cents (`-0.50`), other real numbers as their shortest round-trip decimal
    /// (`7.49996`, not a display rounding); empty for text and empty cells.
    var fullText: String {
        switch self {
        case .integer(let n), .year(let n): return String(n)
        case .money(let m): return m.dollarsText
        case .number(let x, _): return shortestDecimal(x)
        case .text, .empty: return ""
        }
    }
}
