import Testing
@testable import FingovIngest

@Suite struct WorkersTests {
    /// Each slot is given to exactly one call, with its own index.
    @Test(arguments: [0, 1, 2, 7]) func eachSlotOnce(count: Int) {
        var slots = [Int](repeating: -1, count: count)
        Workers.forEach(&slots) { k, slot in slot = slot == -1 ? k * k : -2 }
        #expect(slots == (0..<count).map { $0 * $0 })
    }
}
