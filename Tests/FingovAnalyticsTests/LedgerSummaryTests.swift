import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct LedgerSummaryTests {
    typealias L = LedgerSummaryTests

    static func line(_ period: String, _ fund: Fund, _ source: FundingSource, _ office: String, _ type: OfficeType,
                     _ category: FingovModel.Category, _ amount: String, rate: Int? = nil) -> LedgerLine {
        LedgerLine(period: Period(rawValue: period)!, fund: fund, fundingSource: source, office: office, officeType: type,
                   category: category, amount: try! Money(parsing: amount), pscRateBasisPoints: rate)
    }

    let ledger: [LedgerLine] = [
        line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .monitoring, "100.10"),
        line("2021", .drugProgramme, .specialPurpose, "CO Colombia", .field, .programmeDelivery, "200.20"),
        line("2021", .crimeProgramme, .programmeSupportCost, "HQ", .headquarters, .financeAndBudget, "50.00"),
        line("2019", .drugProgramme, .specialPurpose, "CO Colombia", .field, .programmeDelivery, "150.00"),
        line("2018", .crimeProgramme, .programmeSupportCost, "HQ", .headquarters, .financeAndBudget, "25.05"),
        line("2019", .regularBudget, .regularBudget, "HQ", .headquarters, .oversight, "10.00"),
        line("2017", .regularBudget, .regularBudget, "HQ", .headquarters, .oversight, "999.99"),
    ]

    /// By hand: 2020-2021 headquarters 100.10 + 50.00 = 150.10, field 200.20, total 350.30;
    /// 2018-2019 headquarters 25.05 + 10.00 = 35.05, field 150.00, total 185.05.
    @Test func byOfficeTypeWithComparison() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.officeType], period: Period(rawValue: "2020-2021"),
                                          comparePeriod: Period(rawValue: "2018-2019"))
        #expect(s.rows.map(\.keys) == [["headquarters"], ["field"]])
        #expect(s.rows.map(\.amount.cents) == [15_010, 20_020])
        #expect(s.rows.map { $0.compareAmount!.cents } == [3_505, 15_000])
        #expect(s.rows.map { $0.change!.cents } == [11_505, 5_020])
        #expect(abs(s.rows[1].changePercent! - 5_020.0 / 15_000 * 100) < 1e-12)
        #expect(abs(s.sharePercent(of: s.rows[0])! - 15_010.0 / 35_030 * 100) < 1e-12)
        #expect(s.total.cents == 35_030 && s.compareTotal!.cents == 18_505)
        #expect(s.reconciles)
        #expect(s.accounting.rowsRead == 7 && s.accounting.used == 6)
        #expect(s.accounting.excluded == [Exclusion(reason: "outside the periods asked for", count: 1)])
    }

    /// A group that has money only in the comparison period shows 0.00 now and -100 per cent.
    @Test func emptyGroupInThePeriod() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.officeType, .category], period: Period(rawValue: "2020-2021"),
                                          comparePeriod: Period(rawValue: "2018-2019"))
        let oversight = try #require(s.rows.first { $0.keys == ["headquarters", "oversight"] })
        #expect(oversight.amount == .zero)
        #expect(oversight.compareAmount == Money(cents: 1_000))
        #expect(oversight.changePercent == -100)
        let monitoring = try #require(s.rows.first { $0.keys == ["headquarters", "monitoring"] })
        #expect(monitoring.compareAmount == .zero && monitoring.changePercent == nil)
        // Vocabulary order: headquarters before field, categories in their listed order.
        #expect(s.rows.map(\.keys) == [["headquarters", "finance-and-budget"], ["headquarters", "oversight"], ["headquarters", "monitoring"], ["field", "programme-delivery"]])
    }

    /// Rolled-up dimensions: cost type and category group.
    @Test func rollsCategoriesUp() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.costType], period: Period(rawValue: "2020-2021"))
        #expect(s.rows.map(\.keys) == [["direct"], ["indirect"]])
        #expect(s.rows.map(\.amount.cents) == [30_030, 5_000])
        let g = try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.categoryGroup], period: nil)
        #expect(g.rows.map(\.keys) == [["central-administration"], ["oversight"], ["programme-services"], ["programme-delivery"]])
        #expect(g.rows.map(\.amount.cents) == [7_505, 100_999, 10_010, 35_020])
        #expect(g.total == ledger.map(\.amount).sum())
    }

    /// Regions: headquarters, a known field office, an unknown one, and one given in the file.
    @Test func regions() throws {
        // From offices.csv of the vocabulary; an office it does not list is unassigned.
        #expect(unodcVocabulary.region(of: "Headquarters (Vienna)") == "Headquarters")
        #expect(unodcVocabulary.region(of: "Country Office Colombia") == "Latin America and the Caribbean")
        #expect(unodcVocabulary.region(of: "Office in Atlantis") == "unassigned")
        let lines = try Ledger.decode(bytes: Array("period,fund,funding_source,office,office_type,category,amount_usd,region\n2020,drug,SP,Office in Atlantis,field,monitoring,5.00,Oceania\n2020,drug,SP,Country Office Nigeria,field,monitoring,7.00,\n".utf8), file: "l.csv", vocabulary: unodcVocabulary)
        #expect(lines.map(\.region) == ["Oceania", nil])
        let s = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.region], period: nil)
        #expect(s.rows.map(\.keys) == [["Oceania"], ["West and Central Africa"]])
        #expect(s.rows.map(\.amount.cents) == [500, 700])
    }

    @Test func errorsForPeriodsAndDimensions() {
        #expect(throws: SummaryError.periodNotInData(Period(rawValue: "2030")!, available: [2017, 2018, 2019, 2020, 2021].map { Period(year: $0)! })) {
            try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund], period: Period(rawValue: "2030"))
        }
        #expect(throws: SummaryError.self) {
            try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund], period: Period(rawValue: "2020-2021"), comparePeriod: Period(rawValue: "2021"))
        }
        #expect(throws: SummaryError.repeatedDimension(.fund)) { try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund, .fund], period: nil) }
        #expect(throws: SummaryError.noDimensions) { try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [], period: nil) }
    }

    /// A line's value of a dimension, spelled out here apart from `LedgerCellKey`.
    static func text(of line: LedgerLine, _ dimension: LedgerDimension) -> String {
        switch dimension {
        case .period: return line.period.rawValue
        case .fund: return line.fund.rawValue
        case .fundingSource: return line.fundingSource.rawValue
        case .office: return line.office
        case .officeType: return line.officeType.rawValue
        case .category: return line.category.rawValue
        case .categoryGroup: return unodcVocabulary.group(of: line.category).rawValue
        case .costType: return unodcVocabulary.costType(of: line.category).rawValue
        case .region: return line.region ?? unodcVocabulary.region(of: line.office)
        }
    }

    /// Seeded random ledgers: every summary reconciles to the input to the cent, and every row
    /// equals a dictionary sum computed independently.
    @Test(arguments: [1, 2, 3]) func randomLedgersReconcile(seed: UInt64) throws {
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: seed).csv(rows: 5000), file: "random.csv", vocabulary: unodcVocabulary)
        let total = lines.map(\.amount).sum()
        for dimensions in [[LedgerDimension.fund], [.office], [.period, .fundingSource], [.officeType, .category], [.categoryGroup, .costType],
                           LedgerDimension.allCases] {
            let s = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: dimensions, period: nil)
            #expect(s.total == total)
            #expect(s.reconciles)
            var expected: [[String]: Int] = [:]
            for line in lines { expected[dimensions.map { Self.text(of: line, $0) }, default: 0] += line.amount.cents }
            #expect(s.rows.count == expected.count)
            for row in s.rows { #expect(expected[row.keys] == row.amount.cents) }
        }
        let biennium = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.office], period: Period(rawValue: "2020-2021"), comparePeriod: Period(rawValue: "2018-2019"))
        #expect(biennium.total == lines.filter { $0.period.firstYear >= 2020 }.map(\.amount).sum())
        #expect(biennium.compareTotal == lines.filter { $0.period.firstYear <= 2019 }.map(\.amount).sum())
    }
}

