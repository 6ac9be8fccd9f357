import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// The ids of the rows one worker decoded, kept as 64-bit hashes only, for the duplicate check
/// that follows the scan. Memory is 8 bytes a row; no id is kept as text and no offset either:
/// in the rare file where a hash repeats, the records with it are found by reading the file again.
/// The hashes are kept in 256 buckets by their top byte, so that the check can take one bucket
/// of every worker at a time, in a table that stays in the cache.
public struct RowIDs: Sendable {
    @usableFromInline static var bucketCount: Int { 256 }
    @usableFromInline var buckets: [[UInt64]] = Array(repeating: [], count: 256)
    @usableFromInline var stored = 0

    /// No ids.
    public init() {}

    /// The number of ids kept.
    public var count: Int { stored }

    /// Keeps the id `bytes` of the record that starts at file offset `recordOffset` (the offset
    /// is found again by the second read, if ever needed).
    @inlinable
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        let hash = ByteInterner.hash(bytes)
        buckets[Int(truncatingIfNeeded: hash >> 56)].append(hash)
        stored += 1
    }
}

/// Finds ids used twice in a file, after the scan, from the hashes the workers kept: the
/// buckets are shared among the workers, each bucket of every worker's hashes is put through one
/// open-addressing table (a few thousand entries for a million ids, so it stays in the cache: no
/// sort, no copy), which flags every hash seen twice; only when one is, the file is read again
/// for the records whose id has such a hash (`records`), and their ids themselves are compared
/// (equal hashes may, very rarely, be different ids).
public enum DuplicateIDs {
    /// The duplicates in the file at `path`, each reported on the later record with the line of
    /// the first.
    ///
    /// - Parameters:
    ///   - column: the one-based column of the id.
    ///   - name: the column's name, for the message.
    ///   - bodyOffset: where the records start (after the header).
    /// - Complexity: O(n) for n ids; when a hash repeats, one more read of the file.
    public static func find(_ parts: [RowIDs], column: Int, name: String, inFile path: String, bodyOffset: Int,
                            delimiter: Delimiter = .comma) -> [OffsetProblem] {
        find(parts, column: column, name: name) { records(withHashes: $0, column: column, inFile: path, from: bodyOffset, delimiter: delimiter) }
    }

    /// The duplicates in `buffer`, a whole file whose records start at `bodyOffset`.
    public static func find(_ parts: [RowIDs], column: Int, name: String, in buffer: UnsafeBufferPointer<UInt8>, bodyOffset: Int,
                            delimiter: Delimiter = .comma) -> [OffsetProblem] {
        find(parts, column: column, name: name) { records(withHashes: $0, column: column, in: buffer, from: bodyOffset, delimiter: delimiter) }
    }

    /// The duplicates, given the records (offset and id, in file order) whose id has one of a
    /// set of hashes (`records`).
    public static func find(_ parts: [RowIDs], column: Int, name: String,
                            records: (Set<UInt64>) -> [(offset: Int, id: String)]) -> [OffsetProblem] {
        var found = [[UInt64]](repeating: [], count: max(1, min(Workers.defaultCount, RowIDs.bucketCount)))
        let workers = found.count
        Workers.forEach(&found) { k, repeated in
            var table: [UInt64] = []
            for bucket in stride(from: k, to: RowIDs.bucketCount, by: workers) {
                repeatedHashes(parts, bucket: bucket, table: &table, into: &repeated)
            }
        }
        let repeated = Set(found.joined())
        if repeated.isEmpty { return [] }
        var problems: [OffsetProblem] = []
        var firstOf: [String: Int] = [:]
        for record in records(repeated).sorted(by: { $0.offset < $1.offset }) {
            if let first = firstOf[record.id] {
                problems.append(OffsetProblem(offset: record.offset, column: column, detail: .duplicate(column: name, value: record.id, firstOffset: first)))
            } else {
                firstOf[record.id] = record.offset
            }
        }
        return problems
    }

    /// Collects the records whose field `column` hashes into a set.
    struct Collector: RecordHandler {
        let index: Int
        let hashes: Set<UInt64>
        var base = 0
        var found: [(offset: Int, id: String)] = []
        mutating func field(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
            if i == index && hashes.contains(ByteInterner.hash(bytes)) {
                found.append((base + recordOffset, String(decoding: bytes, as: UTF8.self)))
            }
        }
        mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { true }
    }

    /// The records of `buffer` from `start` whose field `column` (one-based) hashes into `hashes`.
    static func records(withHashes hashes: Set<UInt64>, column: Int, in buffer: UnsafeBufferPointer<UInt8>, from start: Int,
                        delimiter: Delimiter) -> [(offset: Int, id: String)] {
        var collector = Collector(index: column - 1, hashes: hashes)
        var scratch: [UInt8] = []
        _ = try? FieldScanner.scan(buffer, from: start, to: buffer.count, delimiter: delimiter, scratch: &scratch, handler: &collector)
        return collector.found
    }

    /// The same records of the file at `path`, read again window by window.
    static func records(withHashes hashes: Set<UInt64>, column: Int, inFile path: String, from start: Int,
                        delimiter: Delimiter) -> [(offset: Int, id: String)] {
        var collector = Collector(index: column - 1, hashes: hashes)
        var scratch: [UInt8] = []
        try? MappedWindows.forEachWindow(path: path) { window, fileOffset, isLast -> Int? in
            let from = fileOffset == 0 ? start : 0
            if from >= window.count { return window.count }
            guard let points = RecordCuts.counted(window, from: from, parts: 1, isLast: isLast) else { return 0 }
            collector.base = fileOffset
            _ = try? FieldScanner.scan(window, from: from, to: points.last!, delimiter: delimiter, scratch: &scratch, handler: &collector)
            return points.last!
        }
        return collector.found
    }

    /// Appends to `repeated` every hash that occurs more than once in `bucket` of all `parts`,
    /// with `table` (reused) as an open-addressing set of the bucket's hashes, at most half full.
    static func repeatedHashes(_ parts: [RowIDs], bucket: Int, table: inout [UInt64], into repeated: inout [UInt64]) {
        let n = parts.reduce(0) { $0 + $1.buckets[bucket].count }
        guard n > 1 else { return }
        var size = 16
        while size < 2 * n { size *= 2 }
        if table.count != size { table = [UInt64](repeating: 0, count: size) } else { table.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        let mask = size - 1
        var zeros = 0 // 0 marks an empty slot: a hash of 0 is counted apart
        table.withUnsafeMutableBufferPointer { slots in
            for part in parts {
                for hash in part.buckets[bucket] {
                    if hash == 0 { zeros += 1; continue }
                    // The low bits: the top byte is the bucket's.
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { slots[slot] = hash; break }
                        if entry == hash { repeated.append(hash); break }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        if zeros > 1 { repeated.append(0) }
    }
}
