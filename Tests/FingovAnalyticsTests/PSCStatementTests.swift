import Foundation
import Testing
@testable import FingovAnalytics
@testable import FingovModel
import FingovIngest

@Suite struct PSCStatementTests {
    typealias L = LedgerSummaryTests

    /// Three years, reduced rates, an opening balance of the drug fund (100.00 at the opening of
    /// 2019, the ledger's first period). Worked by hand:
    ///
    /// - 2019: drug SP monitoring 1000.00 at 7 % earns 70.00; drug PSC spends 30.00.
    /// - 2020: drug SP delivery 200.05 at 13 % earns 26.0065 -> 26.01; drug SP planning 333.33 at
    ///   8.5 % earns 28.33305 -> 28.33 (43.3329 -> 43.33 at 13 %); crime SP monitoring 100.00 at
    ///   7 % earns 7.00 (13.00 at 13 %); crime PSC spends 12.34 (headquarters, human resources),
    ///   drug PSC 5.00 (field, programme management).
    /// - 2021: drug SP human resources 500.00 is indirect and earns nothing; crime SP evaluation
    ///   50.50 at 13 % earns 6.565 -> 6.57 (half away from zero); crime PSC spends 1.00.
    ///
    /// Drug: 2019 100.00 + 70.00 - 30.00 = 140.00; 2020 140.00 + 54.34 - 5.00 = 189.34; 2021
    /// 189.34. Crime: 2019 0; 2020 0 + 7.00 - 12.34 = -5.34; 2021 -5.34 + 6.57 - 1.00 = 0.23.
    static let lines: [LedgerLine] = [
        L.line("2019", .drugProgramme, .specialPurpose, "HQ", .headquarters, .monitoring, "1000.00", rate: 700),
        L.line("2019", .drugProgramme, .programmeSupportCost, "HQ", .headquarters, .financeAndBudget, "30.00"),
        L.line("2020", .drugProgramme, .specialPurpose, "CO", .field, .programmeDelivery, "200.05"),
        L.line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .planning, "333.33", rate: 850),
        L.line("2020", .crimeProgramme, .specialPurpose, "CO", .field, .monitoring, "100.00", rate: 700),
        L.line("2020", .crimeProgramme, .programmeSupportCost, "HQ", .headquarters, .humanResources, "12.34"),
        L.line("2020", .drugProgramme, .programmeSupportCost, "CO", .field, .programmeManagement, "5.00"),
        L.line("2021", .drugProgramme, .specialPurpose, "HQ", .headquarters, .humanResources, "500.00"),
        L.line("2021", .crimeProgramme, .specialPurpose, "CO", .field, .evaluation, "50.50"),
        L.line("2021", .crimeProgramme, .programmeSupportCost, "HQ", .headquarters, .oversight, "1.00"),
        L.line("2021", .regularBudget, .regularBudget, "HQ", .headquarters, .oversight, "99.00"),
    ]

    static func cents(_ rows: [PSCStatement.FundRow]) -> [[Int]] {
        rows.map { [$0.opening.cents, $0.earned.cents, $0.spent.cents, $0.closing.cents] }
    }

    @Test func everyPeriodByHand() throws {
        let s = try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(Self.lines), period: .all, openingBalances: [.drugProgramme: Money(cents: 10_000)])
        #expect(s.periods.map(\.rawValue) == ["2019", "2020", "2021"])
        #expect(s.funds.map { "\($0.period) \($0.fundName)" } == ["2019 drug", "2019 crime", "2019 all", "2020 drug", "2020 crime", "2020 all",
                                                                  "2021 drug", "2021 crime", "2021 all"])
        #expect(Self.cents(s.funds) == [
            [10_000, 7_000, 3_000, 14_000], [0, 0, 0, 0], [10_000, 7_000, 3_000, 14_000],
            [14_000, 5_434, 500, 18_934], [0, 700, 1_234, -534], [14_000, 6_134, 1_734, 18_400],
            [18_934, 0, 0, 18_934], [-534, 657, 100, 23], [18_400, 657, 100, 18_957],
        ])
        #expect(s.accounting.rowsRead == 11 && s.accounting.used == 9)
        #expect(s.accounting.excluded == [Exclusion(reason: "neither special-purpose direct nor PSC-funded", count: 2)])
    }

    /// A period shown alone opens with the closing of the periods before it, shown or not.
    @Test func aLaterPeriodOpensWithThePreviousClosing() throws {
        let tally = PSCStatementTally(vocabulary: unodcVocabulary).adding(Self.lines)
        let s = try PSCStatement.compute(tally, period: .period(Period(rawValue: "2021")!), openingBalances: [.drugProgramme: Money(cents: 10_000)])
        #expect(Self.cents(s.funds) == [[18_934, 0, 0, 18_934], [-534, 657, 100, 23], [18_400, 657, 100, 18_957]])
        #expect(s.accounting.excluded.first == Exclusion(reason: "outside 2021", count: 7))
        // The default period of a ledger of years is its latest year.
        let d = try PSCStatement.compute(tally, period: nil, openingBalances: [.drugProgramme: Money(cents: 10_000)])
        #expect(d.periods == [Period(rawValue: "2021")!] && d.funds == s.funds)
        // A biennium adds its years: 2020-2021 opens with 2019's closing.
        let b = try PSCStatement.compute(tally, period: .period(Period(rawValue: "2020-2021")!))
        #expect(Self.cents(b.funds) == [[4_000, 5_434, 500, 8_934], [0, 1_357, 1_334, 23], [4_000, 6_791, 1_834, 8_957]])
        #expect(throws: SummaryError.self) { try PSCStatement.compute(tally, period: .period(Period(rawValue: "2030")!)) }
    }

    /// 2020 by rate: 7 % on 100.00 earns 7.00 (13.00 at the standard rate), 8.5 % on 333.33 earns
    /// 28.33 (43.33), 13 % on 200.05 earns 26.01 (26.01): reduced rates cost 6.00 + 15.00 = 21.00.
    @Test func ratesAndTheCostOfReducedRates() throws {
        let s = try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(Self.lines), period: .period(Period(rawValue: "2020")!))
        #expect(s.rates.map(\.rateBasisPoints) == [700, 850, 1300])
        #expect(s.rates.map(\.directExpenditure.cents) == [10_000, 33_333, 20_005])
        #expect(s.rates.map(\.earned.cents) == [700, 2_833, 2_601])
        #expect(s.rates.map(\.earnedAtStandardRate.cents) == [1_300, 4_333, 2_601])
        #expect(s.rates.map(\.costOfReducedRate).sum().cents == 2_100)
    }

    /// 2020 uses: headquarters human resources 12.34 and field programme management 5.00, shares of 17.34.
    @Test func useByOfficeTypeAndCategory() throws {
        let s = try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(Self.lines), period: .period(Period(rawValue: "2020")!))
        #expect(s.uses.map { "\($0.officeType.rawValue) \($0.category.rawValue) \($0.spent.cents)" }
                == ["headquarters human-resources 1234", "field programme-management 500"])
        #expect(abs(s.uses[0].sharePercent! - 1_234.0 / 1_734 * 100) < 1e-12)
    }

    /// Halves of a ledger merged give what the whole gives, and the file road gives what memory gives.
    @Test func halvesMergeAndTheFileRoadAgrees() throws {
        let bytes = SyntheticLedger(seed: 5).csv(rows: 4000)
        let lines = try Ledger.decode(bytes: bytes, file: "l.csv", vocabulary: unodcVocabulary)
        var first = PSCStatementTally(vocabulary: unodcVocabulary).adding(Array(lines[..<1500]))
        first.merge(PSCStatementTally(vocabulary: unodcVocabulary).adding(Array(lines[1500...])))
        let whole = try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(lines), period: .all)
        let merged = try PSCStatement.compute(first, period: .all)
        #expect(merged.funds == whole.funds && merged.uses == whole.uses && merged.rates == whole.rates)
        let path = FileManager.default.temporaryDirectory.path + "/psc-statement-\(UInt32.random(in: 0...UInt32.max)).csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let streamed = try PSCStatement.compute(try Ingest.read(ledger: path, into: PSCStatementTally(vocabulary: unodcVocabulary), workers: 2, windowBytes: 1 << 14), period: .all)
        #expect(streamed.funds == whole.funds && streamed.uses == whole.uses && streamed.rates == whole.rates)
        #expect(streamed.accounting == whole.accounting)
    }

    /// `--period all` over the shipped ledger (years of actual lines, a biennium of budget lines):
    /// one row per year with actual lines, each row what that year alone gives, and every line
    /// accounted for once.
    @Test func everyPeriodCountsEachLineOnce() throws {
        let tally = try Ingest.read(ledger: dataFolder + "/ledger.csv", into: PSCStatementTally(vocabulary: unodcVocabulary))
        let all = try PSCStatement.compute(tally, period: .all)
        #expect(all.periods.map(\.rawValue) == ["2018", "2019", "2020", "2021"])
        for year in all.periods {
            let alone = try PSCStatement.compute(tally, period: .period(year))
            let rowAll = all.funds.filter { $0.period == year }.map { [$0.earned, $0.spent] }
            let rowAlone = alone.funds.map { [$0.earned, $0.spent] }
            #expect(rowAll == rowAlone, "\(year)")
        }
        let a = all.accounting
        #expect(a.rowsRead == 1454) // the data rows of data/ledger.csv
        #expect(a.used + a.excluded.reduce(0) { $0 + $1.count } == a.rowsRead)
        #expect(a.excluded.first { $0.reason == "budget lines" }?.count == 344) // the 2020-2021 lines, all budget
    }
}

