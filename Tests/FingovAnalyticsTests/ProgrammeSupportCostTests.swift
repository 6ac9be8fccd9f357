import Testing
@testable import FingovAnalytics
@testable import FingovModel
import FingovIngest

@Suite struct PSCTests {
    typealias L = LedgerSummaryTests

    /// SP direct 100.10 (headquarters) and 200.20 (field): PSC at 13 per cent 13.013 -> 13.01 and
    /// 26.026 -> 26.03, total 39.04 on 300.30; PSC spent 50.00 at headquarters.
    @Test func byHand() throws {
        let lines = [
            L.line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .monitoring, "100.10"),
            L.line("2021", .drugProgramme, .specialPurpose, "CO", .field, .programmeDelivery, "200.20"),
            L.line("2021", .crimeProgramme, .programmeSupportCost, "HQ", .headquarters, .financeAndBudget, "50.00"),
            L.line("2021", .crimeProgramme, .specialPurpose, "HQ", .headquarters, .humanResources, "70.00"), // indirect: earns nothing
            L.line("2021", .regularBudget, .regularBudget, "HQ", .headquarters, .oversight, "10.00"),
            L.line("2019", .drugProgramme, .specialPurpose, "CO", .field, .programmeDelivery, "999.00"),
        ]
        let p = try PSCAnalysis.fromMemory(lines: lines, period: Period(rawValue: "2020-2021"))
        let total = p.total
        #expect(total.fund == "all" && total.officeType == "all")
        #expect(total.directExpenditure.cents == 30_030)
        #expect(total.pscEarned.cents == 3_904)
        #expect(total.pscExpenditure.cents == 5_000)
        #expect(total.balance.cents == -1_096)
        #expect(abs(total.rateOnDirectPercent! - 3_904.0 / 30_030 * 100) < 1e-12)
        #expect(abs(total.shareOfGrossPercent! - 3_904.0 / 33_934 * 100) < 1e-12)
        let drugField = p.rows.first { $0.fund == "drug" && $0.officeType == "field" }!
        #expect(drugField.pscEarned.cents == 2_603)
        #expect(p.accounting.used == 3)
    }

    /// At 13 per cent exactly, PSC is 13 per cent of direct cost and 13/113 = 11.50 per cent of gross.
    @Test func rateOnDirectAndShareOfGrossDiffer() throws {
        let p = try PSCAnalysis.fromMemory(lines: [L.line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .monitoring, "1000000.00")], period: nil)
        #expect(p.total.rateOnDirectPercent == 13)
        #expect(abs(p.total.shareOfGrossPercent! - 1300.0 / 113) < 1e-12)
    }

    @Test func perLineRatesAndHalfCentRounding() throws {
        let p = try PSCAnalysis.fromMemory(lines: [L.line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .monitoring, "1000.00", rate: 700)], period: nil)
        #expect(p.total.pscEarned.cents == 7_000)
        #expect(PSCAnalysis.pscEarned(on: Money(cents: 5), basisPoints: 1_000).cents == 1)  // 0.5 cent -> 1
        #expect(PSCAnalysis.pscEarned(on: Money(cents: 4), basisPoints: 1_000).cents == 0)  // 0.4 cent -> 0
        #expect(PSCAnalysis.pscEarned(on: Money(cents: -5), basisPoints: 1_000).cents == -1)
        // The product in double width: 9e16 cents at 100 and at 13 per cent (1.17e16 by hand).
        #expect(PSCAnalysis.pscEarned(on: Money(cents: 90_000_000_000_000_000), basisPoints: 10_000).cents == 90_000_000_000_000_000)
        #expect(PSCAnalysis.pscEarned(on: Money(cents: -90_000_000_000_000_000), basisPoints: 1_300).cents == -11_700_000_000_000_000)
    }
}

@Suite struct PSCTallyTests {
    /// Two halves of a ledger merged give what the whole gives, row for row, and the groups are
    /// typed: the total is the row with no fund and no office type.
    @Test func halvesMergeToTheWhole() throws {
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: 4).csv(rows: 3000), file: "l.csv")
        let period = Period(rawValue: "2020-2021")
        var first = PSCTally(period: period).adding(Array(lines[..<1234]))
        first.merge(PSCTally(period: period).adding(Array(lines[1234...])))
        let whole = try PSCAnalysis(PSCTally(period: period).adding(lines)), merged = try PSCAnalysis(first)
        #expect(merged.rows == whole.rows)
        #expect(merged.accounting == whole.accounting)
        #expect(whole.total.fundScope == nil && whole.total.officeScope == nil && whole.total.fund == "all")
        // Each fund's row over both office types adds up its two office rows.
        for fund in Fund.allCases {
            let rows = whole.rows.filter { $0.fundScope == fund }
            guard let all = rows.first(where: { $0.officeScope == nil }) else { continue }
            #expect(rows.filter { $0.officeScope != nil }.map(\.pscEarned).sum() == all.pscEarned)
        }
    }

    /// The file read on every core gives the same analysis as the lines in memory.
    @Test func fileAndMemoryAgree() throws {
        let bytes = SyntheticLedger(seed: 8).csv(rows: 2000)
        let path = try temporaryFile(bytes)
        let streamed = try PSCAnalysis(try Ingest.read(ledger: path, into: PSCTally(period: nil, standardRateBasisPoints: 700), workers: 3, windowBytes: 4096))
        let inMemory = try PSCAnalysis.fromMemory(lines: try Ledger.decode(bytes: bytes, file: path), period: nil, standardRateBasisPoints: 700)
        #expect(streamed.rows == inMemory.rows)
        #expect(streamed.accounting.rowsRead == 2000 && streamed.accounting.used == inMemory.accounting.used)
    }
}
