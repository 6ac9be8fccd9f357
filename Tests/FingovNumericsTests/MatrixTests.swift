import Testing
@testable import FingovNumerics

@Suite struct MatrixTests {
    @Test func layoutIsColumnMajor() {
        let m = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.rowCount == 2 && m.columnCount == 3)
        #expect(m.elements == [1, 4, 2, 5, 3, 6])
        #expect(m[1, 2] == 6)
        #expect(m.row(1) == [4, 5, 6])
        #expect(m.column(2) == [3, 6])
    }

    @Test func transposeSwapsRowsAndColumns() {
        let m = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.transposed() == Matrix(rows: [[1, 4], [2, 5], [3, 6]]))
    }

    @Test func identityHasOnesOnTheDiagonal() {
        #expect(Matrix.identity(3) == Matrix(rows: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    }

    @Test func scaledAndAddedElementwise() {
        let a = Matrix(rows: [[1, 2], [3, 4]])
        let b = Matrix(rows: [[10, 20], [30, 40]])
        #expect(a.scaled(by: 2) == Matrix(rows: [[2, 4], [6, 8]]))
        #expect(a.adding(b, scaledBy: -0.5) == Matrix(rows: [[-4, -8], [-12, -16]]))
    }
}
