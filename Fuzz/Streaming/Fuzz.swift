// libFuzzer target for the streaming path (built by scripts/fuzz.sh into one module with
// Sources/FingovCSV, Sources/FingovIngest and Sources/FingovModel).
//
// The first three bytes of an input choose the run: byte 0 the worker count (1 to 8, from its
// low three bits) and whether the ledger header is put before the rest (bit 7 clear) or the rest
// is the whole file (bit 7 set); bytes 1 and 2 the window size (1 to 4096 bytes). The rest is the
// file. It is written to a temporary file and read as the commands read a ledger (mapped
// windows, cuts, that many workers), and the result must equal the one-worker in-memory result
// of the same bytes: the same lines, or the same error message. The lines are compared as a
// multiset: each worker keeps its rows of every window together, so with several windows rows
// come out of file order (which the accumulators fed this way, sums and tallies, do not see;
// `Ledger.load` reads with one worker to keep file order). The same rule, over the kept corpus
// and findings, is the test StreamingFuzzRegressionTests.
#if canImport(Glibc)
import Glibc
#endif

private let path: String = "/tmp/fingov-fuzz-streaming-\(getpid()).csv"
/// UNODC's ledger vocabulary (scripts/fuzz.sh runs the targets from the repository root).
private let vocabulary: LedgerVocabulary = try! LedgerVocabulary.load(folder: "data/vocabulary")

private func write(_ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot create \(path)")
    var written = 0
    while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        precondition(n > 0, "cannot write \(path)")
        written += n
    }
    close(fd)
}

/// A result as a comparable text: the lines in a canonical order, or the error's message.
private func outcome(_ body: () throws(DataError) -> [LedgerLine]) -> String {
    do { return try body().map { "\($0)" }.sorted().joined(separator: "\n") } catch { return "error: \(error)" }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStreaming(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 3 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let workers = 1 + Int(bytes[0] & 7)
    let windowBytes = 1 + (Int(bytes[1]) << 8 | Int(bytes[2])) % 4096
    let body = Array(bytes[3...])
    let file = bytes[0] & 0x80 != 0 ? body : Array((Ledger.columns.joined(separator: ",") + "\n").utf8) + body
    write(file)
    // Both name the same file in their messages.
    let inMemory = outcome { () throws(DataError) in try Ledger.decode(bytes: file, file: path, vocabulary: vocabulary) }
    let streamed = outcome { () throws(DataError) in
        try Ingest.read(path, columns: Ledger.fileColumns, workers: workers, windowBytes: windowBytes) {
            LedgerRowDecoder(header: $0, vocabulary: vocabulary, sink: Ledger.LineCollector())
        }
    }
    if streamed != inMemory {
        fatalError("\(workers) workers, windows of \(windowBytes) bytes: the streamed result differs from the one-worker in-memory result\n--- in memory:\n\(inMemory.prefix(2000))\n--- streamed:\n\(streamed.prefix(2000))")
    }
    return 0
}