@Suite struct LedgerPeriodsTests {
    static func periods(_ texts: [String]) -> [Period] { texts.map { Period(rawValue: $0)! } }

    @Test(arguments: [
        (["2018", "2019", "2020", "2021"], "2021"),
        (["2021", "2019"], "2021"),
        (["2018-2019", "2020-2021", "2022"], "2020-2021"),   // a biennium is preferred to a later year
        (["2020-2021", "2018-2019", "2021"], "2020-2021"),
        (["2019-2020", "2020-2021"], "2020-2021"),
    ])
    func defaultPeriod(periods: [String], expected: String) {
        #expect(LedgerPeriods.defaultPeriod(of: Self.periods(periods)) == Period(rawValue: expected))
    }

    /// A biennium that holds only its budget (2022-2023, entered before any expenditure) is not
    /// the default of a summary of actuals: the latest period holding actual lines is.
    @Test func aBudgetOnlyBienniumIsNotTheDefault() {
        let all = Self.periods(["2020", "2021", "2020-2021", "2022-2023"])
        let actual = Set(Self.periods(["2020", "2021"]))
        #expect(LedgerPeriods.defaultPeriod(of: all) == Period(rawValue: "2022-2023"))
        #expect(LedgerPeriods.defaultPeriod(of: all, containing: actual) == Period(rawValue: "2020-2021"))
        #expect(LedgerPeriods.defaultPeriod(of: all, containing: []) == nil)
    }

