/// A roll-up of detailed categories into coarser groups, as a 0/1 matrix `G`.
///
/// `G` has one row per group and one column per detailed category; `G[g, d] = 1` when category
/// `d` belongs to group `g`. Rolling a detailed vector up is `G v` (`cblas_dgemv`); rolling a
/// detailed table (categories down, measures across) up is `G T` (`cblas_dgemm`). Cost centres
/// roll into regions this way, grades into categories, and years into bienniums.
///
/// Every product involves only 0 and 1 weights, so sums of integer cents stay exact while every
/// partial sum is an integer below 2^53 (see `Vector`).
///
/// `G` has exactly one 1 per column, so it is stored as the group of each detail. While the
/// dense matrix is small (at most `denseLimit` elements) products go through BLAS; beyond, the
/// same product is computed sparsely, adding each detail into its group, which needs
/// O(`detailCount`) rather than O(`groupCount` x `detailCount`) memory and time (a million
/// distinct offices would otherwise need a 10^12-element matrix).
public struct AggregationMatrix: Hashable, Sendable {
    /// The group of each detailed category.
    public let groupOfDetail: [Int]
    /// The number of coarse groups.
    public let groupCount: Int

    /// The largest dense `G`, in elements, that products build for BLAS: 2^22 (32 MiB).
    public static let denseLimit = 1 << 22

    /// Builds the roll-up from the group of each detailed category.
    ///
    /// - Parameters:
    ///   - groupOfDetail: `groupOfDetail[d]` is the group index of detailed category `d`.
    ///   - groupCount: the number of groups; every index must lie in `0..<groupCount`.
    public init(groupOfDetail: [Int], groupCount: Int) {
        for (detail, group) in groupOfDetail.enumerated() {
            precondition(group >= 0 && group < groupCount,
                         "Detail \(detail) maps to group \(group), outside 0..<\(groupCount)")
        }
        self.groupOfDetail = groupOfDetail
        self.groupCount = groupCount
    }

    /// The number of detailed categories.
    public var detailCount: Int { groupOfDetail.count }

    /// The dense 0/1 matrix, `groupCount` x `detailCount`.
    public var matrix: Matrix {
        var g = Matrix(rowCount: groupCount, columnCount: detailCount)
        for (detail, group) in groupOfDetail.enumerated() { g[group, detail] = 1 }
        return g
    }

    /// Whether products use BLAS on the dense matrix (rather than the sparse path).
    public var usesDenseProducts: Bool { groupCount * detailCount <= AggregationMatrix.denseLimit }

    /// The group totals of a detailed vector, `G v`.
    public func rollUp(_ detail: [Double]) -> [Double] {
        precondition(detail.count == detailCount,
                     "rollUp: \(detail.count) values for \(detailCount) detailed categories")
        return rollUp(Matrix(rowCount: detailCount, columnCount: 1, columnMajor: detail)).elements
    }

    /// The group totals of a detailed table, `G T`, where `T` has a row per detailed category.
    public func rollUp(_ detail: Matrix) -> Matrix {
        precondition(detail.rowCount == detailCount,
                     "rollUp: a table of \(detail.rowCount) rows for \(detailCount) detailed categories")
        return usesDenseProducts ? matrix.multiplied(by: detail) : sparseRollUp(detail)
    }

    /// `G T` computed by adding each row of `T` into its group's row.
    func sparseRollUp(_ detail: Matrix) -> Matrix {
        var result = [Double](repeating: 0, count: groupCount * detail.columnCount)
        for column in 0..<detail.columnCount {
            let base = column * groupCount
            let values = detail.column(column)
            for (d, group) in groupOfDetail.enumerated() { result[base + group] += values[d] }
        }
        return Matrix(rowCount: groupCount, columnCount: detail.columnCount, columnMajor: result)
    }
}
