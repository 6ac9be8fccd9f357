import Testing
@testable import FingovCSV

@Suite struct TextEncodingTests {
    /// Windows-1252's 128 high bytes, against Python's `cp1252` codec (its five unassigned
    /// bytes taken as the control characters of the same number, as the WHATWG index has them):
    /// `bytes([b]).decode('cp1252')` for b in 0x80...0xFF, printed as code points.
    static let python1252 = """
        20AC 0081 201A 0192 201E 2026 2020 2021 02C6 2030 0160 2039 0152 008D 017D 008F 0090 2018 2019 201C 201D 2022 2013 2014 \
        02DC 2122 0161 203A 0153 009D 017E 0178 00A0 00A1 00A2 00A3 00A4 00A5 00A6 00A7 00A8 00A9 00AA 00AB 00AC 00AD 00AE 00AF \
        00B0 00B1 00B2 00B3 00B4 00B5 00B6 00B7 00B8 00B9 00BA 00BB 00BC 00BD 00BE 00BF 00C0 00C1 00C2 00C3 00C4 00C5 00C6 00C7 \
        00C8 00C9 00CA 00CB 00CC 00CD 00CE 00CF 00D0 00D1 00D2 00D3 00D4 00D5 00D6 00D7 00D8 00D9 00DA 00DB 00DC 00DD 00DE 00DF \
        00E0 00E1 00E2 00E3 00E4 00E5 00E6 00E7 00E8 00E9 00EA 00EB 00EC 00ED 00EE 00EF 00F0 00F1 00F2 00F3 00F4 00F5 00F6 00F7 \
        00F8 00F9 00FA 00FB 00FC 00FD 00FE 00FF
        """.split(separator: " ").map { UInt32($0, radix: 16)! }

    @Test func windows1252HighBytesMatchPython() throws {
        let utf8 = try TextEncoding.windows1252.utf8(from: Array(0x80...0xFF))
        #expect(String(decoding: utf8, as: UTF8.self).unicodeScalars.map(\.value) == Self.python1252)
    }

    /// Hand-written UTF-8 for a few bytes: é (0xE9) is C3 A9, € (0x80) E2 82 AC, ’ (0x92)
    /// E2 80 99; Latin-1 keeps 0x80 as U+0080 (C2 80). ASCII passes unchanged.
    @Test func singleBytesByHand() throws {
        #expect(try TextEncoding.windows1252.utf8(from: [0x43, 0x61, 0x66, 0xE9]) == [0x43, 0x61, 0x66, 0xC3, 0xA9])
        #expect(try TextEncoding.windows1252.utf8(from: [0x80, 0x92]) == [0xE2, 0x82, 0xAC, 0xE2, 0x80, 0x99])
        #expect(try TextEncoding.latin1.utf8(from: [0x80, 0xE9, 0x41]) == [0xC2, 0x80, 0xC3, 0xA9, 0x41])
        #expect(try TextEncoding.latin1.utf8(from: Array(0...0xFF)) == Array(String(decoding: (0...0xFF).map { Unicode.Scalar(UInt8($0)) }.map(Character.init).map(String.init).joined().utf8, as: UTF8.self).utf8))
    }

    /// UTF-16 with its byte-order mark, either byte order, a character outside the BMP (a
    /// surrogate pair), and no mark (the order guessed from the zero bytes).
    @Test func utf16() throws {
        let text = "iso3\tname\r\nCIV\tCôte d’Ivoire 🌍\r\n"
        let units = Array(text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextEncoding.utf16.utf8(from: le) == Array(text.utf8))
        #expect(try TextEncoding.utf16.utf8(from: be) == Array(text.utf8))
        #expect(try TextEncoding.utf16.utf8(from: Array(le.dropFirst(2))) == Array(text.utf8))
        #expect(try TextEncoding.utf16.utf8(from: Array(be.dropFirst(2))) == Array(text.utf8))
        #expect(le.withUnsafeBufferPointer { TextEncoding.byteOrderMark($0)?.encoding } == .utf16)
    }

    /// A lone surrogate and an odd number of bytes are errors at their position: line 2, after
    /// `ab` (column 3).
    @Test func malformedUTF16() {
        let start: [UInt8] = [0xFF, 0xFE, 0x78, 0, 0x0A, 0, 0x61, 0, 0x62, 0]
        #expect(throws: TranscodingError(position: TextPosition(line: 2, column: 3),
                                         message: "invalid UTF-16 (found a low surrogate 0xDC00 without a high surrogate before it)")) {
            _ = try TextEncoding.utf16.utf8(from: start + [0x00, 0xDC, 0x63, 0])
        }
        #expect(throws: TranscodingError(position: TextPosition(line: 2, column: 3),
                                         message: "invalid UTF-16 (found an odd number of bytes: the file ends inside a character)")) {
            _ = try TextEncoding.utf16.utf8(from: start + [0x63])
        }
    }

    @Test func namesAsUsersWriteThem() {
        #expect(["utf-8", "UTF8", "utf-16", "Windows-1252", "cp1252", "latin1", "ISO-8859-1"].map { TextEncoding(name: $0) }
                == [.utf8, .utf8, .utf16, .windows1252, .windows1252, .latin1, .latin1])
        #expect(TextEncoding(name: "ebcdic") == nil)
    }
}

