import Dispatch
import FingovCSV
import FingovModel
import FingovNumerics
#if canImport(Glibc)
import Glibc
#endif

/// A byte-level row decoder that collects its problems, for `StreamDriver`.
public protocol StreamingDecoder: RecordHandler, SendableMetatype {
    /// Problems found so far, at file offsets.
    var problems: ProblemList { get }
    /// Added to the scanner's offsets in problems: the file offset of the buffer being scanned.
    var baseOffset: Int { get set }
    /// Decodes the records of `buffer[start..<end]`, which begins at a record boundary.
    mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, scratch: inout [UInt8]) throws(CSVSyntaxError)
    /// Whether windows may be cut without counting quotes (`FieldScanner.speculativeCuts`):
    /// the decoders are then copied before each window, to be restored if a cut proves wrong,
    /// which suits decoders whose state stays small.
    static var allowsSpeculativeCuts: Bool { get }
}

extension LedgerRowDecoder: StreamingDecoder {
    public static var allowsSpeculativeCuts: Bool { true }
}

extension RosterRowDecoder: StreamingDecoder {
    // The ids kept for the duplicate check grow with the roster: no copies per window.
    public static var allowsSpeculativeCuts: Bool { false }
}

/// Reads a CSV file of any size in windows, decoding on every core.
///
/// The file is mapped in windows that start at record boundaries (`ChunkedFile`); the header is
/// checked (`DataHeader`); each window is cut at record boundaries into one part per worker
/// (`FieldScanner.recordCuts`, which counts quotes, or for decoders that allow it
/// `FieldScanner.speculativeCuts`, checked by the scan); worker k always decodes part
/// k with its own decoder, so no state is shared while they run. The caller merges the decoders'
/// accumulators. Memory is one window plus what the decoders keep. OpenBLAS is held to one thread
/// while the workers run, so its threads and ours never oversubscribe the cores.
public enum StreamDriver {
    /// The number of workers: one per core, or `FINGOV_WORKERS` when set (for benchmarks).
    public static var defaultWorkers: Int {
        if let text = getenv("FINGOV_WORKERS"), let n = Int(String(cString: text)), n >= 1 { return n }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Decodes the file at `path` with one decoder per worker, made by `makeDecoder` from the
    /// checked header, and returns the decoders.
    ///
    /// - Throws: `DataError` for a missing, unreadable or empty file, a bad header, or bad rows
    ///   (up to the problem limit, in file order, with lines and columns).
    public static func run<D: StreamingDecoder>(path: String, required: [String], optional: [String] = [], workers: Int = defaultWorkers,
                                                chunkBytes: Int = ChunkedFile.defaultChunkBytes,
                                                makeDecoder: (DataHeader) -> D) throws(DataError) -> [D] {
        var decoders: [D] = []
        var scratches: [[UInt8]] = Array(repeating: [], count: workers)
        var header: DataHeader?
        var syntaxError: CSVSyntaxError?
        var headerError: DataError?
        let threadsBefore = OpenBLAS.threadCount
        OpenBLAS.setThreadCount(1)
        defer { OpenBLAS.setThreadCount(threadsBefore) }
        do {
            try ChunkedFile.forEachWindow(path: path, chunkBytes: chunkBytes) { chunk, fileOffset, isLast -> Int? in
                var start = 0
                if header == nil {
                    // The header is read from the first window; if the window ends inside it, the
                    // window is widened.
                    if !isLast && FieldScanner.firstBoundary(chunk) == nil { return 0 }
                    var reader = CSVReader(bytes: Array(chunk), file: path)
                    do throws(DataError) {
                        let h = try DataHeader(reading: &reader, required: required, optional: optional)
                        header = h
                        start = h.bodyOffset
                        decoders = (0..<workers).map { _ in makeDecoder(h) }
                    } catch {
                        headerError = error
                        return nil
                    }
                    if start >= chunk.count { return chunk.count } // a header and nothing else
                }
                let speculative = D.allowsSpeculativeCuts ? FieldScanner.speculativeCuts(chunk, from: start, parts: workers, isLast: isLast) : nil
                guard var points = speculative ?? FieldScanner.recordCuts(chunk, from: start, parts: workers, isLast: isLast) else {
                    header = start > 0 ? nil : header // read the header again from the wider window
                    return 0
                }
                let snapshot = speculative != nil ? decoders : []
                var failures = decode(chunk, points, fileOffset, &decoders, &scratches)
                if speculative != nil && failures.contains(where: { $0 != nil }) {
                    // A cut may have fallen inside quotes: start the window again with exact cuts.
                    decoders = snapshot
                    guard let exact = FieldScanner.recordCuts(chunk, from: start, parts: workers, isLast: isLast) else {
                        header = start > 0 ? nil : header
                        return 0
                    }
                    points = exact
                    failures = decode(chunk, points, fileOffset, &decoders, &scratches)
                }
                if let first = failures.compactMap({ $0 }).first {
                    syntaxError = first
                    return nil
                }
                return points.last!
            }
        } catch let error as FileReadError {
            throw DataError(file: path, message: "cannot \(error.reason == "no such file" ? "open" : "read") the file (\(error.reason))")
        } catch {
            throw DataError(file: path, message: "cannot read the file (\(error))")
        }
        if let headerError { throw headerError }
        guard header != nil else {
            throw DataError(file: path, message: "the file is empty (expected a header row: \(required.joined(separator: ",")))")
        }
        var problems = ProblemList()
        for decoder in decoders { problems.merge(decoder.problems) }
        if let syntaxError {
            // Rows after a malformed record cannot be trusted: keep what came before it.
            var kept = ProblemList()
            for p in problems.problems where p.offset < syntaxError.offset { kept.add(p) }
            kept.add(OffsetProblem(offset: syntaxError.offset, column: syntaxError.column, message: syntaxError.message))
            problems = kept
        }
        if !problems.isEmpty {
            throw problems.located(file: path) { LineNumbers.lines(of: $0, inFile: path) }
        }
        return decoders
    }

    /// Decodes part k of a window (from `points[k]` to `points[k + 1]`) with decoder k, all parts
    /// at once; returns each part's syntax error, if any.
    static func decode<D: StreamingDecoder>(_ chunk: UnsafeBufferPointer<UInt8>, _ points: [Int], _ fileOffset: Int,
                                            _ decoders: inout [D], _ scratches: inout [[UInt8]]) -> [CSVSyntaxError?] {
        let parts = points.count - 1
        var failures = [CSVSyntaxError?](repeating: nil, count: parts)
        decoders.withUnsafeMutableBufferPointer { decoderBuffer in
            scratches.withUnsafeMutableBufferPointer { scratchBuffer in
                failures.withUnsafeMutableBufferPointer { failureBuffer in
                    // Each iteration touches only its own element of each buffer.
                    nonisolated(unsafe) let d = decoderBuffer, s = scratchBuffer, f = failureBuffer, c = chunk
                    DispatchQueue.concurrentPerform(iterations: parts) { k in
                        d[k].baseOffset = fileOffset
                        do throws(CSVSyntaxError) {
                            try d[k].scanRecords(c, from: points[k], to: points[k + 1], scratch: &s[k])
                        } catch {
                            var located = error
                            located.offset += fileOffset
                            f[k] = located
                        }
                    }
                }
            }
        }
        return failures
    }
}
