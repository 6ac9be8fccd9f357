import Testing
@testable import FingovNumerics

@Suite struct ProductsTests {
    @Test func matrixVectorByHand() {
        let a = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(a.multiplied(by: [1, 0, -1]) == [-2, -2])
        #expect(a.transposed().multiplied(by: [1, 1]) == [5, 7, 9])
    }

    @Test func matrixMatrixByHandNonSquare() {
        let a = Matrix(rows: [[1, 2, 3], [4, 5, 6]])          // 2 x 3
        let b = Matrix(rows: [[1, 0, 2, -1], [0, 1, 1, 0], [2, 1, 0, 1]]) // 3 x 4
        let expected = Matrix(rows: [[7, 5, 4, 2], [16, 11, 13, 2]])
        #expect(a.multiplied(by: b) == expected)
    }

    /// Seeded random shapes against a naive triple loop, to a relative tolerance of 1e-12.
    @Test(arguments: [(1, 1, 1), (3, 5, 2), (17, 4, 9), (64, 33, 40)])
    func randomAgainstLoops(m: Int, k: Int, n: Int) {
        var rng = TestRandom(UInt64(m * 1000 + k * 10 + n))
        let a = Matrix(rowCount: m, columnCount: k, columnMajor: (0..<(m * k)).map { _ in rng.signed() })
        let b = Matrix(rowCount: k, columnCount: n, columnMajor: (0..<(k * n)).map { _ in rng.signed() })
        let x = (0..<k).map { _ in rng.signed() }
        let c = a.multiplied(by: b)
        let y = a.multiplied(by: x)
        for i in 0..<m {
            var yi = 0.0
            for j in 0..<k { yi += a[i, j] * x[j] }
            #expect(close(y[i], yi))
            for l in 0..<n {
                var cil = 0.0
                for j in 0..<k { cil += a[i, j] * b[j, l] }
                #expect(close(c[i, l], cil))
            }
        }
    }

    @Test func emptyShapes() {
        let a = Matrix(rowCount: 0, columnCount: 3)
        #expect(a.multiplied(by: [1, 2, 3]) == [])
        let b = Matrix(rowCount: 2, columnCount: 0)
        #expect(b.multiplied(by: []) == [0, 0])
        #expect(b.multiplied(by: Matrix(rowCount: 0, columnCount: 3)) == Matrix(rowCount: 2, columnCount: 3))
    }
}
