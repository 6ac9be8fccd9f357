import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct CellKeyTests {
    /// A cell key unpacks to what was packed, for every fund, source, type and category.
    @Test func packAndUnpack() {
        let table = LedgerCellTable(vocabulary: unodcVocabulary)
        #expect(table.codeBits == 8 && table.officeBits == 30)
        for fund in 0..<3 {
            for source in 0..<4 {
                for type in OfficeType.allCases {
                    for category in 0..<12 {
                        for basis in Basis.allCases {
                        var row = LedgerRow(period: Period(year: 2020)!, fund: UInt16(fund), fundingSource: UInt16(source), officeID: (1 << 30) - 1, officeType: type,
                                            category: UInt16(category), amount: .zero, pscRateBasisPoints: nil, regionID: 7)
                        row.basis = basis
                        let key = table.unpack(table.pack(period: 3, row))
                        #expect(key.period == 3 && key.fund == fund && key.source == source && key.officeType == type)
                        #expect(key.category == category && key.region == 7 && key.office == (1 << 30) - 1 && key.basis == basis)
                        }
                    }
                }
            }
        }
    }
}

@Suite struct LedgerCellsTests {
    /// Cells merged from two parts equal the cells of the whole, keys typed.
    @Test func partsMergeToTheWhole() throws {
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: 6).csv(rows: 2000), file: "l.csv", vocabulary: unodcVocabulary)
        var merged = LedgerCells(Array(lines[..<700]), vocabulary: unodcVocabulary)
        merged.merge(LedgerCells(Array(lines[700...]), vocabulary: unodcVocabulary))
        let whole = LedgerCells(lines, vocabulary: unodcVocabulary)
        #expect(merged.rowsRead == 2000)
        #expect(Dictionary(uniqueKeysWithValues: zip(merged.keys, merged.cents)) == Dictionary(uniqueKeysWithValues: zip(whole.keys, whole.cents)))
        #expect(merged.keys.count == Set(lines.map { LedgerCellKey($0, vocabulary: unodcVocabulary) }).count)
    }

    /// Report order of values, by hand: periods by years, vocabularies in their order,
    /// headquarters first, and `unassigned` regions last.
    @Test func valueOrder() {
        let ordered: [LedgerValue] = [.period(Period(rawValue: "2019")!), .period(Period(rawValue: "2019-2020")!), .period(Period(rawValue: "2020")!)]
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { LedgerValue.precedes($0, $1, in: unodcVocabulary) })
        #expect(LedgerValue.precedes(.fund(.drugProgramme), .fund(.regularBudget), in: unodcVocabulary))
        #expect(LedgerValue.precedes(.office("Headquarters (Vienna)"), .office("Abuja"), in: unodcVocabulary))
        #expect(LedgerValue.precedes(.region("Zanzibar"), .region("unassigned"), in: unodcVocabulary))
        #expect(LedgerValue.precedes(.region("Headquarters"), .region("Africa"), in: unodcVocabulary))
    }
}
