import Foundation
import Testing
import FingovIngest
@testable import FingovAnalytics
@testable import FingovModel

/// The chunked, multi-worker path against the one-chunk path and the in-memory path.
///
/// With chunks of 64 to 256 bytes and rows of about 90, every read ends inside a record, and
/// with one office name in 1,000 holding a line break inside quotes (and one in 200 holding
/// quotes), chunk and part boundaries fall inside quoted fields and next to quoted line breaks.
@Suite struct AccumulatorsTests {
    static func table(_ cells: LedgerCells) -> [LedgerCellKey: Int] {
        var t: [LedgerCellKey: Int] = [:]
        for (key, cents) in zip(cells.keys, cells.cents) { t[key, default: 0] += cents }
        return t
    }

    static let ledgerBytes = SyntheticLedger(seed: 77).csv(rows: 3000)

    @Test func generatedLedgerHasQuotedLineBreaks() {
        let text = String(decoding: Self.ledgerBytes, as: UTF8.self)
        #expect(text.contains("\"Liaison Office\nBrussels\""))
        #expect(text.contains("\"Programme Office \"\"Sahel\"\", Niamey\""))
    }

    @Test(arguments: [(64, 2), (97, 3), (256, 2), (4096, 2), (1 << 20, 2)])
    func ledgerChunksGiveTheSameCells(windowBytes: Int, workers: Int) throws {
        let path = try temporaryFile(Self.ledgerBytes)
        let oneChunk = try Ingest.read(ledger: path, into: LedgerCells(vocabulary: unodcVocabulary), workers: 1, windowBytes: 1 << 24)
        let chunked = try Ingest.read(ledger: path, into: LedgerCells(vocabulary: unodcVocabulary), workers: workers, windowBytes: windowBytes)
        let inMemory = LedgerCells(try Ledger.decode(bytes: Self.ledgerBytes, file: path, vocabulary: unodcVocabulary), vocabulary: unodcVocabulary)
        #expect(Self.table(chunked) == Self.table(oneChunk))
        #expect(Self.table(chunked) == Self.table(inMemory))
        #expect(chunked.rowsRead == 3000 && oneChunk.rowsRead == 3000)
        for (period, total) in inMemory.periodTotals {
            #expect(chunked.periodTotals[period]?.cents == total.cents && chunked.periodTotals[period]?.rows == total.rows)
        }
        let summary = try LedgerSummary.compute(cells: chunked, by: [.office, .fundingSource], period: nil)
        #expect(summary.reconciles && summary.total.cents == inMemory.cents.reduce(0, +))
    }

    /// Every office name holds a line break inside quotes, so cuts made at line ends without
    /// counting quotes often fall inside a field: the window must then be decoded again with
    /// exact cuts, from decoders restored to their state before it.
    @Test(arguments: [(97, 2), (200, 3), (1000, 2), (4096, 4)])
    func speculativeCutsInsideQuotesAreUndone(windowBytes: Int, workers: Int) throws {
        var text = Ledger.columns.joined(separator: ",") + "\n"
        for i in 0..<600 {
            text += "202\(i % 4),drug,SP,\"Office \(i % 7)\nline two, \(i % 3)\",field,monitoring,\(i).0\(i % 10)\n"
        }
        let bytes = Array(text.utf8)
        let path = try temporaryFile(bytes)
        let streamed = try Ingest.read(ledger: path, into: LedgerCells(vocabulary: unodcVocabulary), workers: workers, windowBytes: windowBytes)
        let inMemory = LedgerCells(try Ledger.decode(bytes: bytes, file: path, vocabulary: unodcVocabulary), vocabulary: unodcVocabulary)
        #expect(Self.table(streamed) == Self.table(inMemory))
        #expect(streamed.rowsRead == 600)
        var expected = 0
        for i in 0..<600 { expected += i * 100 + i % 10 }
        let total: Int = Self.table(streamed).values.reduce(0, +)
        #expect(total == expected)
    }

