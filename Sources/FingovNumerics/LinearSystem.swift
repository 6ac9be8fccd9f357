import COpenBLAS

/// Why a linear solve failed because of its data.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matrix is singular: LAPACK found `U(pivot, pivot)` exactly zero (one-based `pivot`).
    case singularMatrix(pivot: Int)

    public var description: String {
        switch self {
        case .singularMatrix(let pivot):
            return "the system has no unique solution: the matrix is singular (zero pivot at position \(pivot))"
        }
    }
}

extension Matrix {
    /// Solves `A X = B` for `X` by LU factorisation with partial pivoting (LAPACK `dgesv_`).
    ///
    /// - Precondition: `A` is square and `B.rowCount == A.rowCount`.
    /// - Throws: `LinearAlgebraError.singularMatrix` when `A` is exactly singular (`info > 0`).
    ///   A negative `info` means we passed LAPACK a bad argument, which is our bug, so it traps.
    /// - Complexity: O(*n*³) for the factorisation plus O(*n*² *k*) for *k* right-hand sides.
    public func solving(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        precondition(rowCount == columnCount, "solving: A must be square, got \(rowCount) x \(columnCount)")
        precondition(b.rowCount == rowCount,
                     "solving: B has \(b.rowCount) rows, A has \(rowCount)")
        if rowCount == 0 { return b }
        var n = blasInt(rowCount, "rowCount")
        var nrhs = blasInt(b.columnCount, "b.columnCount")
        var lda = n, ldb = n, info: Int32 = 0
        var a = elements            // dgesv_ overwrites A with its LU factors
        var x = b.elements          // ...and B with the solution
        var pivots = [Int32](repeating: 0, count: rowCount)
        a.withUnsafeMutableBufferPointer { ap in
            x.withUnsafeMutableBufferPointer { xp in
                pivots.withUnsafeMutableBufferPointer { pp in
                    dgesv_(&n, &nrhs, ap.baseAddress, &lda, pp.baseAddress, xp.baseAddress, &ldb, &info)
                }
            }
        }
        precondition(info >= 0, "dgesv_ rejected argument \(-info): a bug in Fingov")
        if info > 0 { throw .singularMatrix(pivot: Int(info)) }
        return Matrix(rowCount: b.rowCount, columnCount: b.columnCount, columnMajor: x)
    }

    /// Solves `A x = b` for one right-hand side (LAPACK `dgesv_`).
    ///
    /// - Throws: `LinearAlgebraError.singularMatrix` when `A` is exactly singular.
    public func solving(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solving(Matrix(rowCount: b.count, columnCount: 1, columnMajor: b)).elements
    }
}
