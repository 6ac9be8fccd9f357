/// What separates the fields of a record: a comma (RFC 4180), a semicolon (what spreadsheets
/// write in locales whose decimal mark is a comma, such as Excel in most of Europe), or a tab
/// (Excel's "Unicode text").
public enum Delimiter: UInt8, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// `comma`, `semicolon` or `tab`.
    public var description: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    /// The delimiter of the file whose header line starts at `start` in `buffer`: the one of
    /// comma, semicolon and tab that occurs most often outside quotes in that line, comma when
    /// none occurs or on a tie (a header of one column has none).
    ///
    /// - Complexity: O(n) in the length of the first line.
    public static func detect(inLineAt start: Int, of buffer: UnsafeBufferPointer<UInt8>) -> Delimiter {
        var counts = [0, 0, 0] // comma, semicolon, tab
        var inQuotes = false
        var p = start
        while p < buffer.count {
            let byte = buffer[p]
            if byte == 0x22 { inQuotes.toggle() } else if !inQuotes {
                if byte == 0x0A || byte == 0x0D { break }
                if byte == 0x2C { counts[0] += 1 } else if byte == 0x3B { counts[1] += 1 } else if byte == 0x09 { counts[2] += 1 }
            }
            p += 1
        }
        if counts[1] > counts[0] && counts[1] >= counts[2] { return .semicolon }
        if counts[2] > counts[0] && counts[2] > counts[1] { return .tab }
        return .comma
    }

    /// Reads `comma`, `semicolon`, `tab`, or the character itself (`,`, `;`, a tab or `\t`).
    public init?(name: String) {
        switch name.lowercased() {
        case "comma", ",": self = .comma
        case "semicolon", ";": self = .semicolon
        case "tab", "\t", "\\t": self = .tab
        default: return nil
        }
    }
}
