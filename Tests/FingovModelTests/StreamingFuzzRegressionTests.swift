import Foundation
import FingovIngest
import FingovModel
import Testing

/// The streaming fuzz target's rule (`Fuzz/Streaming/Fuzz.swift`) over its kept seeds and
/// findings: a ledger read from a file in windows by several workers gives the same lines, or
/// the same error, as the one-worker in-memory read of the same bytes. Lines are compared as a
/// multiset: each worker keeps its rows of every window together, so with several windows the
/// streamed rows come out of file order (seed-01 shows it); the accumulators fed this way (sums,
/// tallies) do not depend on the order, and `Ledger.load` reads with one worker to keep it.
@Suite struct StreamingFuzzRegressionTests {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The kept inputs: `Fuzz/corpus/streaming/*` and `Fuzz/regressions/streaming-*`.
    static let inputs: [String] = {
        let fm = FileManager.default
        let corpus = (try? fm.contentsOfDirectory(atPath: repository + "/Fuzz/corpus/streaming")) ?? []
        let regressions = ((try? fm.contentsOfDirectory(atPath: repository + "/Fuzz/regressions")) ?? []).filter { $0.hasPrefix("streaming-") }
        return corpus.sorted().map { "Fuzz/corpus/streaming/" + $0 } + regressions.sorted().map { "Fuzz/regressions/" + $0 }
    }()

    @Test func thereAreInputs() { #expect(Self.inputs.count >= 10) }

    @Test(arguments: inputs)
    func streamedEqualsInMemory(_ input: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.repository + "/" + input)).map { $0 }
        guard bytes.count >= 3 else { return } // the harness skips them too
        // The harness's decoding of the first three bytes.
        let workers = 1 + Int(bytes[0] & 7)
        let windowBytes = 1 + (Int(bytes[1]) << 8 | Int(bytes[2])) % 4096
        let body = Array(bytes[3...])
        let file = bytes[0] & 0x80 != 0 ? body : Array((Ledger.columns.joined(separator: ",") + "\n").utf8) + body
        let path = NSTemporaryDirectory() + "fingov-streaming-\(UUID().uuidString).csv"
        try Data(file).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        func outcome(_ body: () throws(DataError) -> [LedgerLine]) -> Result<[LedgerLine], DataError> {
            do { return .success(try body().sorted { "\($0)" < "\($1)" }) } catch { return .failure(error) }
        }
        let inMemory = outcome { () throws(DataError) in try Ledger.decode(bytes: file, file: path, vocabulary: unodcVocabulary) }
        let streamed = outcome { () throws(DataError) in
            try Ingest.read(path, columns: Ledger.fileColumns, workers: workers, windowBytes: windowBytes) {
                LedgerRowDecoder(header: $0, vocabulary: unodcVocabulary, sink: CollectLines())
            }
        }
        #expect(streamed == inMemory, "\(input): \(workers) workers, windows of \(windowBytes) bytes: \(Self.difference(streamed, inMemory))")
    }
}

extension StreamingFuzzRegressionTests {
    /// Where two results part: the line counts and the first line that differs, or the errors.
    static func difference(_ a: Result<[LedgerLine], DataError>, _ b: Result<[LedgerLine], DataError>) -> String {
        switch (a, b) {
        case (.success(let x), .success(let y)):
            let i = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
            return "streamed \(x.count) lines, in memory \(y.count); first difference at line \(i): \(i < x.count ? "\(x[i])" : "none") against \(i < y.count ? "\(y[i])" : "none")"
        case (.failure(let e), .success(let y)): return "streamed: \(e); in memory \(y.count) lines"
        case (.success(let x), .failure(let e)): return "streamed \(x.count) lines; in memory: \(e)"
        case (.failure(let e), .failure(let f)): return "streamed: \(e); in memory: \(f)"
        }
    }
}

/// Every row, in file order (what `Ledger.load` keeps).
struct CollectLines: LedgerRowSink {
    var rows: [LedgerRow] = []
    mutating func accept(_ row: LedgerRow) { rows.append(row) }
    func output(names: LedgerNames) -> [LedgerLine] { rows.map(names.line) }
}
