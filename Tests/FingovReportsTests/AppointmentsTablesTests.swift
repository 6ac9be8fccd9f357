import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct AppointmentsTablesTests {
    static func appointee(_ id: String, _ nationality: String, entity: String, appointed: String) throws -> StaffMember {
        StaffMember(id: id, nationality: try #require(MemberState(rawValue: nationality)), gender: .female, grade: .p4, postFunding: .regularBudget,
                    isLanguagePost: false, dutyStation: "Vienna", entity: entity,
                    appointmentDate: try #require(CalendarDate(rawValue: appointed)), separationDate: nil)
    }

    /// FRA and DEU of RangesTablesTests with a base figure of 2 posts: every range is [0, 1, 14]
    /// (midpoints below 1.5, lower limits floored at 0, upper at 14). At the start of 2025 one
    /// French staff member serves (FRA within range), no German (DEU unrepresented). Of three
    /// appointments in 2025, FRA and DEU to UNODC and FRA to OCHA, one went to an unrepresented
    /// State: 1/3 = 33.333...% overall (target missed), 50 % in UNODC (met), 0 % in OCHA.
    @Test func sharesByHand() throws {
        let fra = try #require(MemberState(rawValue: "FRA")), deu = try #require(MemberState(rawValue: "DEU"))
        func profile(_ state: MemberState) -> MemberStateProfile {
            MemberStateProfile(state: state, iso2: "", name: state.rawValue, shortName: state.rawValue, continent: "Europe", subregion: "", memberSince: 1945)
        }
        let reference = ReferenceData(states: [profile(fra), profile(deu)], scales: [try #require(Period(rawValue: "2019-2021")): [fra: 40, deu: 60]],
                                      populations: [2019: [fra: 1, deu: 3]])
        let staff = [try Self.appointee("0", "FRA", entity: "UNODC", appointed: "2015-01-01"),
                     try Self.appointee("1", "FRA", entity: "UNODC", appointed: "2025-03-01"),
                     try Self.appointee("2", "DEU", entity: "UNODC", appointed: "2025-04-01"),
                     try Self.appointee("3", "FRA", entity: "OCHA", appointed: "2025-05-01")]
        let records = AppointmentRecords(from: try #require(CalendarDate(rawValue: "2025-01-01")),
                                         to: try #require(CalendarDate(rawValue: "2025-12-31"))).adding(staff)
        let target = try AppointmentTarget.compute(records: records, reference: reference, parameters: RangeParameters(baseFigure: 2))
        let table = Tables.appointments(target)
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows[0] == ["entity", "appointments", "to_unrepresented_or_underrepresented", "share_percent", "target_met"])
        #expect(rows.contains(["UNODC", "2", "1", "50", "yes"]))
        #expect(rows.contains(["OCHA", "1", "0", "0", "no"]))
        let overall = try #require(rows.last)
        #expect(overall[0] == "All entities" && overall[1] == "3" && overall[2] == "1" && overall[4] == "no")
        #expect(abs(try #require(Double(overall[3])) - 100.0 / 3.0) < 1e-12 && overall[3].hasPrefix("33.33333333333333"))
        #expect(table.notes[0].contains("1 States unrepresented, 0 underrepresented"))
    }
}
