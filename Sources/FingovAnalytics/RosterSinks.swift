import FingovIngest
import FingovModel

// The worker-local forms of the roster accumulators: they count by the decoder's ids (a State's
// index in the reference table, an entity's interned id) and name them at the end.

extension Headcounts: RosterAccumulator {
    /// The entity of the selection, marked by the decoder.
    public var entity: String? { selection.entity }

    /// Counts one member.
    public mutating func add(_ member: StaffMember) {
        add(nationality: member.nationality, isInEntity: selection.entity.map { member.entity == $0 } ?? true,
            isServing: member.isServing(on: selection.asOf), grade: member.grade, postFunding: member.postFunding,
            isLanguagePost: member.isLanguagePost)
    }

    public func makeSink(reference: ReferenceData) -> HeadcountSink { HeadcountSink(selection: selection, stateCount: reference.states.count + reference.nonMembers.count) }
}

/// Headcounts by State under a selection, the States counted in an array by reference index.
public struct HeadcountSink: RosterRowSink {
    var tally: Headcounts
    var byState: [Int]

    init(selection: StaffSelection, stateCount: Int) {
        tally = Headcounts(selection: selection)
        byState = Array(repeating: 0, count: stateCount)
    }

    public mutating func accept(_ row: RosterRow) {
        countIfSelected(row)
    }

    /// Counts `row`; returns whether it is in the selection.
    @discardableResult
    mutating func countIfSelected(_ row: RosterRow) -> Bool {
        if tally.record(isInEntity: row.isInEntity, isServing: row.isServing(on: tally.selection.asOf), grade: row.grade,
                        postFunding: row.postFunding, isLanguagePost: row.isLanguagePost) {
            byState[row.stateIndex] += 1
            return true
        }
        return false
    }

    public func output(names: RosterNames) -> Headcounts {
        var result = tally
        for (i, n) in byState.enumerated() where n > 0 { result.counts[names.states[i], default: 0] += n }
        return result
    }
}

extension AppointmentRecords: RosterAccumulator {
    /// The appointments are counted by entity.
    public var needsEntities: Bool { true }

    /// Counts one member.
    public mutating func add(_ member: StaffMember) {
        add(nationality: member.nationality, entity: member.entity, appointed: member.appointmentDate, separated: member.separationDate,
            grade: member.grade, postFunding: member.postFunding, isLanguagePost: member.isLanguagePost)
    }

    public func makeSink(reference: ReferenceData) -> AppointmentSink {
        AppointmentSink(records: AppointmentRecords(from: from, to: to), states: reference.states.map(\.state) + reference.nonMembers.map(\.code))
    }
}

/// Headcounts at the start of a period and the appointments in it (entities by id, named at
/// the end).
public struct AppointmentSink: RosterRowSink {
    var records: AppointmentRecords
    let states: [MemberState]
    var appointments: [(state: Int, entity: Int32)] = []

    public mutating func accept(_ row: RosterRow) {
        let before = records.appointments.count
        records.add(nationality: states[row.stateIndex], entity: "", appointed: row.appointmentDate, separated: row.separationDate,
                    grade: row.grade, postFunding: row.postFunding, isLanguagePost: row.isLanguagePost)
        if records.appointments.count > before {
            records.appointments.removeLast()
            appointments.append((row.stateIndex, row.entityID))
        }
    }

    public func output(names: RosterNames) -> AppointmentRecords {
        var result = records
        result.appointments = appointments.map { (names.states[$0.state], names.entities[Int($0.entity)]) }
        return result
    }
}

extension GenderTally: RosterAccumulator {
    /// Counts one member.
    public mutating func add(_ member: StaffMember) {
        add(gender: member.gender, grade: member.grade, isInEntity: entity.map { member.entity == $0 } ?? true,
            isServing: member.isServing(on: asOf), isGeographical: member.isSubjectToGeographicalDistribution)
    }

    public func makeSink(reference: ReferenceData) -> GenderSink { GenderSink(tally: GenderTally(asOf: asOf, entity: entity)) }
}

/// Women and men by grade (nothing to name).
public struct GenderSink: RosterRowSink {
    var tally: GenderTally

    public mutating func accept(_ row: RosterRow) {
        tally.add(gender: row.gender, grade: row.grade, isInEntity: row.isInEntity, isServing: row.isServing(on: tally.asOf),
                  isGeographical: row.isSubjectToGeographicalDistribution)
    }

    public func output(names: RosterNames) -> GenderTally { tally }
}
