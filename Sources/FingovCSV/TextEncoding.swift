/// The text encodings Fingov reads. Files are scanned as UTF-8; a file in another encoding is
/// transcoded to UTF-8 first (`utf8(from:)`), character for character, so that lines and
/// character columns stay those of the original file.
public enum TextEncoding: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// UTF-8, with or without a byte-order mark (skipped).
    case utf8 = "utf-8"
    /// UTF-16, little- or big-endian as its byte-order mark says (Excel's "Unicode text" is
    /// UTF-16LE with a mark); without a mark, the byte order is guessed from where the zero
    /// bytes of ASCII characters fall, little-endian when nothing tells.
    case utf16 = "utf-16"
    /// Windows-1252, what Excel saves as "CSV" on Windows in Western European languages:
    /// ISO-8859-1 with printable characters (€, curly quotes, dashes, Š, Ž, Œ) at 0x80-0x9F.
    case windows1252 = "windows-1252"
    /// ISO-8859-1 (Latin-1): each byte is the Unicode character of the same number.
    case latin1

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .windows1252: "Windows-1252"
        case .latin1: "ISO-8859-1 (Latin-1)"
        }
    }

    /// Reads a name as users write it: `utf-8`/`utf8`, `utf-16`/`utf16`, `windows-1252`/`cp1252`,
    /// `latin1`/`latin-1`/`iso-8859-1`, in any case.
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self = .utf8
        case "utf16": self = .utf16
        case "windows1252", "cp1252", "win1252": self = .windows1252
        case "latin1", "iso88591", "l1": self = .latin1
        default: return nil
        }
    }

    /// The encoding a byte-order mark at the start of `bytes` announces, and the mark's length.
    public static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) { return (.utf16, 2) }
        return nil
    }

    /// `bytes` in this encoding as UTF-8, without a byte-order mark. UTF-8 is returned as it
    /// is (the scanner checks it).
    ///
    /// - Throws: `TranscodingError` for UTF-16 that is not well formed (an odd number of bytes,
    ///   a surrogate without its pair), at the position where it stops.
    public func utf8(from bytes: [UInt8]) throws(TranscodingError) -> [UInt8] {
        switch self {
        case .utf8: return bytes
        case .latin1:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes { appendUTF8(UInt32(byte), to: &out) }
            return out
        case .windows1252:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                appendUTF8(byte >= 0x80 && byte <= 0x9F ? UInt32(TextEncoding.windows1252High[Int(byte - 0x80)]) : UInt32(byte), to: &out)
            }
            return out
        case .utf16:
            return try TextEncoding.utf8(fromUTF16: bytes)
        }
    }

    /// Windows-1252's characters for 0x80-0x9F (the WHATWG Encoding Standard's index, whose
    /// five unassigned bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D map to the control characters of
    /// the same number, as in ISO-8859-1).
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func utf8(fromUTF16 bytes: [UInt8]) throws(TranscodingError) -> [UInt8] {
        var start = 0
        var littleEndian = true
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { start = 2 } else if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            start = 2
            littleEndian = false
        } else {
            // No mark: ASCII characters have their zero byte second in little-endian.
            var zerosEven = 0, zerosOdd = 0
            for i in 0..<min(bytes.count, 4096) where bytes[i] == 0 { if i % 2 == 0 { zerosEven += 1 } else { zerosOdd += 1 } }
            littleEndian = zerosEven <= zerosOdd
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2 + bytes.count / 8)
        func fail(_ message: String, _ out: [UInt8]) -> TranscodingError {
            TranscodingError(position: out.withUnsafeBufferPointer { PositionCounter.positions(of: [$0.count], in: $0)[0] }, message: message)
        }
        var i = start
        let n = bytes.count
        while i + 1 < n {
            let unit = littleEndian ? UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 : UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
            i += 2
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard i + 1 < n else { throw fail("invalid UTF-16 (found a high surrogate 0x\(String(unit, radix: 16, uppercase: true)) at the end of the file, expected its low surrogate)", out) }
                let low = littleEndian ? UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 : UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw fail("invalid UTF-16 (found a high surrogate 0x\(String(unit, radix: 16, uppercase: true)) without its low surrogate)", out)
                }
                i += 2
                appendUTF8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: &out)
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw fail("invalid UTF-16 (found a low surrogate 0x\(String(unit, radix: 16, uppercase: true)) without a high surrogate before it)", out)
            } else {
                appendUTF8(unit, to: &out)
            }
        }
        if i < n { throw fail("invalid UTF-16 (found an odd number of bytes: the file ends inside a character)", out) }
        return out
    }
}

/// UTF-16 or other text that could not be transcoded, at the position in the text (as
/// transcoded so far) where it stops.
public struct TranscodingError: Error, Hashable, Sendable {
    public var position: TextPosition
    public var message: String
}

/// Appends the UTF-8 form of the Unicode scalar `scalar` (below 0x110000, not a surrogate).
@inline(__always)
func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
        out.append(UInt8(scalar))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | scalar >> 6))
        out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | scalar >> 12))
        out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        out.append(UInt8(0x80 | scalar & 0x3F))
    default:
        out.append(UInt8(0xF0 | scalar >> 18))
        out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
        out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        out.append(UInt8(0x80 | scalar & 0x3F))
    }
}
