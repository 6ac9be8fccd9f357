/// A seeded generator for tests (SplitMix64), independent of the code under test.
struct TestRandom {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [-1, 1).
    mutating func signed() -> Double { Double(next() >> 11) * 0x1p-52 - 1 }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Whether `a` and `b` agree to a relative tolerance `tolerance` (absolute near zero).
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