    @Test(arguments: [(64, 2), (333, 3), (1 << 20, 2)])
    func rosterChunksGiveTheSameAnalyses(windowBytes: Int, workers: Int) throws {
        let weights = realReference.states.map { ($0.state, 1.0 + Double($0.memberSince % 7)) }
        let bytes = SyntheticRoster(stateWeights: weights, seed: 5, hostileText: true).csv(count: 2500)
        let path = try temporaryFile(bytes)
        let staff = try Roster.decode(bytes: bytes, file: path, reference: realReference)
        for selection in [StaffSelection(asOf: date("2025-12-31")), StaffSelection(asOf: date("2020-06-30"), view: .all),
                          StaffSelection(asOf: date("2025-12-31"), entity: "UNODC")] {
            let counts = try Ingest.read(roster: path, reference: realReference, into: Headcounts(selection: selection), workers: workers, windowBytes: windowBytes)
            let streamed = try Representation.compute(headcounts: counts, reference: realReference, parameters: .official, selection: selection)
            let inMemory = try Representation.fromMemory(staff: staff, reference: realReference, parameters: .official, selection: selection)
            #expect(streamed.rows == inMemory.rows)
            #expect(streamed.accounting.rowsRead == inMemory.accounting.rowsRead && streamed.accounting.used == inMemory.accounting.used)
            #expect(Set(streamed.accounting.excluded) == Set(inMemory.accounting.excluded))
        }
        let records = try Ingest.read(roster: path, reference: realReference, into: AppointmentRecords(from: date("2024-01-01"), to: date("2025-12-31")),
                                      workers: workers, windowBytes: windowBytes)
        let a = try AppointmentTarget.compute(records: records, reference: realReference, parameters: .official)
        let b = try AppointmentTarget.fromMemory(staff: staff, reference: realReference, parameters: .official, from: date("2024-01-01"), to: date("2025-12-31"))
        #expect(a.overall == b.overall && a.byEntity == b.byEntity)
        let g = GenderParity.compute(tally: try Ingest.read(roster: path, reference: realReference, into: GenderTally(asOf: date("2025-12-31")),
                                                            workers: workers, windowBytes: windowBytes))
        let h = GenderParity.fromMemory(staff: staff, asOf: date("2025-12-31"))
        #expect(g.allStaff == h.allStaff && g.geographical == h.geographical)
    }

    /// Errors found by workers carry the same lines as a one-pass read.
    @Test func errorsKeepTheirLines() throws {
        var text = String(decoding: SyntheticLedger(seed: 3).csv(rows: 400), as: UTF8.self)
        text += "2020,opium,SP,HQ,headquarters,monitoring,1\n"
        // Rows end in CRLF; quoted line breaks count as lines too; the last line ends with LF.
        let lines = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let path = try temporaryFile(Array(text.utf8))
        for (chunk, workers) in [(64, 2), (1 << 20, 1)] {
            let result = Result { () throws(DataError) in try Ingest.read(ledger: path, into: LedgerCells(vocabulary: unodcVocabulary), workers: workers, windowBytes: chunk) }
            guard case .failure(let error) = result else {
                Issue.record("expected an error")
                continue
            }
            #expect(error.problems.map(\.line) == [lines])
            #expect(error.problems.first?.message.hasPrefix("invalid fund (found 'opium'") == true)
        }
    }

    /// A staff id seen once by each of two workers is still a duplicate.
    @Test func duplicateAcrossWorkers() throws {
        let header = Roster.columns.joined(separator: ",") + "\n"
        var body = ""
        for i in 1...200 { body += "S\(i),FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,\n" }
        body += "S1,FRA,F,P-4,RB,no,Vienna,UNODC,2020-01-01,\n"
        let path = try temporaryFile(Array((header + body).utf8))
        do {
            _ = try Ingest.read(roster: path, reference: realReference, into: Headcounts(selection: StaffSelection(asOf: date("2025-12-31"))),
                                workers: 2, windowBytes: 1 << 20)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == ["\(path):202:1: duplicate staff_id (found 'S1', already on line 2)"])
        }
    }

    /// Generated files parse back to exactly the rows that were generated.
    @Test func generatedRowsParseBack() throws {
        var generated: [LedgerLine] = []
        SyntheticLedger(seed: 9).forEachRandomLine(rows: 2000) { generated.append($0) }
        #expect(try Ledger.decode(bytes: SyntheticLedger(seed: 9).csv(rows: 2000), file: "l.csv", vocabulary: unodcVocabulary) == generated)

        let roster = SyntheticRoster(stateWeights: realReference.states.map { ($0.state, 1.0) }, seed: 4, hostileText: true)
        var members: [StaffMember] = []
        roster.forEachMember(count: 1500) { members.append($0) }
        #expect(try Roster.decode(bytes: roster.csv(count: 1500), file: "s.csv", reference: realReference) == members)
    }
}
