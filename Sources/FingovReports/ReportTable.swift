import FingovModel

/// One value of a report table. The renderers decide how each kind looks: unformatted and in
/// full in CSV and JSON (money to the cent, real numbers as their shortest round-trip decimal),
/// rounded and with thousands separators in a text table.
public enum Cell: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// A year, a count of something that is named by its number: an integer written without
    /// thousands separators in a text table too (`2025`, not `2,025`).
    case year(Int)
    case money(Money)
    /// A real number, shown with `decimals` decimals in a text table and written in full in CSV
    /// and JSON.
    case number(Double, decimals: Int)
    case empty

    /// A number, or empty when `nil` (a share of nothing, a change from zero).
    public static func number(_ value: Double?, decimals: Int) -> Cell {
        value.map { .number($0, decimals: decimals) } ?? .empty
    }

    var isNumeric: Bool {
        switch self {
        case .integer, .year, .money, .number: return true
        case .text, .empty: return false
        }
    }
}

/// A column: its CSV header name, and how it is headed in a text table.
public struct Column: Hashable, Sendable {
    /// The machine name: the CSV header and the JSON key (`amount_usd`).
    public var name: String
    /// The heading in a text table (`Amount`), by default the name.
    public var title: String
    /// Whether the column holds numbers (right-aligned; never altered in CSV).
    public var isNumeric: Bool

    public init(_ name: String, title: String? = nil, numeric: Bool = false) {
        self.name = name
        self.title = title ?? name
        self.isNumeric = numeric
    }
}

/// A table of a report: one CSV file, one object in an ``OutputDocument``'s `tables`, one text
/// table.
public struct ReportTable: Hashable, Sendable {
    /// A short name used for the file (`representation`).
    public var name: String
    /// The title above the text table.
    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// A totals row, shown in the text table and written as the last CSV row.
    public var totals: [Cell]?
    /// Lines under the text table: parameters, control totals, row accounting.
    public var notes: [String]

    public init(name: String, title: String, columns: [Column], rows: [[Cell]] = [], totals: [Cell]? = nil, notes: [String] = []) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.notes = notes
        for (i, row) in rows.enumerated() {
            precondition(row.count == columns.count, "Row \(i) of table \(name) has \(row.count) cells for \(columns.count) columns")
        }
    }

    /// Appends a row.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "A row of \(row.count) cells for table \(name) with \(columns.count) columns")
        rows.append(row)
    }
}
