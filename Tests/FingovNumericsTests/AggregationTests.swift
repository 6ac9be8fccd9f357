import Testing
@testable import FingovNumerics

@Suite struct AggregationTests {
    /// Five cost centres into two regions, totalled by hand.
    @Test func rollUpByHand() {
        let g = AggregationMatrix(groupOfDetail: [0, 1, 0, 1, 1], groupCount: 2)
        #expect(g.rollUp([10, 20, 30, 40, 50]) == [40, 110])
        let table = Matrix(rows: [[1, 100], [2, 200], [3, 300], [4, 400], [5, 500]])
        #expect(g.rollUp(table) == Matrix(rows: [[4, 400], [11, 1100]]))
    }

    @Test func emptyGroupStaysZero() {
        let g = AggregationMatrix(groupOfDetail: [0, 0, 2], groupCount: 3)
        #expect(g.rollUp([1, 2, 3]) == [3, 0, 3])
    }

    /// Seeded random cents rolled up equal integer group sums exactly.
    @Test func randomCentsRollUpExactly() {
        var rng = TestRandom(7)
        let details = 10_000, groups = 37
        let groupOf = (0..<details).map { _ in rng.below(groups) }
        let cents = (0..<details).map { _ in Int(rng.next() % 100_000_000_000) - 50_000_000_000 }
        var expected = [Int](repeating: 0, count: groups)
        for (d, g) in groupOf.enumerated() { expected[g] += cents[d] }
        let rolled = AggregationMatrix(groupOfDetail: groupOf, groupCount: groups).rollUp(cents.map(Double.init))
        #expect(rolled.map { Int($0) } == expected)
    }
}

@Suite struct SparseAggregationTests {
    /// The sparse path equals the BLAS path on the same data.
    @Test func sparseEqualsDense() {
        var rng = TestRandom(11)
        let groupOf = (0..<500).map { _ in rng.below(40) }
        let g = AggregationMatrix(groupOfDetail: groupOf, groupCount: 40)
        #expect(g.usesDenseProducts)
        let table = Matrix(rowCount: 500, columnCount: 2, columnMajor: (0..<1000).map { _ in Double(Int(rng.next() % 1_000_000)) })
        #expect(g.sparseRollUp(table) == g.rollUp(table))
    }

    /// A million distinct groups: too large for a dense matrix, rolled up sparsely and exactly.
    @Test func millionGroups() {
        let n = 1_000_000
        let g = AggregationMatrix(groupOfDetail: (0..<n).map { $0 / 2 }, groupCount: n / 2)
        #expect(!g.usesDenseProducts)
        let rolled = g.rollUp((0..<n).map(Double.init))
        #expect(rolled.count == n / 2)
        #expect(rolled[0] == 1 && rolled[n / 2 - 1] == Double(n - 2 + n - 1))
    }
}