    @Test func allAndNamedAndEmpty() {
        let years = Self.periods(["2019", "2020"])
        #expect(LedgerPeriods.resolve(.all, periods: years) == nil)
        #expect(LedgerPeriods.resolve(.period(Period(rawValue: "2019")!), periods: years) == Period(rawValue: "2019"))
        #expect(LedgerPeriods.resolve(nil, periods: years) == Period(rawValue: "2020"))
        #expect(LedgerPeriods.defaultPeriod(of: []) == nil)
        #expect(PeriodChoice(rawValue: "all") == .all && PeriodChoice(rawValue: "2020-2021") == .period(Period(rawValue: "2020-2021")!))
        #expect(PeriodChoice(rawValue: "every") == nil)
    }
}

/// PSC earned on one line, by hand: half a cent rounds away from zero; the product is exact at
/// any amount up to 100 per cent.
@Suite struct PSCEarnedTests {
    @Test func halfCentRoundingAndWideProducts() {
        #expect(PSCStatement.pscEarned(on: Money(cents: 5), basisPoints: 1_000).cents == 1)  // 0.5 cent -> 1
        #expect(PSCStatement.pscEarned(on: Money(cents: 4), basisPoints: 1_000).cents == 0)  // 0.4 cent -> 0
        #expect(PSCStatement.pscEarned(on: Money(cents: -5), basisPoints: 1_000).cents == -1)
        #expect(PSCStatement.pscEarned(on: Money(cents: 10_000), basisPoints: 1_300).cents == 1_300)
        #expect(PSCStatement.pscEarned(on: Money(cents: 90_000_000_000_000_000), basisPoints: 10_000).cents == 90_000_000_000_000_000)
        #expect(PSCStatement.pscEarned(on: Money(cents: -90_000_000_000_000_000), basisPoints: 1_300).cents == -11_700_000_000_000_000)
    }
}
