import Testing
@testable import FingovCSV

@Suite struct CSVReaderTests {
    func read(_ text: [UInt8]) throws -> [[String]] {
        var reader = CSVReader(bytes: text, file: "t.csv")
        return try reader.readAll()
    }

    func read(_ text: String) throws -> [[String]] { try read(Array(text.utf8)) }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var rows: [[String]]
        var testDescription: String { name }
    }

    static let good: [Case] = [
        Case(name: "plain", input: "a,b\n1,2\n", rows: [["a", "b"], ["1", "2"]]),
        Case(name: "no final newline", input: "a,b\n1,2", rows: [["a", "b"], ["1", "2"]]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", rows: [["a", "b"], ["1", "2"]]),
        Case(name: "quoted comma", input: "name,n\n\"Micronesia, Fed. Sts.\",3\n", rows: [["name", "n"], ["Micronesia, Fed. Sts.", "3"]]),
        Case(name: "doubled quotes", input: "a\n\"say \"\"hi\"\"\"\n", rows: [["a"], ["say \"hi\""]]),
        Case(name: "quoted newline", input: "a,b\n\"line1\nline2\",x\n", rows: [["a", "b"], ["line1\nline2", "x"]]),
        Case(name: "quoted CRLF", input: "a\r\n\"x\r\ny\"\r\n", rows: [["a"], ["x\r\ny"]]),
        Case(name: "empty fields", input: "a,b,c\n,,\n1,,3\n", rows: [["a", "b", "c"], ["", "", ""], ["1", "", "3"]]),
        Case(name: "empty quoted field", input: "a,b\n\"\",x\n", rows: [["a", "b"], ["", "x"]]),
        Case(name: "blank lines skipped", input: "a\n\n1\n\n", rows: [["a"], ["1"]]),
        Case(name: "accents", input: "Côte d’Ivoire,Türkiye\n", rows: [["Côte d’Ivoire", "Türkiye"]]),
        Case(name: "trailing comma", input: "a,\n", rows: [["a", ""]]),
    ]

    @Test(arguments: good) func parses(_ c: Case) throws {
        #expect(try read(c.input) == c.rows)
    }

    @Test func byteOrderMarkIsStripped() throws {
        #expect(try read([0xEF, 0xBB, 0xBF] + Array("iso3\nFRA\n".utf8)) == [["iso3"], ["FRA"]])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var input: [UInt8]
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    // Character columns, counted by hand; a quoted field that is not closed properly is
    // reported at its opening quote.
    static let bad: [Bad] = [
        Bad(name: "unterminated quote", input: Array("a,b\n1,\"open\nmore\n".utf8), line: 2, column: 3,
            message: "a quoted field opened at 2:3 is never closed (found the end of the file, expected a closing \")"),
        Bad(name: "quote inside unquoted field", input: Array("a,b\n1,x\"y\n".utf8), line: 2, column: 4, message: "a quote inside an unquoted field"),
        Bad(name: "text after closing quote", input: Array("a\n\"x\"y\n".utf8), line: 2, column: 1,
            message: "a quoted field opened at 2:1 ends at 2:3 and is followed by text (found 'y', expected a comma"),
        Bad(name: "invalid UTF-8", input: Array("a,b\nok,".utf8) + [0xC3, 0x28] + Array("\n".utf8), line: 2, column: 4, message: "invalid UTF-8 (found byte 0xC3"),
        Bad(name: "overlong UTF-8", input: [0xC0, 0xAF], line: 1, column: 1, message: "invalid UTF-8"),
        Bad(name: "truncated UTF-8 at end", input: Array("x,".utf8) + [0xE2, 0x82], line: 1, column: 3, message: "invalid UTF-8"),
        Bad(name: "invalid UTF-8 after a quoted newline", input: Array("a\n\"x\ny".utf8) + [0xFF] + Array("\"\n".utf8), line: 3, column: 2, message: "invalid UTF-8"),
        // Multi-byte characters count once: `Zürich,` is 7 characters (8 bytes), `"Genève` 7.
        Bad(name: "stray quote after accents", input: Array("a,b,c\nZürich,Genève,x\"y\n".utf8), line: 2, column: 16, message: "a quote inside an unquoted field"),
        Bad(name: "quote opened after accents, closed lines later",
            input: Array("a,b\nZürich,\"Genève\nx,1\nno,\"y\"\n".utf8), line: 2, column: 8,
            message: "a quoted field opened at 2:8 ends at 4:4 and is followed by text (found 'y'"),
    ]

    @Test(arguments: bad) func reportsPosition(_ c: Bad) {
        do {
            _ = try read(c.input)
            Issue.record("expected an error")
        } catch let error as CSVError {
            #expect(error.file == "t.csv")
            #expect(error.line == c.line)
            #expect(error.column == c.column)
            #expect(error.message.hasPrefix(c.message), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// Found by fuzzing: a lone CR ends a record and a line (old Mac files), so error lines count it.
    @Test func loneCarriageReturnEndsALine() throws {
        var reader = CSVReader(bytes: Array("a\rb\r\nc\n".utf8), file: "t.csv")
        var record = CSVRecord()
        var lines: [Int] = []
        while try reader.readRecord(into: &record) { lines.append(record.line) }
        #expect(lines == [1, 2, 3])
    }

    @Test func lineNumbersCountQuotedNewlines() throws {
        var reader = CSVReader(bytes: Array("h\n\"a\nb\"\nc\n".utf8), file: "t.csv")
        var record = CSVRecord()
        var lines: [Int] = []
        while try reader.readRecord(into: &record) { lines.append(record.line) }
        #expect(lines == [1, 2, 4])
    }
}

@Suite struct LargeInputTests {
    /// A quoted field of one megabyte, with commas, quotes and line breaks inside.
    @Test func oneMegabyteField() throws {
        let piece = "a,b \"q\"\nline é "
        let field = String(repeating: piece, count: 1_048_576 / piece.utf8.count + 1)
        var w = CSVWriter()
        w.writeRow([.text("id"), .text("blob")])
        w.writeRow([.text("1"), .text(field)])
        #expect(w.bytes.count > 1_048_576)
        var reader = CSVReader(bytes: w.bytes, file: "big.csv")
        let rows = try reader.readAll()
        #expect(rows.count == 2)
        #expect(rows[1][1] == field)
    }
}

@Suite struct DelimiterRoundTripTests {
    /// Found by fuzzing (Fuzz/regressions/csv-semicolon-in-quotes.bin): a quoted semicolon in
    /// the first line is data, so the file is comma-separated with one field; the writer writes
    /// it back unquoted (a semicolon needs no quotes between commas), which reads as the same
    /// field when read as what the writer writes, comma-separated.
    @Test func quotedSemicolonInTheFirstLine() throws {
        var reader = CSVReader(bytes: [0x22, 0x6C, 0x3B, 0x00, 0x05, 0x22], file: "t.csv")
        #expect(reader.delimiter == .comma)
        let rows = try reader.readAll()
        #expect(rows == [["l;\u{0}\u{5}"]])
        var writer = CSVWriter()
        for row in rows { writer.writeRow(row.map { .text($0) }) }
        var again = CSVReader(bytes: writer.bytes, file: "again.csv", delimiter: .comma)
        #expect(try again.readAll() == rows)
    }
}
