import Foundation
import Testing
import FingovAnalytics
import FingovIngest
import FingovModel

/// The examples of the documentation (`Sources/FingovAnalytics/FingovAnalytics.docc` and the
/// README), run on the default data, so that they cannot rot. The code between the `// Example`
/// marks is the articles' code, line for line, but for the data folder's path; the values checked
/// were computed independently, by hand or in Python from the CSV files of `data/`.
///
/// Only the public API is imported here (no `@testable`), as a user of the library would.
@Suite struct DocumentationExampleTests {
    /// "Desirable ranges and representation from Swift" (RangesAndRepresentation.md).
    ///
    /// By hand (Python's csv module over data/): on 2025-12-31 the scale in force is 2025-2027 and
    /// the latest population year 2024; 193 Member States, whose 2024 populations sum to
    /// 8,098,198,831.
    ///   Tuvalu: rate 0.001 %, population 9,646.
    ///     membership 0.40 x 3600 / 193 = 7.4611398964; population 0.05 x 3600 x 9646 / 8098198831
    ///     = 0.0002144032; contribution 0.55 x 3600 x 0.001 / 100 = 0.0198; midpoint 7.4811542996
    ///     -> 7; the flexibility 15 % (1.12) is below the minimum 4.8: lower 2.6811542996 -> 3;
    ///     upper 12.28 is below the minimum 14: upper 14.
    ///   United States: rate 22 %, population 340,110,988: 7.4611398964 + 7.5597029806 + 435.6
    ///     = 450.6208428769 -> 451; lower 383.0277164454 -> 383; upper 518.2139693085 -> 518.
    ///   Staff counted (Professional and higher, serving on 2025-12-31, regular-budget posts
    ///     without special language requirements; a separation date is the last day of service): 3,188, of them 5 from Tuvalu (S019531,
    ///     S028768, S030444, S036224, S038838), within its range and below its midpoint.
    ///   Counting each State's staff against its lower limit (rounded half up) in the same Python:
    ///     18 States with no staff and 13 below their lower limit, 31 under target.
    @Test func rangesAndRepresentation() throws {
        let data = dataFolder
        // Example
        let reference = try ReferenceData.load(from: data)
        let asOf = CalendarDate(rawValue: "2025-12-31")!
        let parameters = try ScaleInForce.resolve(on: asOf, reference: reference).applied(to: .official)

        let ranges = try DesirableRanges.compute(reference: reference, parameters: parameters)
        let tuvalu = ranges.range(of: MemberState(rawValue: "TUV")!)!

        let selection = StaffSelection(asOf: asOf)
        let headcounts = try Ingest.read(roster: data + "/staff.csv", reference: reference,
                                         into: Headcounts(selection: selection))
        let table = try Representation.compute(headcounts: headcounts, reference: reference,
                                               parameters: parameters, selection: selection)
        let underTarget = table.rows.filter { $0.status.isUnderTarget }
        // Example end

        #expect(parameters.scalePeriod == Period(rawValue: "2025-2027") && parameters.populationYear == 2024)
        #expect(ranges.memberCount == 193)
        #expect((tuvalu.lower, tuvalu.midpoint, tuvalu.upper) == (3, 7, 14))
        #expect(abs(tuvalu.midpointExact - 7.4811542996) < 1e-9)
        let usa = try #require(ranges.range(of: MemberState(rawValue: "USA")!))
        #expect((usa.lower, usa.midpoint, usa.upper) == (383, 451, 518))
        #expect(abs(usa.midpointExact - 450.6208428769) < 1e-9)

        #expect(table.rows.count == 193)
        #expect(headcounts.used == 3188)
        let tuvaluRow = try #require(table.rows.first { $0.state == MemberState(rawValue: "TUV")! })
        #expect(tuvaluRow.staff == 5 && tuvaluRow.status == .withinRangeBelowMidpoint)
        #expect(underTarget.count == 31)
        #expect(underTarget.filter { $0.status == .unrepresented }.count == 18)
        #expect(underTarget.allSatisfy { $0.staff < $0.range.lower })
    }

    /// "Summarising a ledger" (LedgerSummaries.md).
    ///
    /// By a second method (Python's csv module and Decimal over data/ledger.csv): the lines of
    /// 2020 and 2021 add up to RB 44,679,106.58, GP 9,486,802.71, PSC 32,857,037.23 and
    /// SP 719,049,353.48 dollars, 806,072,300.00 in all.
    @Test func ledgerSummary() throws {
        let data = dataFolder
        // Example
        let vocabulary = try LedgerVocabulary.load(folder: data + "/vocabulary")
        let cells = try Ingest.read(ledger: data + "/ledger.csv", into: LedgerCells(vocabulary: vocabulary))
        let summary = try LedgerSummary.compute(cells: cells, by: [.fundingSource],
                                                period: Period(rawValue: "2020-2021"))
        for row in summary.rows {
            print(row.keys.joined(separator: " / "), row.amount, summary.sharePercent(of: row) ?? 0)
        }
        print("Total", summary.total, summary.reconciles ? "reconciles" : "DOES NOT RECONCILE")
        // Example end

        let byKey = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.keys, $0.amount.cents) })
        #expect(byKey == [["RB"]: 44_679_106_58, ["GP"]: 9_486_802_71, ["PSC"]: 32_857_037_23, ["SP"]: 719_049_353_48])
        #expect(summary.total.cents == 806_072_300_00)
        #expect(summary.reconciles)
    }

    /// "Several analyses in one pass" (LedgerSummaries.md): the pair's ledger cells are the cells
    /// read alone.
    @Test func ledgerPairInOnePass() throws {
        let data = dataFolder
        let vocabulary = unodcVocabulary
        // Example
        let both = try Ingest.read(ledger: data + "/ledger.csv",
                                   into: LedgerPair(LedgerCells(vocabulary: vocabulary), PSCStatementTally(vocabulary: vocabulary)))
        let psc = try PSCStatement.compute(both.second, period: nil)   // the PSC fund statement of the latest period
        // Example end

        let alone = try Ingest.read(ledger: data + "/ledger.csv", into: LedgerCells(vocabulary: unodcVocabulary))
        // 1,110 actual lines and 344 budget lines (data/README.md).
        #expect(both.first.rowsRead == 1454 && alone.rowsRead == 1454)
        let pair = try LedgerSummary.compute(cells: both.first, by: [.fundingSource], period: nil)
        let single = try LedgerSummary.compute(cells: alone, by: [.fundingSource], period: nil)
        #expect(pair.rows == single.rows && pair.total == single.total)
        #expect(psc.accounting.rowsRead == 1454)
        #expect(psc.periods == [Period(rawValue: "2020-2021")!])
    }
}
