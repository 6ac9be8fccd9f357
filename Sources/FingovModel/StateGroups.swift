import FingovCSV

/// The five regional groups of Member States used for elections in the United Nations.
public enum RegionalGroup: String, CaseIterable, Hashable, Sendable, Codable {
    case african
    case asiaPacific = "asia-pacific"
    case easternEuropean = "eastern-european"
    case latinAmericanCaribbean = "latin-american-caribbean"
    case westernEuropeanOthers = "western-european-others"

    /// The group's name as the UN writes it.
    public var title: String {
        switch self {
        case .african: return "African States"
        case .asiaPacific: return "Asia-Pacific States"
        case .easternEuropean: return "Eastern European States"
        case .latinAmericanCaribbean: return "Latin American and Caribbean States"
        case .westernEuropeanOthers: return "Western European and other States"
        }
    }
}

/// The development groupings of UN M49.
public enum DevelopmentGroup: String, CaseIterable, Hashable, Sendable, Codable {
    /// Least developed countries.
    case leastDeveloped = "ldc"
    /// Landlocked developing countries.
    case landlockedDeveloping = "lldc"
    /// Small island developing States.
    case smallIslandDeveloping = "sids"

    public var title: String {
        switch self {
        case .leastDeveloped: return "Least developed countries"
        case .landlockedDeveloping: return "Landlocked developing countries"
        case .smallIslandDeveloping: return "Small island developing States"
        }
    }
}

/// Which regional group and which development groupings each Member State belongs to, from
/// `regional_groups.csv` and `development_groups.csv` (see `data/README.md` for sources).
///
/// Each Member State is in exactly one regional group or in none (the United States attends the
/// Western European and other States as an observer); a State may be in several development
/// groupings or in none.
public struct StateGroups: Sendable {
    /// The regional group of each Member State; `nil` for a State in none.
    public var regional: [MemberState: RegionalGroup?]
    /// The members of each development grouping.
    public var development: [DevelopmentGroup: Set<MemberState>]

    public static let regionalFile = "regional_groups.csv"
    public static let developmentFile = "development_groups.csv"

    public init(regional: [MemberState: RegionalGroup?], development: [DevelopmentGroup: Set<MemberState>]) {
        self.regional = regional
        self.development = development
    }

    /// The Member States of a regional group (`nil`: the States in no group).
    public func members(of group: RegionalGroup?) -> Set<MemberState> {
        Set(regional.compactMap { $0.value == group ? $0.key : nil })
    }

    /// Loads both files from `folder`.
    ///
    /// - Throws: `DataError` for a missing file, a bad header or row, a code that is not a
    ///   Member State of `reference`, a State listed twice in the regional groups or missing
    ///   from them, or an unknown group.
    public static func load(from folder: String, reference: ReferenceData) throws(DataError) -> StateGroups {
        let regionalPath = folder + "/" + regionalFile
        var file = try DataFile(path: regionalPath, required: ["iso3", "group"], optional: ["note"])
        var regional: [MemberState: RegionalGroup?] = [:]
        let memberCode = "the code of a Member State in \(ReferenceData.memberStatesFile)"
        _ = try file.decodeRows { (row: DataRow) throws(CSVError) -> Void in
            let state = try row.value("iso3", expected: memberCode) { MemberState(rawValue: $0).flatMap { reference.isMember($0) ? $0 : nil } }
            let text = row.text("group")
            let group: RegionalGroup?
            if text.isEmpty { group = nil } else { group = try row.vocabulary("group", RegionalGroup.self) }
            guard regional.updateValue(group, forKey: state) == nil else { throw row.error("iso3", "\(state) is listed twice (expected one row per Member State)") }
        }
        let missing = reference.states.map(\.state).filter { regional[$0] == nil }
        guard missing.isEmpty else {
            throw DataError(file: regionalPath, message: "no row for \(missing.map(\.rawValue).joined(separator: ", ")) (expected every Member State, with an empty group for a State in none)")
        }
        let developmentPath = folder + "/" + developmentFile
        var groupsFile = try DataFile(path: developmentPath, required: ["iso3", "group"])
        var development: [DevelopmentGroup: Set<MemberState>] = [:]
        _ = try groupsFile.decodeRows { (row: DataRow) throws(CSVError) -> Void in
            let state = try row.value("iso3", expected: memberCode) { MemberState(rawValue: $0).flatMap { reference.isMember($0) ? $0 : nil } }
            let group = try row.vocabulary("group", DevelopmentGroup.self)
            guard development[group, default: []].insert(state).inserted else { throw row.error("iso3", "\(state) is listed twice in \(group.rawValue)") }
        }
        return StateGroups(regional: regional, development: development)
    }
}
