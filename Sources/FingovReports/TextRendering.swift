import FingovModel

/// How amounts of money are shown in a text table (CSV and JSON always carry exact dollars).
public enum MoneyUnits: String, CaseIterable, Sendable {
    /// Dollars and cents: `806,072,300.00`.
    case usd
    /// Thousands of dollars with one decimal, as UN tables show them: `806,072.3`.
    case thousands
}

/// Options for text output.
public struct TextStyle: Sendable {
    /// The width of the terminal, in columns.
    public var width: Int
    /// Whether to use ANSI colours.
    public var color: Bool
    public var units: MoneyUnits

    public init(width: Int = 80, color: Bool = false, units: MoneyUnits = .usd) {
        self.width = width
        self.color = color
        self.units = units
    }
}

extension ReportTable {
    /// The table aligned for a terminal: text left, numbers right with thousands separators,
    /// columns sized by display width, the totals row under a rule, then the notes.
    public func text(style: TextStyle = TextStyle()) -> String {
        let headings = columns.map { column -> String in
            column.isNumeric && style.units == .thousands && rows.contains(where: { row in
                if case .money = row[columns.firstIndex(of: column)!] { return true } else { return false }
            }) ? column.title + " (thousands)" : column.title
        }
        // An empty text cell is blank; an empty number (a share of nothing) shows a dash.
        func display(_ row: [Cell]) -> [String] {
            zip(columns, row).map { column, cell in cell == .empty && !column.isNumeric ? "" : cell.display(units: style.units) }
        }
        let body = rows.map(display)
        let totalLine = totals.map(display)
        var widths = headings.map(displayWidth)
        for row in body + (totalLine.map { [$0] } ?? []) {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            zip(cells.indices, cells).map { i, cell in padded(cell, to: widths[i], rightAligned: columns[i].isNumeric) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var out = title + "\n\n" + line(headings) + "\n" + rule + "\n"
        for row in body { out += line(row) + "\n" }
        if let totalLine { out += rule + "\n" + line(totalLine) + "\n" }
        if rows.isEmpty { out += "(no rows)\n" }
        if !notes.isEmpty { out += "\n" + notes.map { "  " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }
}

extension Cell {
    func display(units: MoneyUnits) -> String {
        switch self {
        case .text(let s): return s
        case .integer(let n): return groupedThousands(String(n.magnitude), negative: n < 0)
        case .year(let n): return String(n)
        case .money(let m):
            switch units {
            case .usd:
                let text = m.dollarsText
                let negative = text.hasPrefix("-")
                let digits = negative ? String(text.dropFirst()) : text
                let parts = digits.split(separator: ".")
                return groupedThousands(String(parts[0]), negative: negative) + "." + parts[1]
            case .thousands:
                let (tenths, _) = m.roundedThousands(decimals: 1)
                let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
                return groupedThousands(String(whole), negative: tenths < 0) + "." + String(fraction)
            }
        case .number(let x, let decimals):
            let text = plainNumber(x, decimals: decimals)
            let negative = text.hasPrefix("-")
            let digits = negative ? String(text.dropFirst()) : text
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            return groupedThousands(String(parts[0]), negative: negative) + (parts.count > 1 ? "." + parts[1] : "")
        case .empty: return "–"
        }
    }
}

/// Digits grouped in threes with commas: `806072300` -> `806,072,300`.
func groupedThousands(_ digits: String, negative: Bool) -> String {
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return (negative ? "-" : "") + out
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
