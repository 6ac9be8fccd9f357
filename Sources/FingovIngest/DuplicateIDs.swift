import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// The ids of the rows one worker decoded, kept as hashes with the file offset of each record,
/// for the duplicate check that follows the scan. Memory is 16 bytes a row; no id is kept as text.
public struct RowIDs: Sendable {
    @usableFromInline var storedHashes: [UInt64] = []
    @usableFromInline var storedOffsets: [Int] = []

    /// Each id's hash, in the order added.
    public var hashes: [UInt64] { storedHashes }
    /// The file offset of each id's record.
    public var offsets: [Int] { storedOffsets }

    /// No ids.
    public init() {}

    /// The number of ids kept.
    public var count: Int { storedHashes.count }

    /// Keeps the id `bytes` of the record that starts at file offset `recordOffset`.
    @inlinable
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        storedHashes.append(ByteInterner.hash(bytes))
        storedOffsets.append(recordOffset)
    }
}

/// Finds ids used twice in a file, after the scan, from the hashes and record offsets the
/// workers kept: each worker's hashes are sorted (on its own core), equal hashes are found by
/// merging the sorted lists, and only those few records are read again to compare the ids
/// themselves (equal hashes may, very rarely, be different ids).
public enum DuplicateIDs {
    /// The duplicates in the file at `path`, each reported on the later record with the line of
    /// the first.
    ///
    /// - Parameters:
    ///   - column: the one-based column of the id.
    ///   - name: the column's name, for the message.
    /// - Complexity: O(n) for n ids (a radix sort), plus a read of each record whose hash repeats.
    public static func find(_ parts: [RowIDs], column: Int, name: String, inFile path: String, delimiter: Delimiter = .comma) -> [OffsetProblem] {
        find(parts, column: column, name: name) { recordField(column, at: $0, path: path, delimiter: delimiter) }
    }

    /// The duplicates, given the id of the record at a file offset (`idAt`).
    public static func find(_ parts: [RowIDs], column: Int, name: String, idAt: (Int) -> String) -> [OffsetProblem] {
        var sorted: [[UInt64]] = parts.map(\.hashes)
        Workers.forEach(&sorted) { _, hashes in radixSort(&hashes) }
        // Merge the sorted lists, noting every hash that appears more than once.
        var repeated = Set<UInt64>()
        var heads = [Int](repeating: 0, count: sorted.count)
        var previous: UInt64? = nil
        while true {
            var best = -1
            var bestHash: UInt64 = 0
            for k in sorted.indices where heads[k] < sorted[k].count {
                let h = sorted[k][heads[k]]
                if best < 0 || h < bestHash { best = k; bestHash = h }
            }
            if best < 0 { break }
            heads[best] += 1
            if previous == bestHash { repeated.insert(bestHash) }
            previous = bestHash
        }
        if repeated.isEmpty { return [] }
        // Gather the records of the repeated hashes (few), in file order.
        var candidates: [UInt64: [Int]] = [:]
        for part in parts {
            for (hash, offset) in zip(part.hashes, part.offsets) where repeated.contains(hash) { candidates[hash, default: []].append(offset) }
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

/// Sorts 64-bit values in place, least significant byte first (eight counting passes over the
/// array and a buffer of the same size): linear time, several times faster than a comparison
/// sort for a million hashes.
func radixSort(_ values: inout [UInt64]) {
    let n = values.count
    guard n > 1 else { return }
    var buffer = [UInt64](repeating: 0, count: n)
    values.withUnsafeMutableBufferPointer { a in
        buffer.withUnsafeMutableBufferPointer { b in
            var source = a, target = b
            var counts = [Int](repeating: 0, count: 256)
            for shift in stride(from: UInt64(0), to: 64, by: 8) {
                for i in 0..<256 { counts[i] = 0 }
                for v in source { counts[Int((v >> shift) & 0xFF)] += 1 }
                var total = 0
                for i in 0..<256 { let c = counts[i]; counts[i] = total; total += c }
                for v in source {
                    let digit = Int((v >> shift) & 0xFF)
                    target[counts[digit]] = v
                    counts[digit] += 1
                }
                swap(&source, &target)
            }
            // Eight passes: the sorted values are back in `a`.
        }
    }
}
