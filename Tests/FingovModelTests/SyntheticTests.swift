import Testing
@testable import FingovModel
import FingovIngest
import FingovCSV

@Suite struct SyntheticTests {
    let reference: ReferenceData
    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    var weights: [(state: MemberState, weight: Double)] { reference.states.map { ($0.state, 1.0) } }

    @Test func aFixedSeedGivesTheSameRoster() {
        let a = SyntheticRoster(stateWeights: weights, seed: 42).csv(count: 500)
        let b = SyntheticRoster(stateWeights: weights, seed: 42).csv(count: 500)
        let c = SyntheticRoster(stateWeights: weights, seed: 43).csv(count: 500)
        #expect(a == b)
        #expect(a != c)
    }

    /// Hostile text (commas, quotes, line breaks inside quotes) parses back to every row generated.
    @Test func generatedRosterParsesBack() throws {
        let bytes = SyntheticRoster(stateWeights: weights, seed: 7, hostileText: true).csv(count: 3000)
        let staff = try Roster.decode(bytes: bytes, file: "gen.csv", reference: reference)
        #expect(staff.count == 3000)
        #expect(staff.contains { $0.dutyStation.contains("\n") })
        #expect(staff.contains { $0.entity.contains("\"") })
        #expect(staff.contains { $0.dutyStation.contains(",") })
    }

    /// Every generated person has a date of birth: at least 20 (here 22) at appointment, at most
    /// 64 on the last day of service or on 2025-12-31, the same for the same seed; and the
    /// other columns are those the generator wrote before dates of birth were added (their own
    /// random stream).
    @Test func datesOfBirthArePlausibleAndDeterministic() throws {
        let roster = SyntheticRoster(stateWeights: weights, seed: 11)
        let staff = try Roster.decode(bytes: roster.csv(count: 5000), file: "gen.csv", reference: reference)
        func age(_ born: CalendarDate, on day: CalendarDate) -> Int {
            day.year - born.year - ((day.month, day.day) < (born.month, born.day) ? 1 : 0)
        }
        var youngest = Int.max, oldest = Int.min
        for member in staff {
            let born = try #require(member.birthDate)
            let last = member.separationDate ?? CalendarDate(year: 2025, month: 12, day: 31)!
            #expect(age(born, on: member.appointmentDate) >= 20)
            youngest = min(youngest, age(born, on: member.appointmentDate))
            oldest = max(oldest, age(born, on: last))
        }
        #expect(youngest >= 22 && youngest <= 25)
        #expect(oldest <= 64 && oldest >= 60)
        let again = try Roster.decode(bytes: roster.csv(count: 5000), file: "gen.csv", reference: reference)
        #expect(again.map(\.birthDate) == staff.map(\.birthDate))
    }

    /// A transaction ledger (`--with-description`): a description before the amount, distinct on
    /// every line, some quoted with a comma inside and some with doubled quotes; every other
    /// cell is the plain ledger's of the same seed, line for line; the same seed, the same bytes;
    /// and the ledger decoder, which ignores the column, reads the same lines from both.
    @Test func transactionLedgerAddsDistinctDescriptionsToTheSameLines() throws {
        let ledger = SyntheticLedger(seed: 5)
        var withText: [UInt8] = [], plain: [UInt8] = [], again: [UInt8] = []
        ledger.writeRandom(rows: 5000, description: true) { withText += $0 }
        ledger.writeRandom(rows: 5000) { plain += $0 }
        ledger.writeRandom(rows: 5000, description: true) { again += $0 }
        #expect(withText == again)
        var a = CSVReader(bytes: withText, file: "t.csv"), b = CSVReader(bytes: plain, file: "p.csv")
        let rowsA = try a.readAll(), rowsB = try b.readAll()
        #expect(rowsA[0] == ["period", "fund", "funding_source", "office", "office_type", "category", "description", "amount_usd"])
        #expect(rowsA.count == 5001 && rowsB.count == 5001)
        var descriptions = Set<String>()
        for (x, y) in zip(rowsA.dropFirst(), rowsB.dropFirst()) {
            var stripped = x
            descriptions.insert(stripped.remove(at: 6))
            #expect(stripped == y)
        }
        #expect(descriptions.count == 5000)
        let withComma = descriptions.filter { $0.contains(",") }.count, withQuote = descriptions.filter { $0.contains("\"") }.count
        #expect(withComma > 300 && withComma < 1000) // about 7 in 50
        #expect(withQuote > 40 && withQuote < 200) // about 1 in 50
        #expect(withText.count - plain.count > 5000 * 30) // real text, not a token
        let decodedA = try Ledger.decode(bytes: withText, file: "t.csv", vocabulary: unodcVocabulary), decodedB = try Ledger.decode(bytes: plain, file: "p.csv", vocabulary: unodcVocabulary)
        #expect(decodedA == decodedB)
    }

    @Test func defaultLedgerHasExactYearTotals() throws {
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: 2026).csv(), file: "ledger.csv", vocabulary: unodcVocabulary)
        for (year, total) in SyntheticLedger.yearTotals {
            #expect(lines.filter { $0.basis == .actual && $0.period.contains(year) }.map(\.amount).sum() == total)
        }
        let biennium = Period(rawValue: "2020-2021")!
        #expect(lines.filter { $0.basis == .actual && biennium.contains($0.period) }.map(\.amount).sum() == Money(cents: 80_607_230_000))
    }

    @Test func randomLedgerParsesBackAndIsDeterministic() throws {
        let a = SyntheticLedger(seed: 5).csv(rows: 2000)
        #expect(a == SyntheticLedger(seed: 5).csv(rows: 2000))
        #expect(try Ledger.decode(bytes: a, file: "l.csv", vocabulary: unodcVocabulary).count == 2000)
    }

    @Test func committedDefaultDataIsWhatTheGeneratorsWrite() throws {
        #expect(try readFileBytes(dataFolder + "/ledger.csv") == SyntheticLedger(seed: 2026).csv())
        #expect(try readFileBytes(dataFolder + "/support-costs.csv") == SyntheticSupportCosts.costsCSV())
        #expect(try readFileBytes(dataFolder + "/support-shares.csv") == SyntheticSupportCosts.sharesCSV())
    }
}
