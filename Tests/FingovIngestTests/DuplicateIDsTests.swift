import Testing
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

    /// An id seen once by each of two workers, and twice by one, is reported on each later
    /// record with the offset of the first.
    @Test func duplicatesAcrossParts() {
        let (parts, text) = Self.parts([["a", "b", "c"], ["d", "a", "e", "c", "a"]])
        let found = DuplicateIDs.find(parts, column: 1, name: "staff_id") { text[$0]! }
        #expect(found == [OffsetProblem(offset: 40, column: 1, detail: .duplicate(column: "staff_id", value: "a", firstOffset: 0)),
                          OffsetProblem(offset: 60, column: 1, detail: .duplicate(column: "staff_id", value: "c", firstOffset: 20)),
                          OffsetProblem(offset: 70, column: 1, detail: .duplicate(column: "staff_id", value: "a", firstOffset: 0))])
        #expect(DuplicateIDs.find(Self.parts([["x"], ["y"], []]).parts, column: 1, name: "id") { _ in "" }.isEmpty)
    }

    /// The radix sort against the standard library's sort on seeded random values.
    @Test(arguments: [0, 1, 2, 1000, 100_003]) func radixSortSortsLikeTheStandardLibrary(count: Int) {
        var rng = TestRandom(state: UInt64(count))
        var values = (0..<count).map { _ in rng.next() >> UInt64(rng.below(64)) }
        let expected = values.sorted()
        radixSort(&values)
        #expect(values == expected)
    }
}
