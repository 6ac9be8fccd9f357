import Testing
@testable import FingovNumerics

@Suite struct LinearSystemTests {
    /// 2x + y = 5, x + 3y = 10 has x = 1, y = 3.
    @Test func twoByTwoByHand() throws {
        let a = Matrix(rows: [[2, 1], [1, 3]])
        let x = try a.solving([5, 10])
        #expect(close(x[0], 1) && close(x[1], 3))
    }

    @Test func severalRightHandSides() throws {
        let a = Matrix(rows: [[4, -2], [1, 1]])
        let b = Matrix(rows: [[2, 0], [3, 6]])
        let x = try a.solving(b)
        // Columns solve 4x - 2y = 2, x + y = 3 (x = 4/3, y = 5/3) and 4x - 2y = 0, x + y = 6 (2, 4).
        #expect(close(x[0, 0], 4.0 / 3) && close(x[1, 0], 5.0 / 3))
        #expect(close(x[0, 1], 2) && close(x[1, 1], 4))
    }

    /// Seeded random diagonally dominant systems: the residual A x - b is below 1e-10.
    @Test(arguments: [3, 10, 50]) func randomResidual(n: Int) throws {
        var rng = TestRandom(UInt64(n))
        var a = Matrix(rowCount: n, columnCount: n, columnMajor: (0..<(n * n)).map { _ in rng.signed() })
        for i in 0..<n { a[i, i] += Double(n) }
        let b = (0..<n).map { _ in rng.signed() * 10 }
        let x = try a.solving(b)
        let r = a.multiplied(by: x)
        for i in 0..<n { #expect(abs(r[i] - b[i]) < 1e-10) }
    }

    @Test func singularSystemThrows() {
        let a = Matrix(rows: [[1, 2], [2, 4]])
        #expect(throws: LinearAlgebraError.singularMatrix(pivot: 2)) { try a.solving([1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(rowCount: 3, columnCount: 3).solving([1, 2, 3]) }
    }
}
