import COpenBLAS

/// Level-1 BLAS over plain `[Double]` vectors.
///
/// Exactness of integer amounts: a `Double` represents every integer of magnitude up to 2^53
/// exactly, and the sum or product of two such integers is exact as long as the result stays
/// within that range. Money is held in integer cents, so a sum of cents computed here (in any
/// order, with or without fused multiply-add) is exact while every partial sum stays below
/// 2^53 cents, about 90 trillion dollars. `Money` checks that bound before relying on it.
public enum Vector {
    /// The sum of the elements, `sum_i x_i`, computed as the dot product with a vector of ones
    /// (`cblas_ddot`); `cblas_dasum` would sum absolute values instead.
    ///
    /// - Complexity: O(*n*).
    public static func sum(_ x: [Double]) -> Double {
        if x.isEmpty { return 0 }
        let ones = [Double](repeating: 1, count: x.count)
        return dot(x, ones)
    }

    /// The dot product `sum_i x_i * y_i` (`cblas_ddot`).
    ///
    /// - Precondition: `x.count == y.count`.
    /// - Complexity: O(*n*).
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "dot: x has \(x.count) elements, y has \(y.count)")
        let n = blasInt(x.count, "vector length")
        return x.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                cblas_ddot(n, xp.baseAddress, 1, yp.baseAddress, 1)
            }
        }
    }

    /// `alpha * x` (`cblas_dscal`).
    ///
    /// - Complexity: O(*n*).
    public static func scaled(_ x: [Double], by alpha: Double) -> [Double] {
        var result = x
        let n = blasInt(x.count, "vector length")
        result.withUnsafeMutableBufferPointer { rp in
            cblas_dscal(n, alpha, rp.baseAddress, 1)
        }
        return result
    }

    /// `alpha * x + y` (`cblas_daxpy`).
    ///
    /// - Precondition: `x.count == y.count`.
    /// - Complexity: O(*n*).
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count, "axpy: x has \(x.count) elements, y has \(y.count)")
        var result = y
        let n = blasInt(x.count, "vector length")
        x.withUnsafeBufferPointer { xp in
            result.withUnsafeMutableBufferPointer { rp in
                cblas_daxpy(n, alpha, xp.baseAddress, 1, rp.baseAddress, 1)
            }
        }
        return result
    }
}
