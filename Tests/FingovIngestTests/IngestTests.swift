import Testing
import FingovCSV
@testable import FingovIngest

@Suite struct IngestTests {
    /// A file of `count` rows `id,n,note` whose notes hold commas, quotes and quoted line breaks.
    static func file(count: Int, seed: UInt64) -> (text: String, sum: Int) {
        var rng = TestRandom(state: seed)
        var text = "id,n,note\n", sum = 0
        for i in 0..<count {
            let n = rng.below(10_000) - 5_000
            sum += n
            let note = ["plain", "\"a, b\"", "\"line\nbreak\"", "\"say \"\"hi\"\"\"", ""][rng.below(5)]
            text += "r\(i),\(n),\(note)" + (i % 3 == 0 ? "\r\n" : "\n")
        }
        return (text, sum)
    }

    /// Every window size and worker count gives the same tally as a sum computed while the file
    /// was written.
    @Test(arguments: [(1 << 20, 1), (64, 2), (97, 3), (1000, 4)])
    func windowsAndWorkersGiveOneAnswer(windowBytes: Int, workers: Int) throws {
        let (text, sum) = Self.file(count: 2_000, seed: 7)
        let path = try temporaryFile(text)
        let tally = try Ingest.read(path, columns: Columns(required: ["id", "n"], ignored: ["note"]), workers: workers, windowBytes: windowBytes) {
            TallyDecoder(header: $0)
        }
        #expect(tally == Tally(rows: 2_000, sum: sum))
        // The same bytes from memory.
        let inMemory = try Ingest.read(bytes: Array(text.utf8), file: path, columns: Columns(required: ["id", "n"], ignored: ["note"])) {
            TallyDecoder(header: $0)
        }
        #expect(inMemory == tally)
    }

    /// A bad row and an id used twice are each reported at their line and column; the
    /// duplicate names the line of the first.
    @Test(arguments: [(1 << 20, 1), (40, 2)]) func problemsCarryLinesAndColumns(windowBytes: Int, workers: Int) throws {
        let columns = Columns(required: ["id", "n"])
        let bad = try temporaryFile("id,n\na,1\nb,\"x\ny\"\nc,3\n")
        #expect(throws: DataError.self) { _ = try Ingest.read(bad, columns: columns, workers: workers, windowBytes: windowBytes) { TallyDecoder(header: $0) } }
        do {
            _ = try Ingest.read(bad, columns: columns, workers: workers, windowBytes: windowBytes) { TallyDecoder(header: $0) }
        } catch {
            #expect(error.description == "\(bad):3:3: invalid n (found 'x\ny', expected an integer)")
        }
        let twice = try temporaryFile("id,n\na,1\nb,2\nc,3\nb,4\n")
        do {
            _ = try Ingest.read(twice, columns: columns, workers: workers, windowBytes: windowBytes) { TallyDecoder(header: $0) }
            Issue.record("expected a duplicate")
        } catch {
            #expect(error.description == "\(twice):5:1: duplicate id (found 'b', already on line 3)")
        }
    }

    /// A missing file, an empty file, a header with a missing, unknown or repeated column.
    @Test func fileAndHeaderProblems() throws {
        let columns = Columns(required: ["id", "n"], optional: ["note"], ignored: ["comment"])
        func message(_ path: String) -> String {
            do {
                _ = try Ingest.read(path, columns: columns) { TallyDecoder(header: $0) }
                return "no error"
            } catch { return error.description }
        }
        #expect(message("/nonexistent/x.csv") == "/nonexistent/x.csv: cannot open the file (no such file)")
        let empty = try temporaryFile("")
        #expect(message(empty) == "\(empty): the file is empty (expected a header row: id,n)")
        let missing = try temporaryFile("id,note\na,b\n")
        #expect(message(missing) == "\(missing):1: the header has no column 'n' (expected id,n)")
        let unknown = try temporaryFile("id,n,colour\na,1,red\n")
        #expect(message(unknown) == "\(unknown):1:6: unknown column (found 'colour', expected one of id,n,note)")
        let repeated = try temporaryFile("id,n,n\na,1,2\n")
        #expect(message(repeated) == "\(repeated):1:6: column 'n' appears twice in the header")
        // Optional and ignored columns are accepted.
        let both = try temporaryFile("comment,n,note,id\nok,5,x,a\n")
        #expect(try Ingest.read(both, columns: columns) { TallyDecoder(header: $0) } == Tally(rows: 1, sum: 5))
    }
}