@Suite struct DelimiterTests {
    static func detect(_ line: String) -> Delimiter {
        Array(line.utf8).withUnsafeBufferPointer { Delimiter.detect(inLineAt: 0, of: $0) }
    }

    @Test func foundFromTheHeaderLine() {
        #expect(Self.detect("a,b,c\n1;2;3;4;5\n") == .comma)        // only the first line counts
        #expect(Self.detect("a;b;c\r\n1,2\r\n") == .semicolon)
        #expect(Self.detect("a\tb\tc\n") == .tab)
        #expect(Self.detect("\"x;y;z\",b\n") == .comma)              // quoted separators do not count
        #expect(Self.detect("iso3\n") == .comma)                      // one column
        #expect(Self.detect("a,b;c\n") == .comma)                     // a tie: comma
        #expect(Self.detect("a;b;c,d\n") == .semicolon)
    }

    @Test func namesAsUsersWriteThem() {
        #expect(["comma", ",", "Semicolon", ";", "tab", "\t", "\\t"].map { Delimiter(name: $0) }
                == [.comma, .comma, .semicolon, .semicolon, .tab, .tab, .tab])
        #expect(Delimiter(name: "|") == nil)
    }

    /// The same records whatever the delimiter, in both scanner modes; a delimiter that is not
    /// the file's is data.
    @Test(arguments: [Delimiter.semicolon, .tab]) func scannerSplitsAtTheDelimiter(_ delimiter: Delimiter) throws {
        let d = String(Character(Unicode.Scalar(delimiter.rawValue)))
        let text = ["h1", "h2", "h3"].joined(separator: d) + "\n" + ["1,5", "\"a\(d)b\"", "x"].joined(separator: d) + "\r\n"
            + ["2,5", "\"q\"\"\"", "y"].joined(separator: d) + "\n" + ["2,5", "\"q\"\"\"", "z"].joined(separator: d) + "\n"
        let bytes = Array(text.utf8)
        var plain = Collector(), cache = HeadCache()
        var scratch: [UInt8] = []
        try bytes.withUnsafeBufferPointer { buffer throws(CSVSyntaxError) in
            _ = try FieldScanner.scan(buffer, from: 0, to: buffer.count, delimiter: delimiter, scratch: &scratch, handler: &plain)
            _ = try FieldScanner.scan(buffer, from: 0, to: buffer.count, delimiter: delimiter, scratch: &scratch, shortcut: &cache)
        }
        let expected = [["h1", "h2", "h3"], ["1,5", "a\(d)b", "x"], ["2,5", "q\"", "y"], ["2,5", "q\"", "z"]]
        #expect(plain.records == expected)
        #expect(cache.collector.records == expected)
        var reader = CSVReader(bytes: bytes, file: "t.csv")
        #expect(reader.delimiter == delimiter)
        #expect(try reader.readAll() == expected)
    }
}

@Suite struct PositionTests {
    /// Each field's position, in characters: `Zürich;` is 7 characters (8 bytes), so the
    /// second field starts at column 8; a quoted line break puts the third field on line 3.
    @Test func fieldPositionsCountCharacters() throws {
        var reader = CSVReader(bytes: Array("h1;h2;h3\nZürich;\"Genève\nannexe\";€5\n".utf8), file: "t.csv")
        var record = CSVRecord()
        _ = try reader.readRecord(into: &record)
        #expect(record.position(ofField: 2) == TextPosition(line: 1, column: 7))
        _ = try reader.readRecord(into: &record)
        #expect((0...3).map { record.position(ofField: $0) }
                == [TextPosition(line: 2, column: 1), TextPosition(line: 2, column: 8), TextPosition(line: 3, column: 9), TextPosition(line: 3, column: 11)])
    }

    /// Fed in pieces, a CRLF split between two pieces counts once.
    @Test func counterAcrossPieces() {
        let bytes: [UInt8] = Array("ab\r".utf8) + Array("\né\r\rx".utf8)
        var whole = PositionCounter(), pieces = PositionCounter()
        bytes.withUnsafeBufferPointer { whole.advance(to: $0.count, in: $0) }
        Array(bytes[0..<3]).withUnsafeBufferPointer { pieces.advance(to: 3, in: $0) }
        Array(bytes[3...]).withUnsafeBufferPointer { pieces.advance(to: bytes.count, in: $0, base: 3) }
        // Lines: "ab" CRLF, "é" CR, "" CR, "x": the end is line 4, column 2.
        #expect(whole.position == TextPosition(line: 4, column: 2))
        #expect(pieces.position == whole.position)
    }

    /// Whole-file and whole-line problems drop the numbers they do not have.
    @Test func errorForms() {
        #expect(CSVError(file: "f.csv", line: 0, column: 0, message: "m").description == "f.csv: m")
        #expect(CSVError(file: "f.csv", line: 3, column: 0, message: "m").description == "f.csv:3: m")
        #expect(CSVError(file: "f.csv", line: 3, column: 7, message: "m").description == "f.csv:3:7: m")
    }
}
