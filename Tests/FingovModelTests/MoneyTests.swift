import Testing
@testable import FingovModel
import FingovIngest

@Suite struct MoneyTests {
    @Test(arguments: [("1234.5", 123_450), ("-0.25", -25), ("0", 0), ("806072300", 80_607_230_000), ("+7.05", 705),
                      (".5", 50), ("12.", 1200), ("-0", 0), ("0.01", 1)])
    func parsesGoodAmounts(text: String, cents: Int) throws {
        #expect(try Money(parsing: text).cents == cents)
    }

    @Test(arguments: [("", "an amount is required"), ("1.234", "more than two decimals"), ("abc", "not a number"),
                      ("1,234.00", "not a number"), ("$5", "not a number"), ("1e6", "not a number"), ("1.2.3", "more than one decimal point"),
                      ("-", "no digits"), (".", "no digits"), (" 5", "not a number"), ("1234567890123456", "too large")])
    func rejectsBadAmounts(text: String, reason: String) {
        #expect(throws: MoneyParseError.self) { try Money(parsing: text) }
        do { _ = try Money(parsing: text) } catch { #expect(error.reason.hasPrefix(reason), "\(error.reason)") }
    }

    @Test func printsExactDollars() {
        #expect(Money(cents: 123_450).dollarsText == "1234.50")
        #expect(Money(cents: -25).dollarsText == "-0.25")
        #expect(Money(cents: -100).dollarsText == "-1.00")
        #expect(Money(cents: 7).dollarsText == "0.07")
    }

    @Test func thousandsRoundHalfAwayFromZero() {
        // 806,072,349.99 dollars = 806,072.34999 thousands -> 806,072.3; 806,072,350.00 -> 806,072.4
        #expect(Money(cents: 80_607_234_999).roundedThousands(decimals: 1).units == 8_060_723)
        #expect(Money(cents: 80_607_235_000).roundedThousands(decimals: 1).units == 8_060_724)
        #expect(Money(cents: -5_000).roundedThousands(decimals: 1).units == -1) // -50 dollars = -0.05 thousand -> -0.1
    }

    /// 100.00 split in three equal parts: 33.34, 33.33, 33.33 (the first remainder wins the tie).
    @Test func largestRemainderByHand() {
        #expect(Money(cents: 10_000).apportioned(by: [1, 1, 1]).map(\.cents) == [3334, 3333, 3333])
        #expect(Money(cents: 100).apportioned(by: [0.5, 0.25, 0.25]).map(\.cents) == [50, 25, 25])
        // 10 cents by 1:2:3:4 -> exact 1, 2, 3, 4.
        #expect(Money(cents: 10).apportioned(by: [1, 2, 3, 4]).map(\.cents) == [1, 2, 3, 4])
        // 1 cent by 2:1 -> the larger remainder (0.667) gets it.
        #expect(Money(cents: 1).apportioned(by: [2, 1]).map(\.cents) == [1, 0])
        #expect(Money(cents: -10_000).apportioned(by: [1, 1, 1]).map(\.cents) == [-3334, -3333, -3333])
    }

    /// Seeded random splits always add up exactly to the whole.
    @Test(arguments: 1...20) func apportionedPartsAddUp(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        let total = Money(cents: rng.below(10_000_000_000))
        let weights = (0..<(1 + rng.below(30))).map { _ in rng.uniform() * (rng.below(3) == 0 ? 0 : 1000) } + [1]
        #expect(total.apportioned(by: weights).sum() == total)
    }
}

@Suite struct DecimalCommaTests {
    static func parse(_ text: String, _ mark: DecimalMark) -> Result<Int, MoneyParseFailure> {
        var text = text
        return text.withUTF8 { Money.cents(parsing: $0, decimalMark: mark) }
    }

    @Test(arguments: [
        ("1234,56", DecimalMark.comma, 123_456), ("1.234,56", .comma, 123_456), ("1.234", .comma, 123_400), ("-0,5", .comma, -50),
        ("+12,05", .comma, 1_205), ("1.234.567,89", .comma, 123_456_789), ("7", .comma, 700),
        ("1234,56", .pointOrComma, 123_456), ("12.50", .pointOrComma, 1_250), ("2.000", .pointOrComma, 200_000),
        ("1.000.000,01", .pointOrComma, 100_000_001), ("-3.5", .pointOrComma, -350),
    ])
    func reads(_ text: String, _ mark: DecimalMark, _ cents: Int) {
        #expect(Self.parse(text, mark) == .success(cents))
    }

    @Test(arguments: [
        ("1,2,3", DecimalMark.comma, MoneyParseFailure.twoCommas), ("12.34,5", .comma, .misplacedThousands),
        ("1.23", .comma, .misplacedThousands), ("1.2345,00", .comma, .misplacedThousands), (".123,00", .comma, .misplacedThousands),
        ("1,234", .comma, .tooManyDecimals), ("1 234,00", .comma, .notADecimalCommaNumber), ("", .comma, .empty),
        ("1.23,4", .pointOrComma, .misplacedThousands), ("abc", .pointOrComma, .notANumber), ("1.234", .point, .tooManyDecimals),
        ("1234,56", .point, .notANumber),
    ])
    func refuses(_ text: String, _ mark: DecimalMark, _ failure: MoneyParseFailure) {
        #expect(Self.parse(text, mark) == .failure(failure))
    }
}
