import COpenBLAS

extension Matrix {
    /// The matrix-vector product `A x` (`cblas_dgemv`).
    ///
    /// - Precondition: `x.count == columnCount`.
    /// - Returns: a vector of `rowCount` elements, `(A x)_i = sum_j A_ij x_j`.
    /// - Complexity: O(`rowCount` * `columnCount`).
    public func multiplied(by x: [Double]) -> [Double] {
        precondition(x.count == columnCount,
                     "A \(rowCount) x \(columnCount) matrix cannot multiply a vector of \(x.count)")
        var y = [Double](repeating: 0, count: rowCount)
        if rowCount == 0 || columnCount == 0 { return y }
        let m = blasInt(rowCount, "rowCount"), n = blasInt(columnCount, "columnCount")
        elements.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(CblasColMajor, CblasNoTrans, m, n, 1.0, ap.baseAddress, m,
                                xp.baseAddress, 1, 0.0, yp.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// The matrix product `A B` (`cblas_dgemm`).
    ///
    /// - Precondition: `columnCount == other.rowCount`.
    /// - Returns: a `rowCount` x `other.columnCount` matrix, `(A B)_ik = sum_j A_ij B_jk`.
    /// - Complexity: O(`rowCount` * `columnCount` * `other.columnCount`).
    public func multiplied(by other: Matrix) -> Matrix {
        precondition(columnCount == other.rowCount,
                     "Cannot multiply a \(rowCount) x \(columnCount) matrix by a \(other.rowCount) x \(other.columnCount) matrix")
        var result = Matrix(rowCount: rowCount, columnCount: other.columnCount)
        if rowCount == 0 || other.columnCount == 0 || columnCount == 0 { return result }
        let m = blasInt(rowCount, "rowCount")
        let n = blasInt(other.columnCount, "other.columnCount")
        let k = blasInt(columnCount, "columnCount")
        var c = result.elements
        elements.withUnsafeBufferPointer { ap in
            other.elements.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0,
                                ap.baseAddress, m, bp.baseAddress, k, 0.0, cp.baseAddress, m)
                }
            }
        }
        result = Matrix(rowCount: rowCount, columnCount: other.columnCount, columnMajor: c)
        return result
    }

    /// `alpha * A`, element by element (`cblas_dscal`).
    public func scaled(by alpha: Double) -> Matrix {
        Matrix(rowCount: rowCount, columnCount: columnCount,
               columnMajor: Vector.scaled(elements, by: alpha))
    }

    /// `A + alpha * B`, element by element (`cblas_daxpy`).
    ///
    /// - Precondition: both matrices have the same shape.
    public func adding(_ other: Matrix, scaledBy alpha: Double = 1) -> Matrix {
        precondition(rowCount == other.rowCount && columnCount == other.columnCount,
                     "Cannot add a \(other.rowCount) x \(other.columnCount) matrix to a \(rowCount) x \(columnCount) matrix")
        return Matrix(rowCount: rowCount, columnCount: columnCount,
                      columnMajor: Vector.axpy(alpha, other.elements, elements))
    }

}