@Suite struct LargeSummaryTests {
    /// A million lines, each its own office: a million groups, rolled up sparsely and exactly.
    @Test func millionDistinctGroups() throws {
        let n = 1_000_000
        var lines: [LedgerLine] = []
        lines.reserveCapacity(n)
        var expected = 0
        for i in 0..<n {
            let cents = (i % 1000) * 101 + 1
            expected += cents
            lines.append(LedgerLine(period: Period(year: 2020)!, fund: .drugProgramme, fundingSource: .specialPurpose, office: "Office \(i)",
                                    officeType: .field, category: .programmeDelivery, amount: Money(cents: cents), region: "R"))
        }
        let s = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.office], period: nil)
        #expect(s.rows.count == n)
        #expect(s.total.cents == expected && s.reconciles)
        #expect(s.rows.first { $0.keys == ["Office 999"] }?.amount.cents == 999 * 101 + 1)
    }

    /// Zero data rows: an empty summary that still reconciles, and a roster with nobody.
    @Test func zeroDataRows() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells([], vocabulary: unodcVocabulary), by: [.fund], period: nil)
        #expect(s.rows.isEmpty && s.total == .zero && s.reconciles)
        let r = try Representation.fromMemory(staff: [], reference: realReference, parameters: .official, selection: StaffSelection(asOf: date("2025-12-31")))
        #expect(r.countsByStatus[.unrepresented] == 193)
    }
}

