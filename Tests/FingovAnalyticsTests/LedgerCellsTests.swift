import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct CellKeyTests {
    /// A cell key unpacks to what was packed, for every fund, source, type and category.
    @Test func packAndUnpack() {
        for fund in Fund.allCases {
            for source in FundingSource.allCases {
                for type in OfficeType.allCases {
                    for category in FingovModel.Category.allCases {
                        let row = LedgerRow(period: Period(year: 2020)!, fund: fund, fundingSource: source, officeID: 12345, officeType: type,
                                            category: category, amount: .zero, pscRateBasisPoints: nil, regionID: 7)
                        let key = LedgerCellTable.unpack(LedgerCellTable.pack(period: 3, row))
                        #expect(key.period == 3 && key.fund == fund && key.source == source && key.officeType == type)
                        #expect(key.category == category && key.region == 7 && key.office == 12345)
                    }
                }
            }
        }
    }
}

@Suite struct LedgerCellsTests {
    /// Cells merged from two parts equal the cells of the whole, keys typed.
    @Test func partsMergeToTheWhole() throws {
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: 6).csv(rows: 2000), file: "l.csv")
        var merged = LedgerCells(Array(lines[..<700]))
        merged.merge(LedgerCells(Array(lines[700...])))
        let whole = LedgerCells(lines)
        #expect(merged.rowsRead == 2000)
        #expect(Dictionary(uniqueKeysWithValues: zip(merged.keys, merged.cents)) == Dictionary(uniqueKeysWithValues: zip(whole.keys, whole.cents)))
        #expect(merged.keys.count == Set(lines.map(LedgerCellKey.init)).count)
    }

    /// Report order of values, by hand: periods by years, vocabularies in their order,
    /// headquarters first, and `unassigned` regions last.
    @Test func valueOrder() {
        let ordered: [LedgerValue] = [.period(Period(rawValue: "2019")!), .period(Period(rawValue: "2019-2020")!), .period(Period(rawValue: "2020")!)]
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { LedgerValue.precedes($0, $1) })
        #expect(LedgerValue.precedes(.fund(.drugProgramme), .fund(.regularBudget)))
        #expect(LedgerValue.precedes(.office("Headquarters (Vienna)"), .office("Abuja")))
        #expect(LedgerValue.precedes(.region("Zanzibar"), .region("unassigned")))
        #expect(LedgerValue.precedes(.region("Headquarters"), .region("Africa")))
    }
}
