/// A dense matrix of `Double`, stored in **column-major** order as BLAS and LAPACK expect.
///
/// Element (`row`, `column`) lives at `elements[row + column * rowCount]`. Column-major storage
/// lets every routine hand the buffer to Fortran-order BLAS/LAPACK with the leading dimension
/// equal to `rowCount` and no copying or transposition.
public struct Matrix: Hashable, Sendable, Codable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of columns.
    public let columnCount: Int
    /// The elements in column-major order; `elements.count == rowCount * columnCount`.
    public private(set) var elements: [Double]

    /// Creates a matrix whose every element is `value`.
    public init(rowCount: Int, columnCount: Int, repeating value: Double = 0) {
        precondition(rowCount >= 0 && columnCount >= 0,
                     "Matrix shape must be non-negative, got \(rowCount) x \(columnCount)")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.elements = Array(repeating: value, count: rowCount * columnCount)
    }

    /// Creates a matrix from elements already in column-major order.
    public init(rowCount: Int, columnCount: Int, columnMajor elements: [Double]) {
        precondition(rowCount >= 0 && columnCount >= 0,
                     "Matrix shape must be non-negative, got \(rowCount) x \(columnCount)")
        precondition(elements.count == rowCount * columnCount,
                     "A \(rowCount) x \(columnCount) matrix needs \(rowCount * columnCount) elements, got \(elements.count)")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.elements = elements
    }

    /// Creates a matrix from a list of rows, as it reads on paper.
    public init(rows: [[Double]]) {
        let columnCount = rows.first?.count ?? 0
        var matrix = Matrix(rowCount: rows.count, columnCount: columnCount)
        for (i, row) in rows.enumerated() {
            precondition(row.count == columnCount,
                         "Row \(i) has \(row.count) elements, expected \(columnCount)")
            for (j, value) in row.enumerated() { matrix[i, j] = value }
        }
        self = matrix
    }

    /// The `n` x `n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var matrix = Matrix(rowCount: n, columnCount: n)
        for i in 0..<n { matrix[i, i] = 1 }
        return matrix
    }

    /// The element at `row`, `column` (both zero-based).
    public subscript(row: Int, column: Int) -> Double {
        get {
            checkIndex(row, column)
            return elements[row + column * rowCount]
        }
        set {
            checkIndex(row, column)
            elements[row + column * rowCount] = newValue
        }
    }

    /// The elements of one column, top to bottom.
    public func column(_ column: Int) -> [Double] {
        precondition(column >= 0 && column < columnCount,
                     "Column \(column) is outside a matrix with \(columnCount) columns")
        return Array(elements[(column * rowCount)..<((column + 1) * rowCount)])
    }

    /// The elements of one row, left to right.
    public func row(_ row: Int) -> [Double] {
        precondition(row >= 0 && row < rowCount,
                     "Row \(row) is outside a matrix with \(rowCount) rows")
        return (0..<columnCount).map { elements[row + $0 * rowCount] }
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var result = Matrix(rowCount: columnCount, columnCount: rowCount)
        for j in 0..<columnCount {
            for i in 0..<rowCount { result.elements[j + i * columnCount] = elements[i + j * rowCount] }
        }
        return result
    }

    private func checkIndex(_ row: Int, _ column: Int) {
        precondition(row >= 0 && row < rowCount && column >= 0 && column < columnCount,
                     "Index (\(row), \(column)) is outside a \(rowCount) x \(columnCount) matrix")
    }
}
