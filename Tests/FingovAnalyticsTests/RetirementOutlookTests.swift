import Foundation
import Testing
@testable import FingovAnalytics
@testable import FingovIngest
@testable import FingovModel

/// The retirement outlook on 2025-12-31 over 5 years (to 2030-12-31), retirement age 65, worked
/// by hand at the window's edges.
@Suite struct RetirementOutlookTests {
    static func born(_ m: StaffMember, _ birth: String?) -> StaffMember {
        var m = m
        m.birthDate = birth.map(date)
        return m
    }

    /// Kenya (range 5-9-14 on the 2025-2027 scale): 6 staff.
    ///  K1 born 1960-12-31: 65 on 2025-12-31, the date counted itself: not after it, not in the window.
    ///  K2 born 1961-01-01: 65 on 2026-01-01: the first day of the window: retires.
    ///  K3 born 1965-12-31: 65 on 2030-12-31, the last day of the window: retires.
    ///  K4 born 1966-01-01: 65 on 2031-01-01: after the window.
    ///  K5 born 1964-02-29: 65 on 2029-03-01 (2029 has no 29 February): retires.
    ///  K6 no date of birth: counted now, never retiring.
    /// So 6 now, 3 retiring, 3 after: within range below midpoint (5 <= 6 < 9) becomes
    /// underrepresented (3 < 5).
    static let kenya = [born(member("K1", "KEN"), "1960-12-31"), born(member("K2", "KEN"), "1961-01-01"), born(member("K3", "KEN"), "1965-12-31"),
                        born(member("K4", "KEN"), "1966-01-01"), born(member("K5", "KEN"), "1964-02-29"), born(member("K6", "KEN"), nil),
                        // Not counted at all: a General Service member who would retire in the window.
                        born(member("K7", "KEN", grade: .g5), "1962-06-30")]

    static func tally() -> RetirementTally {
        RetirementTally(selection: StaffSelection(asOf: date("2025-12-31")), years: 5).adding(kenya)
    }

    @Test func windowEdgesByHand() throws {
        let tally = Self.tally()
        #expect(tally.horizon == date("2030-12-31"))
        #expect(tally.headcounts.counts[state("KEN")] == 6)
        #expect(tally.retiring[state("KEN")] == 3)
        #expect(tally.withoutBirthDate == 1)
        var parameters = RangeParameters.official
        parameters.scalePeriod = Period(rawValue: "2025-2027")!
        parameters.populationYear = 2024
        let outlook = try RetirementOutlook.compute(tally: tally, reference: realReference, parameters: parameters)
        let kenya = try #require(outlook.rows.first { $0.state == state("KEN") })
        #expect(kenya.range.lower == 5 && kenya.range.midpoint == 9)
        #expect(kenya.staff == 6 && kenya.retiring == 3 && kenya.staffAfter == 3)
        #expect(kenya.statusNow == .withinRangeBelowMidpoint && kenya.statusAfter == .underrepresented)
        #expect(outlook.rows.filter { $0.retiring > 0 }.count == 1)
    }

    @Test func leapDayBirthdaysReachTheAgeOnTheFirstOfMarch() {
        #expect(date("1964-02-29").adding(years: 65) == date("2029-03-01"))
        #expect(date("1964-02-29").adding(years: 64) == date("2028-02-29"))
        #expect(date("1961-01-01").adding(years: 65) == date("2026-01-01"))
    }

    /// The same members written to a roster file and read on every core give the same tally as
    /// the members fed from memory.
    @Test func fileAndMemoryAgree() throws {
        var text = "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date,date_of_birth\n"
        for m in Self.kenya {
            text += "\(m.id),\(m.nationality),F,\(m.grade.rawValue),RB,no,Vienna,UNODC,\(m.appointmentDate),,\(m.birthDate?.description ?? "")\n"
        }
        let path = NSTemporaryDirectory() + "outlook-\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try Ingest.read(roster: path, reference: realReference, into: RetirementTally(selection: StaffSelection(asOf: date("2025-12-31")), years: 5),
                                       workers: 2, windowBytes: 128)
        let fromMemory = Self.tally()
        #expect(fromFile.retiring == fromMemory.retiring)
        #expect(fromFile.headcounts.counts == fromMemory.headcounts.counts)
        #expect(fromFile.withoutBirthDate == fromMemory.withoutBirthDate)
    }
}
