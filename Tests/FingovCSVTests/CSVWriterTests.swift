import Testing
@testable import FingovCSV

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhereNeededWithCRLF() {
        var w = CSVWriter()
        w.writeHeader(["name", "amount"])
        w.writeRow([.text("Micronesia, Fed. Sts."), .number("-1234.50")])
        w.writeRow([.text("say \"hi\""), .empty])
        w.writeRow([.text("two\nlines"), .number("0")])
        #expect(w.string == "name,amount\r\n\"Micronesia, Fed. Sts.\",-1234.50\r\n\"say \"\"hi\"\"\",\r\n\"two\nlines\",0\r\n")
    }

    @Test func loneEmptyCellIsQuotedSoTheRowSurvives() {
        var w = CSVWriter()
        w.writeRow([.empty])
        #expect(w.string == "\"\"\r\n")
    }

    /// Found by fuzzing: a first cell that starts with U+FEFF was dropped on reading back, taken
    /// for a byte-order mark.
    @Test func leadingFEFFSurvivesARoundTrip() throws {
        var w = CSVWriter()
        w.writeRow([.text("\u{FEFF}")])
        var reader = CSVReader(bytes: w.bytes, file: "t.csv")
        #expect(try reader.readAll() == [["\u{FEFF}"]])
    }

    @Test func byteOrderMarkOnRequest() {
        var w = CSVWriter(byteOrderMark: true)
        w.writeRow([.text("é")])
        #expect(w.bytes == [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0D, 0x0A])
    }

    /// Text cells that a spreadsheet would run as a formula get an apostrophe; numbers never do.
    @Test(arguments: [("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"),
                      ("\tx", "'\tx"), ("plain", "plain"), ("", ""), ("a=b", "a=b")])
    func injectionGuardOnText(input: String, expected: String) {
        #expect(CSVWriter.neutralised(input) == expected)
    }

    @Test func numbersAreNeverGuarded() {
        var w = CSVWriter()
        w.writeRow([.number("-0.5"), .text("-0.5")])
        #expect(w.string == "-0.5,'-0.5\r\n")
    }

    /// Seeded random tables with hostile strings survive writing and reading back (apart from the
    /// guard's apostrophe, which the reader keeps as data).
    @Test(arguments: [1, 2, 3, 4, 5]) func roundTrip(seed: UInt64) throws {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let pieces = ["a", ",", "\"", "\n", "\r\n", "é", "’", " ", "Côte d’Ivoire", "=1+1", "-", "@", "\t", "中文", "x y", ""]
        let columns = 1 + next() % 6
        var rows: [[String]] = []
        for _ in 0..<(1 + next() % 40) {
            rows.append((0..<columns).map { _ in (0..<(next() % 5)).map { _ in pieces[next() % pieces.count] }.joined() })
        }
        var w = CSVWriter()
        for row in rows { w.writeRow(row.map { .text($0) }) }
        var reader = CSVReader(bytes: w.bytes, file: "round.csv")
        let back = try reader.readAll()
        let expected = rows.map { $0.map(CSVWriter.neutralised) }
        #expect(back == expected)
    }

    /// A semicolon writer separates with semicolons and quotes a cell holding one (and, as
    /// always, a comma); written out by hand.
    @Test func semicolonSeparated() {
        var w = CSVWriter(delimiter: .semicolon)
        w.writeRow([.text("a;b"), .text("c,d"), .number("1.5"), .text("plain")])
        #expect(w.string == "\"a;b\";\"c,d\";1.5;plain\r\n")
    }
}
