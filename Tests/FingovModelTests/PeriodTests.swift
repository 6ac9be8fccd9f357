import Testing
@testable import FingovModel

@Suite struct PeriodTests {
    @Test func parsesYearsAndBienniums() {
        #expect(Period(rawValue: "2020")?.years == 2020...2020)
        #expect(Period(rawValue: "2020-2021")?.years == 2020...2021)
        #expect(Period(rawValue: "2019-2021")?.years == 2019...2021)
        #expect(Period(rawValue: "2020-2021")?.rawValue == "2020-2021")
    }

    @Test(arguments: ["", "20", "2021-2020", "2020-2020", "2020-", "-2020", "abcd", "2020-2021-2022", "1900", "2020-2040", "２０２０"])
    func rejectsBadPeriods(text: String) {
        #expect(Period(rawValue: text) == nil)
    }

    @Test func bienniumContainsItsYears() {
        let biennium = Period(rawValue: "2020-2021")!
        #expect(biennium.contains(2020) && biennium.contains(2021) && !biennium.contains(2022))
        #expect(biennium.contains(Period(year: 2021)!))
        #expect(!biennium.contains(Period(rawValue: "2021-2022")!))
        #expect(biennium.contains(biennium))
    }

    @Test func datesParseAndValidate() {
        #expect(CalendarDate(rawValue: "2024-02-29") != nil)
        #expect(CalendarDate(rawValue: "2023-02-29") == nil)
        #expect(CalendarDate(rawValue: "2025-13-01") == nil)
        #expect(CalendarDate(rawValue: "2025-1-01") == nil)
        #expect(CalendarDate(rawValue: "1850-01-01") == nil)
        #expect(CalendarDate(rawValue: "2025-01-01")!.dayBefore.rawValue == "2024-12-31")
        #expect(CalendarDate(rawValue: "2024-03-01")!.dayBefore.rawValue == "2024-02-29")
    }

    @Test func memberStateCodesHaveTheirForm() {
        #expect(MemberState(rawValue: "FRA") != nil)
        #expect(MemberState(rawValue: "France") == nil)
        #expect(MemberState(rawValue: "fra") == nil)
    }
}

@Suite struct PeriodParserTests {
    /// The string initialiser and the byte parser are one parser: they agree on good and bad text.
    @Test(arguments: ["2020", "2020-2021", "2021-2020", "2020-2020", "20", "2020-21", "abcd", "", "2020--2021"])
    func bytesAndStringsAgree(text: String) {
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { Period.parse($0) }
        #expect(Period(rawValue: text) == fromBytes)
    }
}
