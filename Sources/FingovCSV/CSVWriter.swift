/// A cell to write: text is quoted when needed and guarded against formula injection; a number
/// is written exactly as given.
public enum CSVCell: Hashable, Sendable {
    /// Text, as a person would type it.
    case text(String)
    /// An unformatted number (`1234567.89`, `-0.5`): never quoted, never altered.
    case number(String)
    /// An empty cell.
    case empty
}

/// Writes RFC 4180 CSV: UTF-8, CRLF line ends, quotes only where needed, doubled inside.
///
/// Spreadsheet programs run a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return as a formula (OWASP "CSV injection"). Such text cells get a leading apostrophe, which
/// spreadsheets show as text; numeric cells are never touched, so `-0.5` stays a number.
public struct CSVWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// The separator between cells: a comma, or the separator of a file written back in the
    /// form it was read in (the rejects of a semicolon-separated export).
    public let delimiter: Delimiter

    /// Starts a file, with a UTF-8 byte-order mark when `byteOrderMark` is true (some
    /// spreadsheet programs need it to recognise UTF-8), cells separated by `delimiter`.
    public init(byteOrderMark: Bool = false, delimiter: Delimiter = .comma) {
        if byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
        self.delimiter = delimiter
    }

    /// Appends one row.
    public mutating func writeRow(_ cells: [CSVCell]) {
        // A lone empty cell would make a blank line, which readers skip: quote it.
        if cells.count == 1, cells[0] == .empty || cells[0] == .text("") {
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\""), 0x0D, 0x0A])
            return
        }
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(delimiter.rawValue) }
            switch cell {
            case .empty: break
            case .number(let text): bytes.append(contentsOf: text.utf8)
            case .text(let text): appendText(text)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends a header row (always text).
    public mutating func writeHeader(_ names: [String]) {
        writeRow(names.map(CSVCell.text))
    }

    /// Hands over the bytes written so far and starts empty (for writing a large file in parts).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// The file as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func appendText(_ text: String) {
        let guarded = Self.neutralised(text)
        // A leading U+FEFF is quoted too: at the start of a file a reader would take it for a
        // byte-order mark and drop it (found by fuzzing).
        let separator = delimiter.rawValue
        let needsQuotes = guarded.utf8.contains { $0 == UInt8(ascii: ",") || $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || guarded.hasPrefix(" ") || guarded.hasSuffix(" ") || guarded.unicodeScalars.first == "\u{FEFF}"
        if !needsQuotes {
            bytes.append(contentsOf: guarded.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in guarded.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` with an apostrophe in front when a spreadsheet would take it for a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return "'" + text
        default:
            return text
        }
    }
}
