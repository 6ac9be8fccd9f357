import Testing
import FingovCSV
@testable import FingovModel
import FingovIngest

@Suite struct RosterDecoderTests {
    let reference: ReferenceData
    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    let header = "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date\n"

    func rosterProblems(_ body: String) -> [CSVError] {
        do {
            _ = try Roster.decode(bytes: Array((header + body).utf8), file: "staff.csv", reference: reference)
            return []
        } catch { return error.problems }
    }

    @Test func readsAGoodRoster() throws {
        let staff = try Roster.decode(bytes: Array((header + "S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\nS2,\"KEN\",M,G-5,SP,no,\"Nairobi, Kenya\",UNON,2019-05-01,2024-06-30\n").utf8),
                                      file: "staff.csv", reference: reference)
        #expect(staff.count == 2)
        #expect(staff[0].isSubjectToGeographicalDistribution)
        #expect(!staff[1].isSubjectToGeographicalDistribution)
        #expect(staff[1].dutyStation == "Nairobi, Kenya")
        #expect(staff[1].separationDate?.rawValue == "2024-06-30")
    }

    @Test(arguments: [
        ("S1,XXX,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 2, "invalid nationality (found 'XXX'"),
        ("S1,France,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 2, "invalid nationality (found 'France'"),
        ("S1,FRA,F,P-6,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 4, "invalid grade (found 'P-6'"),
        ("S1,FRA,W,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 3, "invalid gender (found 'W'"),
        ("S1,FRA,F,P-4,XB,no,Vienna,UNODC,2020-01-15,\n", 2, 5, "invalid post_funding (found 'XB'"),
        ("S1,FRA,F,P-4,RB,maybe,Vienna,UNODC,2020-01-15,\n", 2, 6, "invalid language_post (found 'maybe'"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-02-30,\n", 2, 9, "invalid appointment_date (found '2020-02-30'"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,2019-01-01\n", 2, 10, "separation before appointment"),
        ("S1,FRA,F,P-4,RB,no,Vienna,,2020-01-15,\n", 2, 8, "invalid entity (found ''"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC\n", 2, 9, "wrong number of fields (found 8, expected 10)"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\nS1,DEU,M,P-3,RB,no,Vienna,UNODC,2021-01-15,\n", 3, 1, "duplicate staff_id (found 'S1', already on line 2)"),
    ])
    func rejectsBadRosterRows(body: String, line: Int, column: Int, message: String) {
        let problems = rosterProblems(body)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.column == column)
        #expect(problems.first?.message.hasPrefix(message) == true, "\(problems.first?.message ?? "none")")
        #expect(problems.first?.description.hasPrefix("staff.csv:\(line):\(column): ") == true)
    }

    @Test func collectsSeveralProblemsUpToALimit() {
        let body = (1...30).map { "S\($0),XXX,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n" }.joined()
        do {
            _ = try Roster.decode(bytes: Array((header + body).utf8), file: "staff.csv", reference: reference)
            Issue.record("expected errors")
        } catch {
            #expect(error.problems.count == ProblemList.limit)
            #expect(error.unlisted == 30 - ProblemList.limit)
            #expect(error.description.contains("and 10 more problems not listed"))
        }
    }
}
