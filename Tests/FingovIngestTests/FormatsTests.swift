import Foundation
import Testing
import FingovCSV
@testable import FingovIngest

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "fingov-ingest-" + UUID().uuidString + ".csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// UTF-16LE with its byte-order mark, as Excel saves "Unicode text".
func utf16LE(_ text: String) -> [UInt8] {
    [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

@Suite struct FormatsTests {
    let columns = Columns(required: ["id", "n"], ignored: ["note"])

    /// Every reader's message for `bytes`: the streaming read at several window sizes and
    /// worker counts, the in-memory read, and `CSVReader` (records only, for syntax errors).
    func messages(_ bytes: [UInt8], format: InputFormat = .automatic, csvReader: Bool = true) throws -> Set<String> {
        let path = try temporaryFile(bytes: bytes)
        var found: Set<String> = []
        for (window, workers) in [(1 << 20, 1), (40, 2), (13, 3)] {
            do {
                _ = try Ingest.read(path, columns: columns, format: format, workers: workers, windowBytes: window) { TallyDecoder(header: $0) }
                found.insert("no error")
            } catch { found.insert(error.description.replacingOccurrences(of: path, with: "F")) }
        }
        do {
            _ = try Ingest.read(bytes: bytes, file: "F", columns: columns, format: format) { TallyDecoder(header: $0) }
            found.insert("no error")
        } catch { found.insert(error.description) }
        if csvReader {
            var reader = CSVReader(bytes: bytes, file: "F")
            do { _ = try reader.readAll(); found.insert("no error") } catch { found.insert(error.description) }
        }
        return found
    }

    /// The stray quote of issue 13: a quote opened on line 5 that the parser sees closed on
    /// line 9, followed by text. Every reader reports it at the opening quote, in characters:
    /// `ü4,5,` is 5 characters (6 bytes), so the quote is at 5:6; `é8,2,` puts the quote that
    /// closes it at 9:6.
    @Test func strayQuoteAtItsOpeningInEveryReader() throws {
        let text = "id,n,note\nr1,1,a\nr2,2,b\nr3,3,c\nü4,5,\"Zürich\nr5,1,x\nr6,1,y\nr7,1,z\né8,2,\"note\",x\nr9,1,w\n"
        #expect(try messages(Array(text.utf8)) == [
            "F:5:6: a quoted field opened at 5:6 ends at 9:6 and is followed by text (found 'n', expected a comma or the end of the line; a quote inside a field is written twice, \"\")",
        ])
    }

    /// A quote never closed: at its opening quote, in every reader.
    @Test func unclosedQuoteAtItsOpeningInEveryReader() throws {
        let text = "id,n,note\nr1,1,a\nr2,2,b\nr3,3,c\nü4,5,\"Zürich\nr5,1,x\nr6,1,y\n"
        #expect(try messages(Array(text.utf8)) == ["F:5:6: a quoted field opened at 5:6 is never closed (found the end of the file, expected a closing \")"])
    }

    /// A byte that is not UTF-8 (Windows-1252's é, 0xE9) after `Zü`: column 3 in every reader,
    /// with the encoding it suggests and the option that reads it.
    @Test func notUTF8NamesTheEncodingInEveryReader() throws {
        let bytes = Array("id,n,note\nr1,1,a\nr2,1,Zü".utf8) + [0xE9] + Array("rich\n".utf8)
        let expected = "F:3:8: invalid UTF-8 (found byte 0xE9, expected UTF-8 text): the file looks like Windows-1252 or ISO-8859-1 (Latin-1), as Excel saves \"CSV\" on Windows; read it with --encoding windows-1252 (or --encoding latin1), or save it from the spreadsheet as \"CSV UTF-8\""
        #expect(try messages(bytes) == [expected])
        // 0x80-0x9F are printable only in Windows-1252 (here €).
        let euro = Array("id,n,note\nr1,1,".utf8) + [0x80] + Array("5\n".utf8)
        #expect(try messages(euro).first?.contains("F:2:6: invalid UTF-8 (found byte 0x80, expected UTF-8 text): the file looks like Windows-1252, as Excel") == true)
        // Read as Windows-1252, it is fine.
        #expect(try messages(bytes, format: InputFormat(encoding: .windows1252), csvReader: false) == ["no error"])
    }

    /// A bad field after multi-byte characters and a quoted line break: the streaming and the
    /// in-memory reads give the same line and character column (where the field starts).
    @Test func fieldProblemsAtTheSameCharacterInBothReads() throws {
        let text = "note,id,n\n\"Genève\nannexe\",r1,1\n€€€,r2,x\n\"a\nb\",r3,3\nü,r2,4\n"
        // Line 3 of the bad n: `annexe",r1,` is 11 characters; line 4: `€€€,r2,` is 7; the
        // duplicate id r2 on line 7, `ü,`: column 3.
        #expect(try messages(Array(text.utf8), csvReader: false) == [
            "F:4:8: invalid n (found 'x', expected an integer)\nF:7:3: duplicate id (found 'r2', already on line 4)",
        ])
    }

    /// Semicolons found from the header; UTF-16LE with a byte-order mark and tabs (Excel's
    /// "Unicode text"); the notes say how each was read.
    @Test func semicolonsAndUTF16AreFoundAndNoted() throws {
        let semicolons = try temporaryFile("id;n;note\nr1;5;\"a;b\"\nr2;-2;x\n")
        let box = NotesBox()
        let tally = try Ingest.read(semicolons, columns: columns, notes: box) { TallyDecoder(header: $0) }
        #expect(tally == Tally(rows: 2, sum: 3))
        #expect(box.notes.sentences(file: "F") == ["F: read as semicolon-separated UTF-8 text."]) // no amounts, no word of decimals

        let unicode = try temporaryFile(bytes: utf16LE("id\tn\tnote\r\nr1\t7\tZürich 🌍\r\nr2\t4\t\r\n"))
        let box16 = NotesBox()
        for workers in [1, 2] {
            #expect(try Ingest.read(unicode, columns: columns, workers: workers, notes: box16) { TallyDecoder(header: $0) } == Tally(rows: 2, sum: 11))
        }
        #expect(box16.notes.sentences(file: "F").first == "F: read as tab-separated UTF-16 text, transcoded to UTF-8.")
        // Problems in a transcoded file are located in its characters: `r2\t` is 3.
        let bad = try temporaryFile(bytes: utf16LE("id\tn\tnote\r\nr1\t7\tZürich 🌍\r\nr1\tx\t\r\n"))
        #expect(throws: DataError.self) { _ = try Ingest.read(bad, columns: columns) { TallyDecoder(header: $0) } }
        do { _ = try Ingest.read(bad, columns: columns) { TallyDecoder(header: $0) } } catch {
            #expect(error.description.replacingOccurrences(of: bad, with: "F") == "F:3:4: invalid n (found 'x', expected an integer)\nF:3:1: duplicate id (found 'r1', already on line 2)"
                    || error.description.replacingOccurrences(of: bad, with: "F") == "F:3:1: duplicate id (found 'r1', already on line 2)\nF:3:4: invalid n (found 'x', expected an integer)")
        }
        // Forced delimiter: read with commas, the semicolon file has one column.
        do {
            _ = try Ingest.read(semicolons, columns: columns, format: InputFormat(delimiter: .comma)) { TallyDecoder(header: $0) }
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(":1: the header has no column 'id' (expected id,n); the header was read with a comma between columns but holds a semicolon: give --delimiter semicolon"))
        }
    }

    /// UTF-16 without a byte-order mark, read as UTF-8, is named; with --encoding utf-16 it reads.
    @Test func utf16WithoutAMarkIsNamed() throws {
        let path = try temporaryFile(bytes: Array(utf16LE("id,n\nr1,1\n").dropFirst(2)))
        do {
            _ = try Ingest.read(path, columns: columns) { TallyDecoder(header: $0) }
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path):1: the header holds NUL bytes (found UTF-16 text without a byte-order mark, expected UTF-8): read it with --encoding utf-16")
        }
        #expect(try Ingest.read(path, columns: columns, format: InputFormat(encoding: .utf16)) { TallyDecoder(header: $0) } == Tally(rows: 1, sum: 1))
    }
}
