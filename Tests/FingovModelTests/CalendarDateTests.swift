import Testing
@testable import FingovModel

@Suite struct CalendarDateTests {
    /// The string initialiser and the byte parser are one parser: they agree on good and bad text.
    @Test(arguments: ["2025-12-31", "2024-02-29", "2023-02-29", "2020-13-01", "1899-01-01", "2020-1-01", "2020/01/01", "", "20200101xx"])
    func bytesAndStringsAgree(text: String) {
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { CalendarDate.parse($0) }
        #expect(CalendarDate(rawValue: text) == fromBytes)
    }

    @Test func parsesByHand() {
        let d = CalendarDate(rawValue: "2024-02-29")
        #expect(d?.year == 2024 && d?.month == 2 && d?.day == 29)
        #expect(CalendarDate(rawValue: "2023-02-29") == nil)
    }
}
