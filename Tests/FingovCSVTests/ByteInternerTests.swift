import Testing
@testable import FingovCSV

@Suite struct ByteInternerTests {
    static func id(_ interner: inout ByteInterner, _ text: String) -> Int32 {
        Array(text.utf8).withUnsafeBufferPointer { interner.id(of: $0) }
    }

    static func find(_ interner: ByteInterner, _ text: String) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer { interner.find($0) }
    }

    /// Ids are given in order of first appearance; the same bytes get the same id; the strings
    /// come back as given, long and empty ones included.
    @Test(arguments: [false, true]) func idsInOrderOfFirstAppearance(sampled: Bool) {
        var interner = ByteInterner(sampledHash: sampled)
        let words = ["", "Vienna", "Country Office Pakistan", "Vienna", "", String(repeating: "x", count: 300), "Country Office Pakistan"]
        let ids = words.map { Self.id(&interner, $0) }
        #expect(ids == [0, 1, 2, 1, 0, 3, 2])
        #expect(interner.strings == ["", "Vienna", "Country Office Pakistan", String(repeating: "x", count: 300)])
        #expect(Self.find(interner, "Vienna") == 1 && Self.find(interner, "vienna") == nil)
    }

    /// Ten thousand distinct values, enough to grow the table several times, keep their ids.
    @Test func growsAndKeepsIds() {
        var interner = ByteInterner()
        for i in 0..<10_000 { #expect(Self.id(&interner, "office \(i)") == Int32(i)) }
        #expect(interner.count == 10_000)
        for i in stride(from: 0, to: 10_000, by: 997) { #expect(Self.find(interner, "office \(i)") == Int32(i)) }
    }
}
