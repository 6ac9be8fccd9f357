import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct GenderTablesTests {
    static func member(_ id: String, _ gender: Gender, _ grade: Grade, funding: PostFunding = .regularBudget) throws -> StaffMember {
        StaffMember(id: id, nationality: try #require(MemberState(rawValue: "FRA")), gender: gender, grade: grade, postFunding: funding,
                    isLanguagePost: false, dutyStation: "Vienna", entity: "UNODC",
                    appointmentDate: try #require(CalendarDate(rawValue: "2015-01-01")), separationDate: nil)
    }

    /// Two women and one man at P-4, one woman and one not recorded at G-5: women's share at P-4
    /// 2/3 = 66.666...%, written in full; overall 3 of 4 recorded = 75 %.
    @Test func sharesInFull() throws {
        let staff = [try Self.member("1", .female, .p4), try Self.member("2", .female, .p4), try Self.member("3", .male, .p4),
                     try Self.member("4", .female, .g5), try Self.member("5", .notRecorded, .g5)]
        let parity = GenderParity.compute(tally: GenderTally(asOf: try #require(CalendarDate(rawValue: "2025-12-31"))).adding(staff))
        let table = Tables.gender(parity, geographical: false)
        #expect(table.name == "gender")
        let rows = String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows[0] == ["grade", "women", "men", "not_recorded", "total", "women_percent", "parity"])
        let p4 = try #require(rows.first { $0[0] == "P-4" })
        #expect(Array(p4[1...4]) == ["2", "1", "0", "3"])
        #expect(try #require(Double(p4[5])) == 2.0 / 3.0 * 100)
        #expect(p4[5].hasPrefix("66.6666666666666"))
        let total = try #require(rows.last)
        #expect(Array(total[1...5]) == ["3", "1", "1", "5", "75"])
        #expect(Tables.gender(parity, geographical: true).name == "gender-geographical")
    }
}
