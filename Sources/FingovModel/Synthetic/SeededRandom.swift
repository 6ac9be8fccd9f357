/// A small deterministic random number generator (SplitMix64), so that a seed gives the same
/// data on every machine and every Swift version: the generators use only `next()` and the
/// helpers below, never the standard library's distributions.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform `Double` in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in `0..<n`.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(\(n))")
        return Int(next() % UInt64(n))
    }

    /// An element of `items`, chosen with probability proportional to `weights`.
    public mutating func pick<T>(_ items: [T], weights: [Double]) -> T {
        items[pickIndex(cumulative: cumulative(weights))]
    }

    /// The index drawn from cumulative weights (see `cumulative(_:)`), by binary search.
    public mutating func pickIndex(cumulative: [Double]) -> Int {
        let target = uniform() * cumulative.last!
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Running totals of `weights`, for `pickIndex(cumulative:)`.
    public func cumulative(_ weights: [Double]) -> [Double] {
        var total = 0.0
        return weights.map { total += $0; return total }
    }

    /// A roughly normal value (the sum of four uniforms), mean 0 and standard deviation 1.
    public mutating func normalish() -> Double {
        (uniform() + uniform() + uniform() + uniform() - 2) * 1.7320508075688772
    }
}
