import FingovModel

/// Appointments to one group (an entity, or the whole roster) and how many went to nationals of
/// States unrepresented or underrepresented at the start of the period.
public struct AppointmentTally: Hashable, Sendable, Codable {
    public var group: String
    public var appointments: Int
    public var toUnderTargetStates: Int
    /// The share, in per cent; `nil` when there were no appointments.
    public var sharePercent: Double? {
        appointments == 0 ? nil : Double(toUnderTargetStates) / Double(appointments) * 100
    }
    /// Whether the share reaches the target.
    public func meets(targetPercent: Double) -> Bool? { sharePercent.map { $0 >= targetPercent } }
}

/// The Secretary-General's target: of the appointments to posts subject to geographical
/// distribution in a period, at least 50 per cent go to nationals of Member States that were
/// unrepresented or underrepresented at the start of the period.
public struct AppointmentTarget: Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var targetPercent: Double
    /// The status of each State at the start of the period (on the day before `from`).
    public var statusAtStart: Representation
    /// The whole roster.
    public var overall: AppointmentTally
    /// One tally per entity, by name.
    public var byEntity: [AppointmentTally]
    /// The appointees' States that were unrepresented or underrepresented.
    public var underTargetStates: Set<MemberState>
    /// Roster rows counted as appointments, and the others with the reason.
    public var accounting: RowAccounting

    /// Counts the appointments dated from `records.from` to `records.to` (both included) to posts
    /// subject to geographical distribution, from records gathered from a roster (by
    /// `Ingest.read(roster:reference:into:)`, or from memory).
    public static func compute(records: AppointmentRecords, reference: ReferenceData, parameters: RangeParameters,
                               targetPercent: Double = 50) throws(RangeError) -> AppointmentTarget {
        let (from, to) = (records.from, records.to)
        guard from <= to else { throw .invalidParameter("period", "\(from) to \(to)", "a start on or before the end") }
        let start = try Representation.compute(headcounts: records.atStart, reference: reference, parameters: parameters,
                                               selection: records.startSelection)
        var underTarget = Set<MemberState>()
        for row in start.rows where row.status.isUnderTarget { underTarget.insert(row.state) }
        var overall = AppointmentTally(group: "All entities", appointments: 0, toUnderTargetStates: 0)
        var byEntity: [String: AppointmentTally] = [:]
        for (nationality, entity) in records.appointments {
            let hit = underTarget.contains(nationality) ? 1 : 0
            overall.appointments += 1
            overall.toUnderTargetStates += hit
            byEntity[entity, default: AppointmentTally(group: entity, appointments: 0, toUnderTargetStates: 0)].appointments += 1
            byEntity[entity]!.toUnderTargetStates += hit
        }
        return AppointmentTarget(from: from, to: to, targetPercent: targetPercent, statusAtStart: start, overall: overall,
                                 byEntity: byEntity.values.sorted { $0.group < $1.group }, underTargetStates: underTarget,
                                 accounting: records.accounting)
    }
}

/// What the 50 per cent target needs from a roster, gathered in one pass: the headcounts at the
/// start of the period (the day before `from`) and the appointments to geographical posts in it.
public struct AppointmentRecords: Sendable {
    public let from: CalendarDate
    public let to: CalendarDate
    public var atStart: Headcounts
    /// The nationality and entity of each appointee.
    public var appointments: [(MemberState, String)] = []
    var rowsRead = 0, outsidePeriod = 0, notGeographical = 0

    /// Every row accounted for.
    public var accounting: RowAccounting {
        var a = RowAccounting()
        a.rowsRead = rowsRead
        a.used = rowsRead - outsidePeriod - notGeographical
        a.exclude("appointed outside the period", count: outsidePeriod)
        a.exclude("appointed to posts not subject to geographical distribution", count: notGeographical)
        return a
    }

    public init(from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
        atStart = Headcounts(selection: StaffSelection(asOf: from.dayBefore, view: .regular))
    }

    var startSelection: StaffSelection { StaffSelection(asOf: from.dayBefore, view: .regular) }

    /// Counts one roster row.
    public mutating func add(nationality: MemberState, entity: @autoclosure () -> String, appointed: CalendarDate, separated: CalendarDate?,
                             grade: Grade, postFunding: PostFunding, isLanguagePost: Bool) {
        let startDay = from.dayBefore
        atStart.add(nationality: nationality, isInEntity: true, isServing: StaffMember.isServing(appointed: appointed, separated: separated, on: startDay),
                    grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost)
        rowsRead += 1
        guard appointed >= from && appointed <= to else { outsidePeriod += 1; return }
        guard StaffMember.isSubjectToGeographicalDistribution(grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost) else {
            notGeographical += 1
            return
        }
        appointments.append((nationality, entity()))
    }

    /// Adds records made on another part of the same roster.
    public mutating func merge(_ other: AppointmentRecords) {
        atStart.merge(other.atStart)
        appointments += other.appointments
        rowsRead += other.rowsRead
        outsidePeriod += other.outsidePeriod
        notGeographical += other.notGeographical
    }
}
