import FingovCSV
import FingovIngest

/// Whether a unit provides services to others (support) or delivers programmes (operating).
public enum UnitKind: String, CaseIterable, Hashable, Sendable, Codable {
    case support
    case operating
}

/// A unit and its own (direct) cost.
public struct CostUnit: Hashable, Sendable, Codable {
    public var name: String
    public var kind: UnitKind
    public var directCost: Money

    public init(name: String, kind: UnitKind, directCost: Money) {
        self.name = name
        self.kind = kind
        self.directCost = directCost
    }
}

/// The share of a support unit's service that another unit uses.
public struct ServiceShare: Hashable, Sendable, Codable {
    public var provider: String
    public var receiver: String
    /// A fraction from 0 to 1.
    public var share: Double
    /// The line of the shares file it came from, for messages (0 when built in code).
    public var line: Int

    public init(provider: String, receiver: String, share: Double, line: Int = 0) {
        self.provider = provider
        self.receiver = receiver
        self.share = share
        self.line = line
    }
}

/// The files of a support-cost allocation.
public enum SupportCostFiles {
    public static let costColumns = ["unit", "kind", "direct_cost_usd"]
    public static let shareColumns = ["provider", "receiver", "share"]

    /// Reads the costs file: one row per unit.
    public static func loadCosts(path: String) throws(DataError) -> [CostUnit] {
        try decodeCosts(bytes: readFileBytes(path), file: path)
    }

    /// Decodes a costs file's bytes (see `loadCosts(path:)`).
    public static func decodeCosts(bytes: [UInt8], file: String) throws(DataError) -> [CostUnit] {
        var data = try DataFile(bytes: bytes, file: file, required: costColumns)
        var seen: [String: Int] = [:]
        return try data.decodeRows { (row: DataRow) throws(CSVError) -> CostUnit in
            let name = try row.value("unit", expected: "a unit name") { $0.isEmpty ? nil : $0 }
            if let first = seen.updateValue(row.line, forKey: name) {
                throw row.error("unit", "unit '\(name)' is listed twice (first on line \(first))")
            }
            let cost = try row.money("direct_cost_usd")
            guard cost.cents >= 0 else { throw row.error("direct_cost_usd", "negative direct cost (found \(cost), expected 0 or more)") }
            return CostUnit(name: name, kind: try row.vocabulary("kind", UnitKind.self), directCost: cost)
        }
    }

    /// Reads the shares file: one row per provider and receiver.
    public static func loadShares(path: String) throws(DataError) -> [ServiceShare] {
        try decodeShares(bytes: readFileBytes(path), file: path)
    }

    /// Decodes a shares file's bytes (see `loadShares(path:)`).
    public static func decodeShares(bytes: [UInt8], file: String) throws(DataError) -> [ServiceShare] {
        var data = try DataFile(bytes: bytes, file: file, required: shareColumns)
        return try data.decodeRows { (row: DataRow) throws(CSVError) -> ServiceShare in
            ServiceShare(
                provider: try row.value("provider", expected: "a support unit") { $0.isEmpty ? nil : $0 },
                receiver: try row.value("receiver", expected: "a unit") { $0.isEmpty ? nil : $0 },
                share: try row.value("share", expected: "a fraction from 0 to 1") { Double($0).flatMap { $0 >= 0 && $0 <= 1 ? $0 : nil } },
                line: row.line)
        }
    }
}
