import Testing
@testable import FingovAnalytics
@testable import FingovModel
@testable import FingovReports

/// The report's own charts carry the figures of their tables.
@Suite struct ReportChartsTests {
    @Test func trendChartCountsEveryStateOnceAYear() throws {
        let report = try FullReport.make(settings: ReportSettings(dataFolder: "data"), terminal: TextStyle(), rootFolder: NotebooksTests.root)
        let trend = try #require(report.tables.first { $0.name == "trend" })
        // From the trend table: under target = unrepresented + underrepresented, and so on.
        func count(_ row: [Cell], _ column: String) -> Double {
            guard let i = trend.columns.firstIndex(where: { $0.name == column }), case .integer(let n) = row[i] else { return -1 }
            return Double(n)
        }
        let expected = trend.rows.map { row in
            [count(row, "unrepresented") + count(row, "underrepresented"),
             count(row, "within_range_below_midpoint") + count(row, "within_range_at_or_above_midpoint"), count(row, "overrepresented")]
        }
        let svg = String(decoding: try #require(report.files.first { $0.name == "trend-chart.svg" }).bytes, as: UTF8.self)
        #expect(svg.contains("Member States by status on 31 December of each year"))
        for (i, values) in expected.enumerated() { #expect(svg.contains("<title>\(2019 + i), under target: \(Int(values[0]))</title>")) }
        for values in expected { #expect(values.reduce(0, +) == 193) }
    }

    /// Closing = opening + earned - spent in the chart's values, as in the statement.
    @Test func pscStatementChartByHand() throws {
        let lines = [
            LedgerLine(period: Period(rawValue: "2020")!, fund: .drugProgramme, fundingSource: .specialPurpose, office: "HQ", officeType: .headquarters,
                       category: .planning, amount: try Money(parsing: "1000.00")),
            LedgerLine(period: Period(rawValue: "2020")!, fund: .drugProgramme, fundingSource: .programmeSupportCost, office: "HQ", officeType: .headquarters,
                       category: .financeAndBudget, amount: try Money(parsing: "30.00")),
        ]
        let statement = try PSCStatement.compute(PSCStatementTally(vocabulary: unodcVocabulary).adding(lines), period: nil, openingBalances: [.drugProgramme: Money(cents: 5_000)])
        let chart = Tables.pscStatementChart(statement)
        let drug = try #require(chart.groups.first { $0.label == "2020 drug" })
        // Opening 50.00, earned 13 % of 1,000.00 = 130.00, spent 30.00, closing 150.00; in thousands.
        #expect(drug.values == [0.05, 0.13, 0.03, 0.15])
    }
}