@Suite struct UnequalPeriodsTests {
    let ledger = LedgerSummaryTests().ledger

    /// A biennium against a year is refused unless yearly averages are asked for.
    @Test func refusedWithoutPerYear() {
        #expect(throws: SummaryError.unequalPeriods(Period(rawValue: "2020-2021")!, Period(rawValue: "2019")!)) {
            try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund], period: Period(rawValue: "2020-2021"), comparePeriod: Period(rawValue: "2019"))
        }
        #expect(throws: SummaryError.comparisonNeedsPeriod(Period(rawValue: "2019")!)) {
            try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund], period: nil, comparePeriod: Period(rawValue: "2019"))
        }
    }

    /// By hand: 2020-2021 total 350.30, per year 175.15; 2019 total 160.00 (150.00 + 10.00). Change
    /// per year 15.15, in per cent 15.15 / 160.00 = 9.46875. Drug: 300.30 -> 150.15 a year against
    /// 150.00: 0.15 (0.1 %).
    @Test func yearlyAveragesByHand() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells(ledger, vocabulary: unodcVocabulary), by: [.fund], period: Period(rawValue: "2020-2021"),
                                          comparePeriod: Period(rawValue: "2019"), perYear: true)
        #expect(s.perYear && s.yearCounts == (2, 1))
        #expect(s.total.cents == 35_030 && s.compareTotal!.cents == 16_000)
        #expect(s.changePerYear(of: s.total, compare: s.compareTotal)!.cents == 1_515)
        #expect(abs(s.changePerYearPercent(of: s.total, compare: s.compareTotal)! - 9.46875) < 1e-12)
        let drug = try #require(s.rows.first { $0.keys == ["drug"] })
        #expect(s.changePerYear(of: drug.amount, compare: drug.compareAmount)!.cents == 15)
        #expect(LedgerSummary.yearlyAverage(Money(cents: 5), years: 2).cents == 3)     // 2.5 -> 3
        #expect(LedgerSummary.yearlyAverage(Money(cents: -5), years: 2).cents == -3)
    }
}

@Suite struct BudgetAgainstActualTests {
    typealias L = LedgerSummaryTests

    static func line(_ period: String, _ type: OfficeType, _ category: FingovModel.Category, _ amount: String, _ basis: Basis) -> LedgerLine {
        var l = L.line(period, .drugProgramme, .specialPurpose, type == .headquarters ? "HQ" : "CO", type, category, amount)
        l.basis = basis
        return l
    }

    /// By hand, 2020-2021: headquarters budget 400.00, actual 100.10 + 200.00 = 300.10, rate
    /// 75.025 %; field budget 0.00 (none), actual 50.00, no rate; total budget 400.00, actual
    /// 350.10, 87.525 %. The 2019 budget line is outside the period.
    let lines = [
        line("2020-2021", .headquarters, .monitoring, "400.00", .budget),
        line("2020", .headquarters, .monitoring, "100.10", .actual),
        line("2021", .headquarters, .planning, "200.00", .actual),
        line("2021", .field, .programmeDelivery, "50.00", .actual),
        line("2019", .field, .programmeDelivery, "77.00", .budget),
    ]

