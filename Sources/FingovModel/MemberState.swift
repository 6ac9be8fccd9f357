/// A Member State of the United Nations, identified by its ISO 3166-1 alpha-3 code.
///
/// The initializer checks the code's form (three capital letters): `MemberState(rawValue: "FRA")`
/// succeeds and `MemberState(rawValue: "France")` is `nil`. Whether the code belongs to one of the
/// 193 Member States is checked against `ReferenceData`.
public struct MemberState: Hashable, Comparable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    /// The alpha-3 code.
    public let rawValue: String

    public init?(rawValue: String) {
        guard rawValue.utf8.count == 3, rawValue.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return nil
        }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (a: MemberState, b: MemberState) -> Bool { a.rawValue < b.rawValue }
}

/// What the reference table says about one Member State.
public struct MemberStateProfile: Hashable, Sendable, Codable {
    /// Its code.
    public var state: MemberState
    /// The ISO 3166-1 alpha-2 code.
    public var iso2: String
    /// The name as in the UN scale of assessments, e.g. "Côte d’Ivoire".
    public var name: String
    /// A shorter name for narrow displays.
    public var shortName: String
    /// The continent.
    public var continent: String
    /// The UN M49 sub-region.
    public var subregion: String
    /// The year of admission to the United Nations.
    public var memberSince: Int
}
