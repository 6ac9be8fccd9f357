import Foundation
import FingovIngest
import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct FullCostTests {
    typealias L = LedgerSummaryTests

    /// 2020: direct expenditure HQ 100.00, CO A 200.00, CO B 300.00 (weights 1:2:3); support units
    /// at headquarters: human resources 10.00 (PSC) and information technology 5.00 (RB). Field
    /// facilities 7.00 in CO A is neither. A 2021 line is outside.
    static let lines: [LedgerLine] = [
        L.line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .programmeDelivery, "100.00"),
        L.line("2020", .drugProgramme, .specialPurpose, "CO A", .field, .programmeDelivery, "150.00"),
        L.line("2020", .regularBudget, .regularBudget, "CO A", .field, .programmeManagement, "50.00"),
        L.line("2020", .crimeProgramme, .specialPurpose, "CO B", .field, .monitoring, "300.00"),
        L.line("2020", .drugProgramme, .programmeSupportCost, "HQ", .headquarters, .humanResources, "10.00"),
        L.line("2020", .regularBudget, .regularBudget, "HQ", .headquarters, .informationTechnology, "5.00"),
        L.line("2020", .drugProgramme, .programmeSupportCost, "CO A", .field, .facilities, "7.00"),
        L.line("2021", .drugProgramme, .specialPurpose, "CO B", .field, .programmeDelivery, "999.00"),
    ]

    /// Every source. Human resources 1000 cents by 1:2:3 is 166.67, 333.33, 500: floors 166, 333,
    /// 500 and the cent left over to the largest remainder (HQ, .667): 1.67, 3.33, 5.00.
    /// Information technology 500 cents: 83.33, 166.67, 250: floors 83, 166, 250, the cent to CO A:
    /// 0.83, 1.67, 2.50. Allocated 2.50, 5.00, 7.50 = 15.00.
    @Test func everySourceByHand() throws {
        let f = try FullCost.compute(FullCostTally(period: Period(rawValue: "2020")!, vocabulary: unodcVocabulary).adding(Self.lines))
        #expect(f.rows.map(\.office) == ["HQ", "CO A", "CO B"])
        #expect(f.rows.map(\.direct.cents) == [10_000, 20_000, 30_000])
        #expect(f.rows.map(\.supportAllocated.cents) == [250, 500, 750])
        #expect(f.rows.map(\.fullCost.cents) == [10_250, 20_500, 30_750])
        #expect(f.supportUnits.map(\.category) == [.humanResources, .informationTechnology])
        #expect(f.supportTotal.cents == 1_500)
        #expect(f.accounting.rowsRead == 8 && f.accounting.used == 6)
    }

    /// PSC only: human resources alone, 1.67, 3.33, 5.00.
    @Test func pscFundedServicesOnly() throws {
        let f = try FullCost.compute(FullCostTally(period: Period(rawValue: "2020")!, sources: [.programmeSupportCost], vocabulary: unodcVocabulary).adding(Self.lines))
        #expect(f.rows.map(\.supportAllocated.cents) == [167, 333, 500])
        #expect(f.rows.map(\.supportAllocated).sum() == f.supportTotal)
    }

    /// A shares file instead of direct expenditure: human resources half to CO A and half to CO B
    /// (5.00 each), information technology all to CO B (5.00).
    @Test func sharesFileByHand() throws {
        let tally = FullCostTally(period: Period(rawValue: "2020")!, vocabulary: unodcVocabulary).adding(Self.lines)
        let shares = [ServiceShare(provider: "human-resources", receiver: "CO A", share: 0.5), ServiceShare(provider: "human-resources", receiver: "CO B", share: 0.5),
                      ServiceShare(provider: "information-technology", receiver: "CO B", share: 1)]
        let f = try FullCost.compute(tally, shares: shares)
        #expect(f.rows.map(\.supportAllocated.cents) == [0, 500, 1_000])
        #expect(throws: FullCostError.unknownReceiver("CO Z", line: 7, offices: ["HQ", "CO A", "CO B"])) {
            try FullCost.compute(tally, shares: shares + [ServiceShare(provider: "human-resources", receiver: "CO Z", share: 0.1, line: 7)])
        }
        #expect(throws: FullCostError.noShares(supportUnit: "information-technology")) { try FullCost.compute(tally, shares: Array(shares.prefix(2))) }
        #expect(throws: FullCostError.self) { try FullCost.compute(tally, shares: [ServiceShare(provider: "travel", receiver: "HQ", share: 1)]) }
    }

    @Test func refusals() {
        #expect(throws: FullCostError.self) { try FullCost.compute(FullCostTally(period: Period(rawValue: "2030")!, vocabulary: unodcVocabulary).adding(Self.lines)) }
        let negative = Self.lines + [L.line("2020", .drugProgramme, .specialPurpose, "CO C", .field, .programmeDelivery, "-1.00")]
        #expect(throws: FullCostError.negativeDirectExpenditure(office: "CO C", Money(cents: -100))) {
            try FullCost.compute(FullCostTally(period: Period(rawValue: "2020")!, vocabulary: unodcVocabulary).adding(negative))
        }
    }

    /// Halves merged equal the whole, and the file road (offices named from the decoder's ids)
    /// gives what memory gives.
    @Test func mergedAndStreamedEqualInMemory() throws {
        let bytes = SyntheticLedger(seed: 9).csv(rows: 3000)
        let lines = try Ledger.decode(bytes: bytes, file: "l.csv", vocabulary: unodcVocabulary)
        let period = Period(rawValue: "2020")!
        let memory = try FullCost.compute(FullCostTally(period: period, vocabulary: unodcVocabulary).adding(lines))
        var first = FullCostTally(period: period, vocabulary: unodcVocabulary).adding(Array(lines[..<1000]))
        first.merge(FullCostTally(period: period, vocabulary: unodcVocabulary).adding(Array(lines[1000...])))
        #expect(try FullCost.compute(first).rows == memory.rows)
        let path = FileManager.default.temporaryDirectory.path + "/full-cost-\(UInt32.random(in: 0...UInt32.max)).csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let streamed = try FullCost.compute(try Ingest.read(ledger: path, into: FullCostTally(period: period, vocabulary: unodcVocabulary), workers: 2, windowBytes: 1 << 14))
        #expect(streamed.rows == memory.rows)
        #expect(streamed.accounting == memory.accounting)
        #expect(memory.rows.map(\.supportAllocated).sum() == memory.supportTotal)
    }
}
