import Foundation
@testable import FingovAnalytics
@testable import FingovModel

/// The repository's `data/` folder, found from this file's path.
let dataFolder: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/data"
}()

let realReference: ReferenceData = try! ReferenceData.load(from: dataFolder)

func state(_ code: String) -> MemberState { MemberState(rawValue: code)! }
func date(_ text: String) -> CalendarDate { CalendarDate(rawValue: text)! }

/// A reference table made in code: each State with its rate (per cent) and population, for the
/// scale period 2019-2021 and the population year 2019.
func makeReference(_ rows: [(String, Double, Int)]) -> ReferenceData {
    let period = Period(rawValue: "2019-2021")!
    return ReferenceData(
        states: rows.map { MemberStateProfile(state: state($0.0), iso2: "", name: $0.0, shortName: $0.0, continent: "", subregion: "", memberSince: 1945) },
        scales: [period: Dictionary(uniqueKeysWithValues: rows.map { (state($0.0), $0.1) })],
        populations: [2019: Dictionary(uniqueKeysWithValues: rows.map { (state($0.0), $0.2) })])
}

/// A staff member with sensible defaults.
func member(_ id: String, _ nationality: String, grade: Grade = .p4, funding: PostFunding = .regularBudget, language: Bool = false,
            gender: Gender = .female, entity: String = "UNODC", appointed: String = "2015-01-01", separated: String? = nil) -> StaffMember {
    StaffMember(id: id, nationality: state(nationality), gender: gender, grade: grade, postFunding: funding, isLanguagePost: language,
                dutyStation: "Vienna", entity: entity, appointmentDate: date(appointed), separationDate: separated.map(date))
}

// The in-memory road to each answer: the accumulators the commands read files into, fed from an
// array instead.

extension Representation {
    static func fromMemory(staff: [StaffMember], reference: ReferenceData, parameters: RangeParameters,
                           selection: StaffSelection) throws(RangeError) -> Representation {
        try compute(headcounts: Headcounts(selection: selection).adding(staff), reference: reference, parameters: parameters, selection: selection)
    }
}

extension AppointmentTarget {
    static func fromMemory(staff: [StaffMember], reference: ReferenceData, parameters: RangeParameters, from: CalendarDate, to: CalendarDate,
                           targetPercent: Double = 50) throws(RangeError) -> AppointmentTarget {
        try compute(records: AppointmentRecords(from: from, to: to).adding(staff), reference: reference, parameters: parameters, targetPercent: targetPercent)
    }
}

extension GenderParity {
    static func fromMemory(staff: [StaffMember], asOf: CalendarDate, entity: String? = nil) -> GenderParity {
        compute(tally: GenderTally(asOf: asOf, entity: entity).adding(staff))
    }
}

extension ScenarioComparison {
    static func fromMemory(staff: [StaffMember], reference: ReferenceData, official: Scenario, alternatives: [Scenario],
                           asOf: CalendarDate) throws(RangeError) -> ScenarioComparison {
        try compute(headcounts: Headcounts(selection: StaffSelection(asOf: asOf, view: .regular)).adding(staff), reference: reference,
                    official: official, alternatives: alternatives, asOf: asOf)
    }
}


/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "fingov-stream-" + UUID().uuidString + ".csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// UNODC's ledger vocabulary, as the repository's `data/vocabulary/` gives it.
let unodcVocabulary: LedgerVocabulary = try! LedgerVocabulary.load(folder: dataFolder + "/vocabulary")
