import Testing
import FingovCSV
@testable import FingovIngest

/// Rows left out with `--rejects`: the rows kept add up to what a plain loop over the good rows
/// gives, and every row left out comes back with its fields, line and problems.
@Suite struct RejectedRowsTests {
    /// A file of `count` rows `id,n,note` in which some `n` are not integers and some ids repeat
    /// an earlier one; with the sum and count of the rows that should be kept (good `n`, first use
    /// of the id), and the lines that should be left out with their problems, worked out while the
    /// file is written.
    static func file(count: Int, seed: UInt64) -> (text: String, kept: Tally, rejected: [(line: Int, problems: [String])]) {
        var rng = TestRandom(state: seed)
        var text = "id,n,note\n", kept = Tally(), rejected: [(Int, [String])] = []
        var firstLine: [String: Int] = [:]
        var line = 2
        for i in 0..<count {
            // One row in 20 reuses an earlier id; one in 15 has a bad n.
            let id = i > 10 && rng.below(20) == 0 ? "r\(rng.below(i))" : "r\(i)"
            let badN = rng.below(15) == 0
            let n = rng.below(1_000)
            let note = ["plain", "\"a, b\"", "\"line\nbreak\"", ""][rng.below(4)]
            let nText = badN ? "x\(n)" : String(n)
            text += "\(id),\(nText),\(note)\n"
            var problems: [String] = []
            if badN { problems.append("invalid n (found '\(nText)', expected an integer)") }
            if let first = firstLine[id] { problems.append("duplicate id (found '\(id)', already on line \(first))") } else { firstLine[id] = line }
            if problems.isEmpty {
                kept.rows += 1
                kept.sum += n
            } else {
                rejected.append((line, problems))
            }
            line += note.contains("\n") ? 2 : 1
        }
        return (text, kept, rejected)
    }

    @Test(arguments: [(1 << 20, 1), (64, 2), (97, 3)])
    func rowsLeftOutAreListedAndNotCounted(windowBytes: Int, workers: Int) throws {
        let (text, kept, rejected) = Self.file(count: 1_500, seed: 11)
        #expect(rejected.count > 100) // the fixture has both kinds of problem, many times
        let path = try temporaryFile(text)
        let columns = Columns(required: ["id", "n"], ignored: ["note"])
        // Without rejecting, the read stops.
        #expect(throws: DataError.self) { _ = try Ingest.read(path, columns: columns, workers: workers, windowBytes: windowBytes) { TallyDecoder(header: $0) } }

        let box = NotesBox(rejecting: true)
        let tally = try Ingest.read(path, columns: columns, workers: workers, windowBytes: windowBytes, notes: box) { TallyDecoder(header: $0) }
        #expect(tally == kept)
        let rows = try #require(box.rejected)
        #expect(rows.header == ["id", "n", "note"])
        #expect(rows.rows.map(\.line) == rejected.map(\.line))
        #expect(rows.rows.map(\.problems) == rejected.map(\.problems))
        // The fields as written, quotes removed; the line break kept.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for row in rows.rows.prefix(20) where !row.fields[2].contains("\n") {
            let written = String(lines[row.line - 1])
            #expect(written.hasPrefix(row.fields[0] + "," + row.fields[1] + ","))
        }

        // The same bytes from memory.
        let memoryBox = NotesBox(rejecting: true)
        let inMemory = try Ingest.read(bytes: Array(text.utf8), file: path, columns: columns, notes: memoryBox) { TallyDecoder(header: $0) }
        #expect(inMemory == kept)
        #expect(memoryBox.rejected == rows)
    }

    /// The rejects table: the file's columns, then line and problem; a short row padded, a long
    /// row's extra fields kept in its last column; problems joined by '; '.
    @Test func recordsLineUpWithTheHeader() {
        let rows = RejectedRows(file: "f.csv", header: ["a", "b", "c"], rows: [
            RejectedRow(fields: ["1"], line: 2, problems: ["wrong number of fields (found 1, expected 3)"]),
            RejectedRow(fields: ["1", "2", "3", "4"], line: 3, problems: ["wrong number of fields (found 4, expected 3)"]),
            RejectedRow(fields: ["x", "y", "z"], line: 5, problems: ["p", "q"]),
        ])
        #expect(rows.columns == ["a", "b", "c", "line", "problem"])
        #expect(rows.records == [["1", "", "", "2", "wrong number of fields (found 1, expected 3)"],
                                 ["1", "2", "3,4", "3", "wrong number of fields (found 4, expected 3)"],
                                 ["x", "y", "z", "5", "p; q"]])
        // A semicolon file's extra fields are kept with semicolons.
        var semicolons = RejectedRows(file: "f.csv", header: ["a", "b"], rows: [RejectedRow(fields: ["1", "2", "3"], line: 2, problems: ["p"])])
        semicolons.delimiter = .semicolon
        #expect(semicolons.records == [["1", "2;3", "2", "p"]])
    }

    /// A syntax error is not a row that can be left out: the read still stops.
    @Test func brokenQuotingStillStops() throws {
        let path = try temporaryFile("id,n\na,1\nb,\"2\"x\nc,3\n")
        #expect(throws: DataError.self) {
            _ = try Ingest.read(path, columns: Columns(required: ["id", "n"]), notes: NotesBox(rejecting: true)) { TallyDecoder(header: $0) }
        }
    }
}
