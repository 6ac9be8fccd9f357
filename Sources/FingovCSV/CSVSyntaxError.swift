/// A syntax error found by the scanner, at byte offsets; a `CSVError` once its positions are
/// known (`message(positions:)`).
public struct CSVSyntaxError: Error, Hashable, Sendable {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// A quoted field whose closing quote is followed by `found` instead of the delimiter or
        /// a line end (often a stray quote further up, which opened the field).
        case textAfterQuote(found: UInt8, delimiter: Delimiter)
        /// A quoted field never closed before the end of the input.
        case unclosedQuote
        /// A quote inside a field that does not start with one.
        case quoteInUnquotedField
        /// A byte that is not part of well-formed UTF-8.
        case invalidUTF8(found: UInt8)
    }

    /// What is wrong.
    public var kind: Kind
    /// The offset of the record's first byte.
    public var recordOffset: Int
    /// The offset of the offending byte: the byte after the closing quote, the stray quote,
    /// the bad byte, or the end of the input for a quote never closed.
    public var offset: Int
    /// The offset of the field's opening quote, for the two errors of quoted fields.
    public var quoteOffset: Int?
    /// The field (one-based) in its record.
    public var field: Int

    public init(_ kind: Kind, recordOffset: Int, offset: Int, quoteOffset: Int? = nil, field: Int) {
        self.kind = kind
        self.recordOffset = recordOffset
        self.offset = offset
        self.quoteOffset = quoteOffset
        self.field = field
    }

    /// Where the problem is reported: the opening quote of a quoted field that is not closed
    /// properly (where the user must look, however far the parser read before it noticed),
    /// else the offending byte.
    public var reportOffset: Int { quoteOffset ?? offset }

    /// The same error with every offset moved by `delta` (from a window to the file).
    public func shifted(by delta: Int) -> CSVSyntaxError {
        CSVSyntaxError(kind, recordOffset: recordOffset + delta, offset: offset + delta, quoteOffset: quoteOffset.map { $0 + delta }, field: field)
    }

    /// The offsets whose positions `message(positions:)` needs, the report offset first.
    public var offsetsToLocate: [Int] {
        switch kind {
        case .textAfterQuote: [reportOffset, offset - 1]
        default: [reportOffset]
        }
    }

    /// The message, given the positions of `offsetsToLocate` (in that order).
    public func message(positions: [TextPosition]) -> String {
        switch kind {
        case .textAfterQuote(let found, let delimiter):
            return "a quoted field opened at \(positions[0]) ends at \(positions[1]) and is followed by text (found \(describeByte(found)), "
                + "expected a \(delimiter) or the end of the line; a quote inside a field is written twice, \"\")"
        case .unclosedQuote:
            return "a quoted field opened at \(positions[0]) is never closed (found the end of the file, expected a closing \")"
        case .quoteInUnquotedField:
            return "a quote inside an unquoted field (found \", expected the whole field to be quoted, with a quote inside written twice)"
        case .invalidUTF8(let found):
            return "invalid UTF-8 (found byte 0x\(hex(found)), expected UTF-8 text): " + Self.encodingHint(found)
        }
    }

    /// What a byte that is not UTF-8 says about the file's encoding, and how to read it.
    static func encodingHint(_ byte: UInt8) -> String {
        let how = "read it with --encoding windows-1252 (or --encoding latin1), or save it from the spreadsheet as \"CSV UTF-8\""
        switch byte {
        case 0x80...0x9F:
            // Printable in Windows-1252 (€, curly quotes, dashes), control codes in ISO-8859-1.
            return "the file looks like Windows-1252, as Excel saves \"CSV\" on Windows; " + how
        default:
            return "the file looks like Windows-1252 or ISO-8859-1 (Latin-1), as Excel saves \"CSV\" on Windows; " + how
        }
    }
}

@usableFromInline
func describeByte(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(hex(byte))"
}

func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
}
