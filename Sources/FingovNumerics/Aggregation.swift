/// A roll-up of detailed categories into coarser groups, as a 0/1 matrix `G`.
///
/// `G` has one row per group and one column per detailed category; `G[g, d] = 1` when category
/// `d` belongs to group `g`. Rolling a detailed vector up is `G v` (`cblas_dgemv`); rolling a
/// detailed table (categories down, measures across) up is `G T` (`cblas_dgemm`). Cost centres
/// roll into regions this way, grades into categories, and months into bienniums.
///
/// Every product involves only 0 and 1 weights, so sums of integer cents stay exact while every
/// partial sum is an integer below 2^53 (see `Vector`).
public struct AggregationMatrix: Hashable, Sendable {
    /// The 0/1 matrix, `groupCount` x `detailCount`.
    public let matrix: Matrix

    /// Builds the roll-up from the group of each detailed category.
    ///
    /// - Parameters:
    ///   - groupOfDetail: `groupOfDetail[d]` is the group index of detailed category `d`.
    ///   - groupCount: the number of groups; every index must lie in `0..<groupCount`.
    public init(groupOfDetail: [Int], groupCount: Int) {
        var g = Matrix(rowCount: groupCount, columnCount: groupOfDetail.count)
        for (detail, group) in groupOfDetail.enumerated() {
            precondition(group >= 0 && group < groupCount,
                         "Detail \(detail) maps to group \(group), outside 0..<\(groupCount)")
            g[group, detail] = 1
        }
        self.matrix = g
    }

    /// The number of coarse groups.
    public var groupCount: Int { matrix.rowCount }
    /// The number of detailed categories.
    public var detailCount: Int { matrix.columnCount }

    /// The group totals of a detailed vector, `G v`.
    public func rollUp(_ detail: [Double]) -> [Double] {
        precondition(detail.count == detailCount,
                     "rollUp: \(detail.count) values for \(detailCount) detailed categories")
        return matrix.multiplied(by: detail)
    }

    /// The group totals of a detailed table, `G T`, where `T` has a row per detailed category.
    public func rollUp(_ detail: Matrix) -> Matrix {
        precondition(detail.rowCount == detailCount,
                     "rollUp: a table of \(detail.rowCount) rows for \(detailCount) detailed categories")
        return matrix.multiplied(by: detail)
    }
}
