import Testing
@testable import FingovIngest

@Suite struct RecordCutsTests {
    /// Whether `offset` in `bytes` follows a line end outside quotes (counted from the start).
    static func isRecordStart(_ offset: Int, _ bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return true }
        let quotes = bytes[0..<offset].filter { $0 == 0x22 }.count
        return quotes % 2 == 0 && (bytes[offset - 1] == 0x0A || bytes[offset - 1] == 0x0D)
    }

    /// Counted cuts fall only at record starts, however the quoted line breaks lie; speculative
    /// cuts fall after line ends (and may land inside quotes, which the scan then reports).
    @Test(arguments: [1, 2, 3, 5, 8]) func countedCutsAreRecordStarts(parts: Int) {
        var rng = TestRandom(state: UInt64(parts))
        var text = ""
        for i in 0..<300 { text += "\(i),\(["a", "\"b\nc\"", "\"d\"\"e\"", "\"\n\n\""][rng.below(4)])\n" }
        let bytes = Array(text.utf8)
        let counted = bytes.withUnsafeBufferPointer { RecordCuts.counted($0, from: 0, parts: parts, isLast: true) }
        let points = try! #require(counted)
        #expect(points.first == 0 && points.last == bytes.count && points == points.sorted())
        #expect(points.allSatisfy { Self.isRecordStart($0, bytes) })
        let speculative = bytes.withUnsafeBufferPointer { RecordCuts.speculative($0, from: 0, parts: parts, isLast: true) }
        #expect(try! #require(speculative).allSatisfy { $0 == 0 || $0 == bytes.count || bytes[$0 - 1] == 0x0A })
    }

    /// A window that is not the last ends at its last record boundary.
    @Test func windowEndsAtLastBoundary() {
        let bytes = Array("a,1\n\"b\nc\",2\nd,".utf8)
        let points = bytes.withUnsafeBufferPointer { RecordCuts.counted($0, from: 0, parts: 2, isLast: false) }
        #expect(points?.last == 12)
    }
}
