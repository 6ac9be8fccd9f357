@testable import FingovModel
@testable import FingovReports

/// A small table with the awkward cases: a name with non-ASCII letters, text that looks like a
/// formula, negative money, an empty number, a totals row and a note.
let sampleTable = ReportTable(
    name: "t", title: "T", columns: [Column("name"), Column("amount_usd", numeric: true), Column("share_percent", numeric: true)],
    rows: [[.text("Côte d’Ivoire"), .money(Money(cents: 123_456_789)), .number(12.345678, decimals: 2)],
           [.text("-dash, \"quoted\""), .money(Money(cents: -50)), .empty]],
    totals: [.text("Total"), .money(Money(cents: 123_456_739)), .number(100, decimals: 2)],
    notes: ["note"])

/// UNODC's ledger vocabulary, as the repository's `data/vocabulary/` gives it.
let unodcVocabulary: LedgerVocabulary = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3) // Tests/FingovReportsTests/Fixtures.swift
    return try! LedgerVocabulary.load(folder: parts.joined(separator: "/") + "/data/vocabulary")
}()