    @Test func implementationRatesByHand() throws {
        let s = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.officeType], period: Period(rawValue: "2020-2021"), basis: .both)
        #expect(s.rows.map(\.keys) == [["headquarters"], ["field"]])
        #expect(s.rows.map { $0.budgetAmount!.cents } == [40_000, 0])
        #expect(s.rows.map(\.amount.cents) == [30_010, 5_000])
        #expect(abs(s.rows[0].implementationRatePercent! - 75.025) < 1e-12)
        #expect(s.rows[1].implementationRatePercent == nil)
        #expect(abs(s.implementationRatePercent! - 87.525) < 1e-12)
        #expect(s.reconciles && s.budgetInputTotal!.cents == 40_000)
        #expect(s.accounting.used == 4)
    }

    @Test func oneBasisAtATime() throws {
        let actual = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.officeType], period: Period(rawValue: "2020-2021"))
        #expect(actual.total.cents == 35_010 && actual.rows.allSatisfy { $0.budgetAmount == nil })
        #expect(actual.accounting.excluded == [Exclusion(reason: "outside the periods asked for", count: 1), Exclusion(reason: "budget lines", count: 1)])
        let budget = try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.officeType], period: nil, basis: .budget)
        #expect(budget.rows.map(\.amount.cents) == [40_000, 7_700])
        // The file road packs the basis into the cell key: the same cells come back.
        #expect(throws: SummaryError.comparisonWithBothBases) {
            try LedgerSummary.compute(cells: LedgerCells(lines, vocabulary: unodcVocabulary), by: [.fund], period: Period(rawValue: "2020-2021"), comparePeriod: Period(rawValue: "2018-2019"), basis: .both)
        }
    }

    /// The basis column decoded through the streaming cell table gives the in-memory cells.
    @Test func streamedBasisMatches() throws {
        let csv = "period,fund,funding_source,office,office_type,category,basis,amount_usd\n"
            + "2020-2021,drug,SP,HQ,headquarters,monitoring,budget,400.00\n2020,drug,SP,HQ,headquarters,monitoring,actual,100.10\n"
            + "2020,drug,SP,HQ,headquarters,monitoring,,1.00\n2020-2021,drug,SP,HQ,headquarters,monitoring,budget,0.50\n"
        let lines = try Ledger.decode(bytes: Array(csv.utf8), file: "l.csv", vocabulary: unodcVocabulary)
        #expect(lines.map(\.basis) == [.budget, .actual, .actual, .budget])
        var table = LedgerCellTable(vocabulary: unodcVocabulary)
        for line in lines {
            var row = LedgerRow.placeholder
            row.period = line.period; row.fund = UInt16(unodcVocabulary.index(of: line.fund)!)
            row.fundingSource = UInt16(unodcVocabulary.index(of: line.fundingSource)!); row.officeType = line.officeType
            row.category = UInt16(unodcVocabulary.index(of: line.category)!); row.amount = line.amount; row.basis = line.basis
            table.accept(row)
        }
        let cells = table.output(names: LedgerNames(vocabulary: unodcVocabulary, offices: ["HQ"], regions: []))
        let s = try LedgerSummary.compute(cells: cells, by: [.officeType], period: Period(rawValue: "2020-2021"), basis: .both)
        #expect(s.rows.map { [$0.budgetAmount!.cents, $0.amount.cents] } == [[40_050, 10_110]])
        #expect(throws: DataError.self) {
            try Ledger.decode(bytes: Array("period,fund,funding_source,office,office_type,category,basis,amount_usd\n2020,drug,SP,HQ,headquarters,monitoring,plan,1.00\n".utf8), file: "l.csv", vocabulary: unodcVocabulary)
        }
    }
}

/// The exact range: a group may hold up to 2^53 - 1 cents in magnitude; one more is a thrown
/// error naming the group, and a sum past Int.max is caught while adding.
@Suite struct SummaryRangeTests {
    static func line(_ office: String, _ cents: Int, period: Int = 2020) -> LedgerLine {
        LedgerLine(period: Period(year: period)!, fund: .drugProgramme, fundingSource: .specialPurpose, office: office,
                   officeType: .field, category: .programmeDelivery, amount: Money(cents: cents), region: "R")
    }

    @Test func largestExactTotalIsKept() throws {
        // 2^52 + (2^52 - 1) = 2^53 - 1 = 9,007,199,254,740,991 cents.
        let s = try LedgerSummary.compute(cells: LedgerCells([Self.line("A", 1 << 52), Self.line("B", (1 << 52) - 1)], vocabulary: unodcVocabulary), by: [.fund], period: nil)
        #expect(s.total.cents == 9_007_199_254_740_991 && s.reconciles)
    }

    @Test func oneCentMoreIsAnError() throws {
        let cells = LedgerCells([Self.line("A", 1 << 52), Self.line("B", 1 << 52)], vocabulary: unodcVocabulary)
        #expect(throws: SummaryError.totalOutOfRange(MoneyTotalError(group: "the amounts of fund drug in every period", reached: Money(cents: 1 << 53)))) {
            try LedgerSummary.compute(cells: cells, by: [.fund], period: nil)
        }
        // By office each group is within range, but all of them together are not.
        #expect(throws: SummaryError.totalOutOfRange(MoneyTotalError(group: "the amounts of every group in every period", reached: Money(cents: 1 << 53)))) {
            try LedgerSummary.compute(cells: cells, by: [.office], period: nil)
        }
        // Mixed signs: the net is 0, but partial sums can reach 2^53, so it is refused too.
        #expect(throws: SummaryError.self) {
            try LedgerSummary.compute(cells: LedgerCells([Self.line("A", 1 << 53), Self.line("B", -(1 << 53))], vocabulary: unodcVocabulary), by: [.office], period: nil)
        }
    }

    @Test func overflowWhileAddingIsNamed() throws {
        let big = Int.max / 2 + 1
        let cells = LedgerCells([Self.line("A", big), Self.line("A", big)], vocabulary: unodcVocabulary)
        #expect(cells.overflow?.group == "the amounts of the cell period 2020, fund drug, funding_source SP, office A, office_type field, category programme-delivery")
        #expect(throws: SummaryError.totalOutOfRange(cells.overflow!)) { try LedgerSummary.compute(cells: cells, by: [.fund], period: nil) }
    }
}
