import FingovModel
import FingovNumerics

/// Desirable ranges under many parameter sets at once, and how often each State would have
/// each status under them: the question "how robust is our status to the parameters?".
///
/// The midpoints of all States under a block of parameter sets are one matrix product
/// `M = F W` (`cblas_dgemm`): `F` (N x 3) holds the factor shares for the scale period and
/// population year, column k of `W` (3 x K) the posts each factor shares out under set k. The
/// flexibility, limits (rounded half up) and statuses follow element by element. Blocks of
/// `blockSize` sets keep memory flat however many sets there are.
public struct RangeSweep: Sendable {
    /// For each State (reference order), how many sets give each status (in
    /// `RepresentationStatus.allCases` order).
    public var statusCounts: [[Int]]
    /// The States, in the same order.
    public var states: [MemberState]
    /// The number of parameter sets.
    public var setCount: Int
    /// Sums over all States and sets of the rounded lower limits, midpoints and upper limits and
    /// of the unrounded midpoints: checksums to compare with another implementation.
    public var lowerTotal = 0, midpointTotal = 0, upperTotal = 0
    public var midpointExactTotal = 0.0

    /// The number of sets per matrix product.
    public static let blockSize = 8192

    /// Runs the sweep. Every set uses the scale period and population year of `base`; each
    /// row of `sets` gives the rest.
    public static func run(reference: ReferenceData, base: RangeParameters, sets: [RangeParameters],
                           headcounts: [MemberState: Int]) throws(RangeError) -> RangeSweep {
        let factors = try FactorShares(reference: reference, scalePeriod: base.scalePeriod, populationYear: base.populationYear)
        for p in sets { try p.validate() }
        let included = factors.states.indices.filter { factors.included[$0] }
        let n = included.count
        var f = Matrix(rowCount: n, columnCount: 3)
        for (row, i) in included.enumerated() { for c in 0..<3 { f[row, c] = factors.matrix[i, c] } }
        let staff = included.map { headcounts[factors.states[$0]] ?? 0 }
        var result = RangeSweep(statusCounts: Array(repeating: Array(repeating: 0, count: 5), count: n),
                                states: included.map { factors.states[$0] }, setCount: sets.count)
        // Flat counters, written through a pointer in the hot loop (State i, status s at 5i + s).
        var counts = [Int](repeating: 0, count: n * 5)
        var lowerTotal = 0, midpointTotal = 0, upperTotal = 0, exactTotal = 0.0
        var start = 0
        while start < sets.count {
            let block = Array(sets[start..<min(start + blockSize, sets.count)])
            var w = Matrix(rowCount: 3, columnCount: block.count)
            for (k, p) in block.enumerated() { for (c, posts) in p.postsByFactor.enumerated() { w[c, k] = posts } }
            let midpoints = f.multiplied(by: w)
            midpoints.elements.withUnsafeBufferPointer { m in
                counts.withUnsafeMutableBufferPointer { tally in
                    for (k, p) in block.enumerated() {
                        let flexShare = p.flexibilityPercent / 100, minimumFlex = p.minimumFlexibility, minimumUpper = p.minimumUpper
                        for i in 0..<n {
                            let mid = m[i + k * n]
                            let flex = max(flexShare * mid, minimumFlex)
                            // Rounded half up as `roundedHalfUp`; the values are non-negative (the
                            // lower limit is clamped at 0), so truncation is the floor.
                            let lowerExact = mid - flex + 0.5 + 1e-9
                            let lower = lowerExact > 0 ? Int(lowerExact) : 0
                            let midpoint = Int(mid + 0.5 + 1e-9)
                            let upper = Int(max(mid + flex, minimumUpper) + 0.5 + 1e-9)
                            lowerTotal &+= lower
                            midpointTotal &+= midpoint
                            upperTotal &+= upper
                            exactTotal += mid
                            let h = staff[i]
                            let status = h == 0 ? 0 : h < lower ? 1 : h < midpoint ? 2 : h <= upper ? 3 : 4
                            tally[5 * i + status] &+= 1
                        }
                    }
                }
            }
            start += block.count
        }
        result.lowerTotal = lowerTotal
        result.midpointTotal = midpointTotal
        result.upperTotal = upperTotal
        result.midpointExactTotal = exactTotal
        result.statusCounts = (0..<n).map { Array(counts[(5 * $0)..<(5 * $0 + 5)]) }
        return result
    }

    /// `count` parameter sets drawn around `base`: base figure 3,400 to 3,800, minimum
    /// flexibility 4.8 to 5.3, flexibility 10 to 20 per cent, membership weight 35 to 45 with
    /// population 5 and contribution the rest, minimum upper limit 14.
    public static func randomSets(count: Int, seed: UInt64, base: RangeParameters) -> [RangeParameters] {
        var rng = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            var p = base
            p.baseFigure = (3400 + 400 * rng.uniform()).rounded()
            p.minimumFlexibility = 4.8 + 0.5 * rng.uniform()
            p.flexibilityPercent = 10 + 10 * rng.uniform()
            p.membershipWeight = 35 + 10 * rng.uniform()
            p.populationWeight = 5
            p.contributionWeight = 100 - p.membershipWeight - p.populationWeight
            return p
        }
    }
}
