/// The repository's `data/` folder, found from this file's path.
let dataFolder: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3) // Tests/FingovModelTests/Paths.swift
    return parts.joined(separator: "/") + "/data"
}()
