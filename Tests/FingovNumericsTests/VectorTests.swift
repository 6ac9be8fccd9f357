import Testing
@testable import FingovNumerics

@Suite struct VectorTests {
    @Test func byHand() {
        #expect(Vector.sum([1, 2, 3.5, -0.5]) == 6)
        #expect(Vector.sum([]) == 0)
        #expect(Vector.dot([1, 2, 3], [4, -5, 6]) == 12)
        #expect(Vector.scaled([1, -2, 3], by: 2) == [2, -4, 6])
        #expect(Vector.axpy(3, [1, 2], [10, 20]) == [13, 26])
    }

    /// Seeded random vectors against naive loops, to a relative tolerance of 1e-12.
    @Test(arguments: [1, 7, 100, 1001]) func randomAgainstLoops(n: Int) {
        var rng = TestRandom(UInt64(n))
        let x = (0..<n).map { _ in rng.signed() * 100 }
        let y = (0..<n).map { _ in rng.signed() * 100 }
        var sum = 0.0, dot = 0.0
        for i in 0..<n { sum += x[i]; dot += x[i] * y[i] }
        #expect(close(Vector.sum(x), sum, 1e-10))
        #expect(close(Vector.dot(x, y), dot, 1e-10))
        let axpy = Vector.axpy(-1.5, x, y)
        for i in 0..<n { #expect(close(axpy[i], -1.5 * x[i] + y[i])) }
    }

    /// A million random amounts of cents summed through BLAS equal the integer sum exactly:
    /// every partial sum is an integer below 2^53.
    @Test func millionCentsSumExactly() {
        var rng = TestRandom(2026)
        var integerSum = 0
        var cents = [Double](repeating: 0, count: 1_000_000)
        for i in cents.indices {
            let c = Int(rng.next() % 2_000_000_000) - 1_000_000_000 // up to ±10 million dollars
            integerSum += c
            cents[i] = Double(c)
        }
        let blasSum = Vector.sum(cents)
        #expect(blasSum == Double(integerSum))
        #expect(Int(blasSum) == integerSum)
    }
}
