import Testing
@testable import FingovReports

@Suite struct NumberFormattingTests {
    /// Each value with its decimal written by hand: the shortest digits that read back to the
    /// same `Double`, without an exponent.
    @Test(arguments: [
        (7.49996, "7.49996"), (0.1, "0.1"), (1e-7, "0.0000001"), (1e-5, "0.00001"), (-2.5e-7, "-0.00000025"),
        (1e21, "1000000000000000000000"), (1.2345e22, "12345000000000000000000"), (1e16, "10000000000000000"),
        (123456789012345680000.0, "123456789012345680000"), (-0.0, "0"), (0.0, "0"), (100.0, "100"), (-7.0, "-7"),
        (3600.0, "3600"), (12.345678, "12.345678"), (0.30000000000000004, "0.30000000000000004"), (-0.5, "-0.5"),
        (1234567.89, "1234567.89"), (5e-324, "0." + String(repeating: "0", count: 323) + "5"),
        (34.73389355742297, "34.73389355742297"), (2.0 / 3.0, "0.6666666666666666"),
    ])
    func shortestDecimals(x: Double, expected: String) {
        #expect(shortestDecimal(x) == expected)
        #expect(Double(expected) == x)
    }

    @Test func shortestDecimalsReadBack() {
        // Seeded: many magnitudes, both signs; every text reads back to the same Double and is
        // a plain decimal (digits, at most one point, a leading minus only for negatives).
        var state: UInt64 = 2026
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        for _ in 0..<20_000 {
            let x = Double(bitPattern: next())
            guard x.isFinite, x.magnitude < 1e40 else { continue }
            let text = shortestDecimal(x)
            #expect(Double(text) == x, "\(x) written as \(text)")
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            #expect(body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && body.filter { $0 == "." }.count <= 1, "\(text)")
            #expect(text.hasPrefix("-") == (x < 0), "\(text)")
            #expect(!text.hasSuffix(".") && !(text.contains(".") && text.hasSuffix("0")), "\(text)")
        }
    }

    @Test(arguments: [(1234.5, 2, "1234.50"), (-0.004, 2, "0.00"), (-0.005, 2, "-0.01"), (12.5, 0, "13"), (0.1, 4, "0.1000"), (-7, 1, "-7.0"),
                      (7.49996, 4, "7.5000")])
    func plainNumbers(x: Double, decimals: Int, expected: String) {
        #expect(plainNumber(x, decimals: decimals) == expected)
    }
}
