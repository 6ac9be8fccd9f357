import Testing
import FingovCSV
@testable import FingovIngest

@Suite struct DuplicateIDsTests {
    static func parts(_ ids: [[String]]) -> (parts: [RowIDs], text: [Int: String]) {
        var parts: [RowIDs] = [], text: [Int: String] = [:]
        var offset = 0
        for part in ids {
            var p = RowIDs()
            for id in part {
                Array(id.utf8).withUnsafeBufferPointer { p.add($0, recordOffset: offset) }
                text[offset] = id
                offset += 10
            }
            parts.append(p)
        }
        return (parts, text)
    }

    /// The records of `text` whose id has one of `hashes`, as a second read of the file gives them.
    static func records(_ text: [Int: String]) -> (Set<UInt64>) -> [(offset: Int, id: String)] {
        { hashes in
            text.filter { hashes.contains(Array($0.value.utf8).withUnsafeBufferPointer { ByteInterner.hash($0) }) }
                .map { (offset: $0.key, id: $0.value) }
        }
    }

    /// An id seen once by each of two workers, and twice by one, is reported on each later
    /// record with the offset of the first.
    @Test func duplicatesAcrossParts() {
        let (parts, text) = Self.parts([["a", "b", "c"], ["d", "a", "e", "c", "a"]])
        let found = DuplicateIDs.find(parts, column: 1, name: "staff_id", records: Self.records(text))
        #expect(found == [OffsetProblem(offset: 40, column: 1, detail: .duplicate(column: "staff_id", value: "a", firstOffset: 0)),
                          OffsetProblem(offset: 60, column: 1, detail: .duplicate(column: "staff_id", value: "c", firstOffset: 20)),
                          OffsetProblem(offset: 70, column: 1, detail: .duplicate(column: "staff_id", value: "a", firstOffset: 0))])
        #expect(DuplicateIDs.find(Self.parts([["x"], ["y"], []]).parts, column: 1, name: "id") { _ in [] }.isEmpty)
    }

    /// Many ids on several parts, with duplicates planted at known places, against a
    /// dictionary count; and ids whose hashes fall in the same bucket.
    @Test func manyIDsAgainstADictionary() {
        var ids: [[String]] = [[], [], []]
        var rng = TestRandom(state: 7)
        var all: [String] = []
        for i in 0..<30_000 {
            let id = rng.below(50) == 0 && !all.isEmpty ? all[rng.below(all.count)] : "S\(i)-\(rng.next() % 1_000_000)"
            all.append(id)
            ids[i * 3 / 30_000].append(id)
        }
        let (parts, text) = Self.parts(ids)
        #expect(parts.map(\.count).reduce(0, +) == 30_000)
        let found = DuplicateIDs.find(parts, column: 1, name: "id", records: Self.records(text))
        var seen: [String: Int] = [:], expected: [OffsetProblem] = []
        for (i, id) in all.enumerated() {
            if let first = seen[id] {
                expected.append(OffsetProblem(offset: i * 10, column: 1, detail: .duplicate(column: "id", value: id, firstOffset: first)))
            } else { seen[id] = i * 10 }
        }
        #expect(expected.count > 300)
        #expect(found == expected)
    }
}
