import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

@Suite struct PSCTablesTests {
    static func line(_ period: String, _ fund: Fund, _ source: FundingSource, _ office: String, _ type: OfficeType,
                     _ category: FingovModel.Category, _ amount: String, rate: Int? = nil) -> LedgerLine {
        LedgerLine(period: Period(rawValue: period)!, fund: fund, fundingSource: source, office: office, officeType: type,
                   category: category, amount: try! Money(parsing: amount), pscRateBasisPoints: rate)
    }

    /// 2020: drug SP 100.00 at 7 % earns 7.00 (13.00 at 13 %), crime SP 200.00 at 13 % earns 26.00;
    /// drug PSC spends 3.00 at headquarters (finance and budget), crime PSC 1.00 in the field
    /// (monitoring). Drug opens at 10.00: closes 10.00 + 7.00 - 3.00 = 14.00; crime 0 + 26.00 - 1.00 = 25.00.
    static func statement() throws -> PSCStatement {
        let lines = [
            line("2020", .drugProgramme, .specialPurpose, "HQ", .headquarters, .planning, "100.00", rate: 700),
            line("2020", .crimeProgramme, .specialPurpose, "CO", .field, .programmeDelivery, "200.00"),
            line("2020", .drugProgramme, .programmeSupportCost, "HQ", .headquarters, .financeAndBudget, "3.00"),
            line("2020", .crimeProgramme, .programmeSupportCost, "CO", .field, .monitoring, "1.00"),
        ]
        return try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(lines), period: nil, openingBalances: [.drugProgramme: Money(cents: 1_000)])
    }

    static func rows(_ table: ReportTable) -> [String] { String(decoding: table.csv(), as: UTF8.self).split(separator: "\r\n").map(String.init) }

    @Test func statementByHand() throws {
        let table = Tables.pscStatement(try Self.statement())
        #expect(table.name == "psc-statement" && table.title == "PSC fund statement, 2020")
        #expect(Self.rows(table) == ["period,fund,opening_balance_usd,earned_usd,spent_usd,closing_balance_usd",
                                     "2020,drug,10.00,7.00,3.00,14.00", "2020,crime,0.00,26.00,1.00,25.00", "2020,all,10.00,33.00,4.00,39.00"])
    }

    @Test func useByHand() throws {
        let rows = Self.rows(Tables.pscUse(try Self.statement()))
        #expect(rows == ["period,office_type,category_group,category,spent_usd,share_percent",
                         "2020,headquarters,central-administration,finance-and-budget,3.00,75", "2020,field,programme-services,monitoring,1.00,25",
                         "Total,,,,4.00,100"])
    }

    @Test func ratesByHand() throws {
        let rows = Self.rows(Tables.pscRates(try Self.statement()))
        #expect(rows == ["period,rate_percent,direct_expenditure_usd,earned_usd,earned_at_standard_rate_usd",
                         "2020,7,100.00,7.00,13.00", "2020,13,200.00,26.00,26.00", "Total,,300.00,33.00,39.00"])
    }
}
