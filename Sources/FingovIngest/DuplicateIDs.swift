import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// One id kept for the duplicate check: its hash and the file offset of its record.
@usableFromInline
struct RowID: Sendable {
    @usableFromInline var hash: UInt64
    @usableFromInline var offset: Int
    @inlinable init(hash: UInt64, offset: Int) {
        self.hash = hash
        self.offset = offset
    }
}

/// The ids of the rows one worker decoded, kept as hashes with the file offset of each record,
/// for the duplicate check that follows the scan. Memory is 16 bytes a row; no id is kept as text.
/// The ids are kept in 256 buckets by the top byte of their hash, so that the check can take
/// one bucket of every worker at a time, in a table that stays in the cache.
public struct RowIDs: Sendable {
    @usableFromInline static var bucketCount: Int { 256 }
    @usableFromInline var buckets: [[RowID]] = Array(repeating: [], count: 256)
    @usableFromInline var stored = 0

    /// No ids.
    public init() {}

    /// The number of ids kept.
    public var count: Int { stored }

    /// Keeps the id `bytes` of the record that starts at file offset `recordOffset`.
    @inlinable
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        let hash = ByteInterner.hash(bytes)
        buckets[Int(truncatingIfNeeded: hash >> 56)].append(RowID(hash: hash, offset: recordOffset))
        stored += 1
    }
}

/// Finds ids used twice in a file, after the scan, from the hashes and record offsets the
/// workers kept: the buckets are shared among the workers, each bucket of every worker's ids is
/// put through one open-addressing table of hashes (a few thousand entries for a million ids,
/// so it stays in the cache: no sort, no copy of the ids), which flags every hash seen twice;
/// only those few records are read again to compare the ids themselves (equal hashes may, very
/// rarely, be different ids).
public enum DuplicateIDs {
    /// The duplicates in the file at `path`, each reported on the later record with the line of
    /// the first.
    ///
    /// - Parameters:
    ///   - column: the one-based column of the id.
    ///   - name: the column's name, for the message.
    /// - Complexity: O(n) for n ids, plus a read of each record whose hash repeats.
    public static func find(_ parts: [RowIDs], column: Int, name: String, inFile path: String, delimiter: Delimiter = .comma) -> [OffsetProblem] {
        find(parts, column: column, name: name) { recordField(column, at: $0, path: path, delimiter: delimiter) }
    }

    /// The duplicates, given the id of the record at a file offset (`idAt`).
    public static func find(_ parts: [RowIDs], column: Int, name: String, idAt: (Int) -> String) -> [OffsetProblem] {
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
        // Gather the records of the repeated hashes (few), in file order.
        var candidates: [UInt64: [Int]] = [:]
        for part in parts {
            for hash in repeated {
                for id in part.buckets[Int(truncatingIfNeeded: hash >> 56)] where id.hash == hash { candidates[hash, default: []].append(id.offset) }
            }
        }
        var problems: [OffsetProblem] = []
        for offsets in candidates.values {
            var firstOf: [String: Int] = [:]
            for offset in offsets.sorted() {
                let id = idAt(offset)
                if let first = firstOf[id] {
                    problems.append(OffsetProblem(offset: offset, column: column, detail: .duplicate(column: name, value: id, firstOffset: first)))
                } else {
                    firstOf[id] = offset
                }
            }
        }
        return problems.sorted { $0.offset < $1.offset }
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
                for id in part.buckets[bucket] {
                    let hash = id.hash
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

    /// Field `column` (one-based) of the record that starts at `offset` in `buffer`.
    @usableFromInline
    static func field(_ column: Int, ofRecordAt offset: Int, in buffer: UnsafeBufferPointer<UInt8>, delimiter: Delimiter = .comma) -> String {
        struct One: RecordHandler {
            let index: Int
            var value = ""
            mutating func field(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
                if i == index { value = String(decoding: bytes, as: UTF8.self) }
            }
            mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { false }
        }
        var handler = One(index: column - 1)
        var scratch: [UInt8] = []
        _ = try? FieldScanner.scan(buffer, from: offset, to: buffer.count, delimiter: delimiter, scratch: &scratch, handler: &handler)
        return handler.value
    }

    /// Field `column` (one-based) of the record that starts at `offset` in the file at `path`.
    static func recordField(_ column: Int, at offset: Int, path: String, delimiter: Delimiter) -> String {
        LineNumbers.record(at: offset, inFile: path).withUnsafeBufferPointer { field(column, ofRecordAt: 0, in: $0, delimiter: delimiter) }
    }
}
