import Testing
@testable import FingovModel

@Suite struct CalendarDateTests {
    /// The string initialiser and the byte parser are one parser: they agree on good and bad text.
    @Test(arguments: ["2025-12-31", "2024-02-29", "2023-02-29", "2020-13-01", "1899-01-01", "2020-1-01", "2020/01/01", "", "20200101xx"])
    func bytesAndStringsAgree(text: String) {
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { CalendarDate.parse($0) }
        #expect(CalendarDate(rawValue: text) == fromBytes)
    }

    /// The word-at-a-time parser against a digit-by-digit one, on dates with every byte in turn
    /// replaced by bytes next to the digits and the dash (`/`, `:`, `,`, `.`), non-ASCII bytes
    /// and zero.
    @Test func wordParserAgreesWithADigitByDigitParser() {
        func reference(_ b: [UInt8]) -> CalendarDate? {
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
            func number(_ r: Range<Int>) -> Int? {
                var v = 0
                for i in r { guard b[i] >= 48 && b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i]) - 48 }
                return v
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        let replacements: [UInt8] = [0x2F, 0x3A, 0x2C, 0x2E, 0x2D, 0x30, 0x39, 0x3F, 0x20, 0x00, 0xB0, 0xB9, 0xFA, 0xFF, 0x06, 0x36]
        var checked = 0, valid = 0
        #expect(reference(Array("2025-13-01".utf8)) == nil && reference(Array("2025-00-10".utf8)) == nil && reference(Array("2025-04-31".utf8)) == nil)
        for text in ["2025-12-31", "2024-02-29", "1945-01-01", "2100-12-31", "2019-09-30", "2025-10-31", "2023-02-28"] {
            let bytes = Array(text.utf8)
            for i in 0..<10 {
                for r in replacements {
                    var b = bytes
                    b[i] = r
                    let parsed = b.withUnsafeBufferPointer { CalendarDate.parse($0) }
                    #expect(parsed == reference(b), "\(b)")
                    checked += 1
                    if parsed != nil { valid += 1 }
                }
            }
        }
        #expect(checked == 1120 && valid > 20)
    }

    @Test func parsesByHand() {
        let d = CalendarDate(rawValue: "2024-02-29")
        #expect(d?.year == 2024 && d?.month == 2 && d?.day == 29)
        #expect(CalendarDate(rawValue: "2023-02-29") == nil)
    }
}
