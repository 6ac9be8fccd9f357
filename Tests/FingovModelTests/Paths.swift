import FingovModel
/// The repository's `data/` folder, found from this file's path.
let dataFolder: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3) // Tests/FingovModelTests/Paths.swift
    return parts.joined(separator: "/") + "/data"
}()

/// UNODC's ledger vocabulary, as the repository's `data/vocabulary/` gives it.
let unodcVocabulary: LedgerVocabulary = try! LedgerVocabulary.load(folder: dataFolder + "/vocabulary")
