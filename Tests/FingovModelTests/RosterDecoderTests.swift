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

    // Columns are characters in the line, counted by hand: `S1,` is 3 characters, so the
    // nationality starts at column 4; `Genève` is 6 characters (7 bytes).
    @Test(arguments: [
        ("S1,XXX,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 4, "invalid nationality (found 'XXX'"),
        ("S1,France,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 4, "invalid nationality (found 'France'"),
        ("S1,FRA,F,P-6,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 10, "invalid grade (found 'P-6'"),
        ("S1,FRA,W,P-4,RB,no,Vienna,UNODC,2020-01-15,\n", 2, 8, "invalid gender (found 'W'"),
        ("S1,FRA,F,P-4,XB,no,Vienna,UNODC,2020-01-15,\n", 2, 14, "invalid post_funding (found 'XB'"),
        ("S1,FRA,F,P-4,RB,maybe,Vienna,UNODC,2020-01-15,\n", 2, 17, "invalid language_post (found 'maybe'"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-02-30,\n", 2, 33, "invalid appointment_date (found '2020-02-30'"),
        ("S1,FRA,F,P-4,RB,no,Genève,UNODC,2020-02-30,\n", 2, 33, "invalid appointment_date (found '2020-02-30'"),
        ("S1,FRA,F,P-4,RB,no,\"Genève, Suisse\",UNODC,2020-02-30,\n", 2, 43, "invalid appointment_date (found '2020-02-30'"),
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,2019-01-01\n", 2, 44, "separation before appointment"),
        ("S1,FRA,F,P-4,RB,no,Vienna,,2020-01-15,\n", 2, 27, "invalid entity (found ''"),
        // A missing field is reported where the line ends (31 characters).
        ("S1,FRA,F,P-4,RB,no,Vienna,UNODC\n", 2, 32, "wrong number of fields (found 8, expected 10)"),
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

/// The forgiving side of the roster decoder: other forms of the codes, several problems a row,
/// dates of birth.
@Suite struct RosterIntakeTests {
    let reference: ReferenceData
    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    func decode(_ text: String) throws(DataError) -> [StaffMember] {
        try Roster.decode(bytes: Array(text.utf8), file: "staff.csv", reference: reference)
    }

    @Test(arguments: [
        ("P3", Grade.p3), ("p-3", .p3), (" P-3 ", .p3), ("D1", .d1), ("d-2", .d2), ("usg", .underSecretaryGeneral),
        ("GS-7", .g7), ("GS7", .g7), ("G7", .g7), ("gs-1", .g1), ("NOB", .noB), ("no-e", .noE), ("FS4", .fs4),
        ("S-1", .s1), ("s7", .s7), ("TC-8", .tc8), ("tc1", .tc1), ("LL-7", .ll7), ("ll3", .ll3),
    ])
    func gradesInOtherForms(text: String, grade: Grade) {
        #expect(Grade(lenient: text) == grade)
    }

    @Test(arguments: ["P-6", "P", "NO", "GS-8", "TC-9", "S-8", "LL-8", "", "P 3x"])
    func notGrades(text: String) {
        #expect(Grade(lenient: text) == nil)
    }

    /// Security Service, Trades and Crafts and Local Level are outside geographical distribution.
    @Test func newGradeCategoriesAreNotGeographical() {
        for grade in [Grade.s1, .s7, .tc1, .tc8, .ll1, .ll7] {
            #expect(!StaffMember.isSubjectToGeographicalDistribution(grade: grade, postFunding: .regularBudget, isLanguagePost: false))
        }
        #expect(Grade.tc8.category == .tradesAndCrafts && Grade.s3.category == .securityService && Grade.ll2.category == .localLevel)
    }

    @Test(arguments: [("yes", true), ("YES", true), ("true", true), ("Y", true), ("1", true), (" y ", true),
                      ("no", false), ("False", false), ("n", false), ("0", false)])
    func languagePostForms(text: String, flag: Bool) {
        #expect(languagePostFlag(lenient: text) == flag)
    }

    /// Every problem of every row, and a duplicate id, in one run, sorted by line and column.
    @Test func everyProblemOfEveryRowInOneRun() {
        let text = Roster.columns.joined(separator: ",") + "\n"
            + "S1,XXX,W,P-9,RB,maybe,Vienna,UNODC,2020-01-15,\n"
            + "S1,FRA,F,P-44,RB,no,Vienna,UNODC,2020-01-15,\n"
            + "S2,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n"
        do {
            _ = try decode(text)
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map { "\($0.line):\($0.column)" } == ["2:4", "2:8", "2:10", "2:17", "3:1", "3:10"])
            #expect(error.problems[4].message == "duplicate staff_id (found 'S1', already on line 2)")
        }
    }

    @Test func aDualNationalityAsksForTheOneRecognised() {
        do {
            _ = try decode(Roster.columns.joined(separator: ",") + "\nS1,FRA/CAN,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n")
            Issue.record("expected a problem")
        } catch {
            #expect(error.problems.map(\.description) == [
                "staff.csv:2:4: more than one nationality (found 'FRA/CAN', expected one ISO alpha-3 code: the Secretariat recognises one nationality per staff member, give that one)",
            ])
        }
    }

    @Test func datesOfBirthAreCarried() throws {
        let header = Roster.columns.joined(separator: ",") + ",date_of_birth\n"
        let staff = try decode(header + "S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,,1980-02-29\nS2,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,,\n")
        #expect(staff.map(\.birthDate) == [CalendarDate(year: 1980, month: 2, day: 29), nil])
        // Without the column, nobody has one.
        #expect(try decode(Roster.columns.joined(separator: ",") + "\nS1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,\n").first?.birthDate == nil)
        do {
            _ = try decode(header + "S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,,1981-02-29\nS2,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-15,,2020-01-15\n")
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.description) == [
                "staff.csv:2:45: invalid date_of_birth (found '1981-02-29', expected a date YYYY-MM-DD, or empty)",
                "staff.csv:3:45: date_of_birth on or after appointment (found 2020-01-15, expected a date before 2020-01-15)",
            ])
        }
    }
}
