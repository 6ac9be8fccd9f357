/// A number of input rows left out, and why.
public struct Exclusion: Hashable, Sendable, Codable {
    public var reason: String
    public var count: Int
}

/// How the rows of an input were used: every row is accounted for.
public struct RowAccounting: Hashable, Sendable, Codable {
    /// Rows in the input.
    public var rowsRead = 0
    /// Rows used.
    public var used = 0
    /// Rows left out, by reason, in the order the reasons were first met.
    public var excluded: [Exclusion] = []

    public init() {}

    /// Counts `count` rows left out for `reason`.
    public mutating func exclude(_ reason: String, count: Int = 1) {
        guard count > 0 else { return }
        if let i = excluded.firstIndex(where: { $0.reason == reason }) { excluded[i].count += count } else { excluded.append(Exclusion(reason: reason, count: count)) }
    }

    /// One sentence: read, used, and each exclusion.
    public var summary: String {
        let parts = excluded.map { "\($0.count) \($0.reason)" }
        return "\(rowsRead) rows read, \(used) used" + (parts.isEmpty ? "" : "; excluded: " + parts.joined(separator: ", "))
    }

    /// Adds the accounting of another part of the same input.
    public mutating func merge(_ other: RowAccounting) {
        rowsRead += other.rowsRead
        used += other.used
        for e in other.excluded {
            if let i = excluded.firstIndex(where: { $0.reason == e.reason }) { excluded[i].count += e.count } else { excluded.append(e) }
        }
    }
}
