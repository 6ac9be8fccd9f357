import Testing
@testable import FingovAnalytics
import FingovIngest
@testable import FingovModel

/// Rosters counted by hand for each rule of the forgiving intake, read from files on the one
/// road (`Ingest.read(roster:...)`), with the notes of what was forgiven.
@Suite struct IntakeTests {
    static let asOf = date("2025-12-31")

    func read(_ text: String, separation: SeparationReading = .lastDay) throws -> (Headcounts, IntakeNotes) {
        let path = try temporaryFile(Array(text.utf8))
        let box = NotesBox()
        let counts = try Ingest.read(roster: path, reference: realReference, into: Headcounts(selection: StaffSelection(asOf: Self.asOf)),
                                     separation: separation, notes: box)
        return (counts, box.notes)
    }

    /// Columns in another order, an extra column, codes in any case and form.
    @Test func codesInAnyCaseAndFormAreReadAndCounted() throws {
        let text = """
            nationality,staff_id,comment,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date
             fra ,S1,x,f,P3,rb,no,Vienna,UNODC,2010-01-01,
            FRA,S2,,F,p-4,RB,false,Vienna,UNODC,2010-01-01,
            deu,S3,,M,D1,RB,N,Vienna,UNODC,2010-01-01,
            DEU,S4,,M,GS7,RB,0,Vienna,UNODC,2010-01-01,
            DEU,S5,,M,S-3,RB,no,Vienna,UNODC,2010-01-01,
            DEU,S6,,M,TC-8,RB,no,Vienna,UNODC,2010-01-01,
            DEU,S7,,M,LL-1,RB,no,Vienna,UNODC,2010-01-01,
            KEN,S8,,F,P-2,RB,YES,Nairobi,UNON,2010-01-01,
            KEN,S9,,F,p2,Rb,1,Nairobi,UNON,2010-01-01,

            """
        let (counts, notes) = try read(text)
        // By hand: S1, S2 (FRA) and S3 (DEU) are geographical; S4 to S7 are G, S, TC and LL
        // (outside geographical distribution); S8 and S9 are on language posts.
        #expect(counts.counts == [state("FRA"): 2, state("DEU"): 1])
        #expect(counts.rowsRead == 9 && counts.used == 3)
        #expect(counts.exclusions[StaffExclusion.belowProfessional.rawValue] == 4)
        #expect(counts.exclusions[StaffExclusion.languagePost.rawValue] == 2)
        #expect(notes.ignoredColumns == ["comment"])
        func n(_ column: String, _ found: String, _ value: String) -> Int? {
            notes.normalised[IntakeNotes.Normalised(column: column, found: found, readAs: value)]
        }
        #expect(n("nationality", " fra ", "FRA") == 1 && n("nationality", "deu", "DEU") == 1)
        #expect(n("gender", "f", "F") == 1)
        #expect(n("grade", "P3", "P-3") == 1 && n("grade", "p-4", "P-4") == 1 && n("grade", "D1", "D-1") == 1
                && n("grade", "GS7", "G-7") == 1 && n("grade", "p2", "P-2") == 1)
        #expect(n("post_funding", "rb", "RB") == 1 && n("post_funding", "Rb", "RB") == 1)
        #expect(n("language_post", "false", "no") == 1 && n("language_post", "N", "no") == 1 && n("language_post", "0", "no") == 1
                && n("language_post", "YES", "yes") == 1 && n("language_post", "1", "yes") == 1)
        #expect(notes.normalised.values.reduce(0, +) == 15)
        let sentences = notes.sentences(file: "r.csv")
        #expect(sentences.first == "r.csv: column ignored (not used by Fingov): 'comment'.")
        #expect(sentences.last?.hasPrefix("r.csv: 15 values read in another form: ") == true)
    }

    /// A file in the documented form forgives nothing.
    @Test func aDocumentedRosterHasNoNotes() throws {
        let (_, notes) = try read(Roster.columns.joined(separator: ",") + "\nS1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,\n")
        #expect(notes.isEmpty)
        #expect(notes.sentences(file: "r.csv") == [])
    }

    static let separationRoster = Roster.columns.joined(separator: ",") + "\n" + """
        S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,2025-12-30
        S2,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,2025-12-31
        S3,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,2026-01-01
        S4,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,
        S5,FRA,F,P-4,RB,no,Vienna,UNODC,2025-12-31,
        S6,FRA,F,P-4,RB,no,Vienna,UNODC,2025-12-31,2025-12-31
        S7,FRA,F,P-4,RB,no,Vienna,UNODC,2026-01-01,

        """

    /// On 2025-12-31, read as the last day of service: S2 (last day that day), S3, S4, S5
    /// (appointed that day) and S6 (appointed and separated that day) count; S1 left the day
    /// before, S7 starts the day after: 5.
    @Test func separationDateIsTheLastDayOfService() throws {
        let (counts, _) = try read(Self.separationRoster)
        #expect(counts.counts == [state("FRA"): 5])
        #expect(counts.exclusions[StaffExclusion.notServing.rawValue] == 2)
    }

    /// Read as the first day out of service: S2 and S6 are out on 2025-12-31; S3 (out on
    /// 2026-01-01), S4 and S5 count: 3.
    @Test func separationDateReadAsTheDayAfter() throws {
        let (counts, _) = try read(Self.separationRoster, separation: .dayAfter)
        #expect(counts.counts == [state("FRA"): 3])
        #expect(counts.exclusions[StaffExclusion.notServing.rawValue] == 4)
    }

    /// The in-memory rule is the same: the separation date is the last day counted.
    @Test func inMemoryMembersCountOnTheirLastDay() {
        #expect(member("A", "FRA", appointed: "2020-01-01", separated: "2025-12-31").isServing(on: Self.asOf))
        #expect(!member("B", "FRA", appointed: "2020-01-01", separated: "2025-12-30").isServing(on: Self.asOf))
        #expect(member("C", "FRA", appointed: "2025-12-31").isServing(on: Self.asOf))
        #expect(!member("D", "FRA", appointed: "2026-01-01").isServing(on: Self.asOf))
    }
}
