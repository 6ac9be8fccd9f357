import FingovCSV
import FingovIngest
#if canImport(Glibc)
import Glibc
#endif

/// The reference tables the analytics need: the 193 Member States, the scales of assessments
/// and populations. Loaded from `member_states.csv`, `scale_of_assessments.csv` and
/// `population_worldbank.csv` in a data folder (see `data/README.md`).
public struct ReferenceData: Sendable {
    /// The Member States in file order (alphabetical by name).
    public let states: [MemberStateProfile]
    /// Each scale period's rates, in per cent, by State.
    public let scales: [Period: [MemberState: Double]]
    /// Each year's population, by State.
    public let populations: [Int: [MemberState: Int]]
    private let profileIndex: [MemberState: Int]
    /// The ISO 3166-1 codes of States and territories that are not Members, with their ISO
    /// names (from `iso3166.csv` when the folder has it): accepted as nationalities, counted
    /// apart. Sorted by code.
    public let nonMembers: [(code: MemberState, name: String)]

    /// The file names inside a data folder.
    public static let memberStatesFile = "member_states.csv"
    public static let scaleFile = "scale_of_assessments.csv"
    public static let populationFile = "population_worldbank.csv"
    /// The ISO 3166-1 codes (optional in a data folder: without it, only Member States' codes
    /// are accepted as nationalities).
    public static let isoFile = "iso3166.csv"

    public init(states: [MemberStateProfile], scales: [Period: [MemberState: Double]], populations: [Int: [MemberState: Int]],
                nonMembers: [(code: MemberState, name: String)] = []) {
        self.nonMembers = nonMembers
        self.states = states
        self.scales = scales
        self.populations = populations
        var index: [MemberState: Int] = [:]
        for (i, profile) in states.enumerated() { index[profile.state] = i }
        self.profileIndex = index
    }

    /// Loads the three reference files from `folder`.
    ///
    /// - Throws: `DataError` for a missing file, a bad header or bad rows, a code that is not a
    ///   Member State, or a State listed twice for the same period or year.
    public static func load(from folder: String) throws(DataError) -> ReferenceData {
        let statesPath = folder + "/" + memberStatesFile
        var statesFile = try DataFile(path: statesPath,
                                      required: ["iso3", "iso2", "name", "short_name", "continent", "un_subregion", "member_since"])
        var seen = Set<MemberState>()
        let states = try statesFile.decodeRows { (row: DataRow) throws(CSVError) -> MemberStateProfile in
            let state = try row.value("iso3", expected: "an ISO 3166 alpha-3 code such as FRA") { MemberState(rawValue: $0) }
            guard seen.insert(state).inserted else { throw row.error("iso3", "Member State \(state) is listed twice") }
            let since = try row.value("member_since", expected: "a year from 1945") { Int($0).flatMap { (1945...2100).contains($0) ? $0 : nil } }
            return MemberStateProfile(state: state, iso2: row.text("iso2"), name: row.text("name"), shortName: row.text("short_name"),
                                      continent: row.text("continent"), subregion: row.text("un_subregion"), memberSince: since)
        }

        let scalePath = folder + "/" + scaleFile
        var scaleFile = try DataFile(path: scalePath, required: ["iso3", "period", "resolution", "rate_percent"])
        var scales: [Period: [MemberState: Double]] = [:]
        _ = try scaleFile.decodeRows { (row: DataRow) throws(CSVError) -> Void in
            let state = try row.value("iso3", expected: "the code of a Member State in \(memberStatesFile)") { MemberState(rawValue: $0).flatMap { seen.contains($0) ? $0 : nil } }
            let period = try row.value("period", expected: "a period such as 2019-2021") { Period(rawValue: $0) }
            let rate = try row.value("rate_percent", expected: "a rate in per cent between 0 and 100") { Double($0).flatMap { $0 >= 0 && $0 <= 100 ? $0 : nil } }
            guard scales[period, default: [:]].updateValue(rate, forKey: state) == nil else {
                throw row.error("iso3", "\(state) has two rates for \(period)")
            }
        }

        let populationPath = folder + "/" + populationFile
        var populationFile = try DataFile(path: populationPath, required: ["iso3", "year", "population"])
        var populations: [Int: [MemberState: Int]] = [:]
        _ = try populationFile.decodeRows { (row: DataRow) throws(CSVError) -> Void in
            let state = try row.value("iso3", expected: "the code of a Member State in \(memberStatesFile)") { MemberState(rawValue: $0).flatMap { seen.contains($0) ? $0 : nil } }
            let year = try row.value("year", expected: "a year such as 2019") { Int($0).flatMap { Period.plausibleYears.contains($0) ? $0 : nil } }
            let population = try row.value("population", expected: "a positive whole number") { Int($0).flatMap { $0 > 0 ? $0 : nil } }
            guard populations[year, default: [:]].updateValue(population, forKey: state) == nil else {
                throw row.error("iso3", "\(state) has two populations for \(year)")
            }
        }
        for (period, rates) in scales {
            // Added in a fixed order (by State) so that the total, and the message, never depend
            // on the dictionary's order; shown to the thousandth the check allows.
            let total = rates.sorted { $0.key.rawValue < $1.key.rawValue }.reduce(0) { $0 + $1.value }
            guard abs(total - 100) <= 0.001 else {
                throw DataError(file: scalePath, message: "the rates for \(period) add up to \((total * 1000).rounded() / 1000) per cent (expected 100, to 0.001)")
            }
        }
        var nonMembers: [(code: MemberState, name: String)] = []
        let isoPath = folder + "/" + isoFile
        if access(isoPath, F_OK) == 0 {
            var isoFile = try DataFile(path: isoPath, required: ["iso3", "iso2", "numeric", "name"])
            let iso = try isoFile.decodeRows { (row: DataRow) throws(CSVError) -> (MemberState, String) in
                (try row.value("iso3", expected: "an ISO 3166-1 alpha-3 code") { MemberState(rawValue: $0) }, row.text("name"))
            }
            nonMembers = iso.filter { !seen.contains($0.0) }.sorted { $0.0 < $1.0 }.map { (code: $0.0, name: $0.1) }
        }
        return ReferenceData(states: states, scales: scales, populations: populations, nonMembers: nonMembers)
    }

    /// The profile of `state`, if it is a Member State.
    public func profile(of state: MemberState) -> MemberStateProfile? {
        profileIndex[state].map { states[$0] }
    }

    /// Whether `state` is one of the Member States.
    public func isMember(_ state: MemberState) -> Bool { profileIndex[state] != nil }

    /// The scale periods available, oldest first.
    public var scalePeriods: [Period] { scales.keys.sorted() }

    /// The population years available, oldest first.
    public var populationYears: [Int] { populations.keys.sorted() }
}
