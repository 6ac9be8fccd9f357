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

    /// Counts the appointments dated from `from` to `to` (both included) to posts subject to
    /// geographical distribution.
    public static func compute(staff: [StaffMember], reference: ReferenceData, parameters: RangeParameters,
                               from: CalendarDate, to: CalendarDate, targetPercent: Double = 50) throws(RangeError) -> AppointmentTarget {
        guard from <= to else { throw .invalidParameter("period", "\(from) to \(to)", "a start on or before the end") }
        let start = try Representation.compute(staff: staff, reference: reference, parameters: parameters,
                                               selection: StaffSelection(asOf: from.dayBefore, view: .regular))
        var underTarget = Set<MemberState>()
        for row in start.rows where row.status.isUnderTarget { underTarget.insert(row.state) }
        var overall = AppointmentTally(group: "All entities", appointments: 0, toUnderTargetStates: 0)
        var byEntity: [String: AppointmentTally] = [:]
        var accounting = RowAccounting()
        accounting.rowsRead = staff.count
        for member in staff {
            guard member.appointmentDate >= from && member.appointmentDate <= to else {
                accounting.exclude("appointed outside the period")
                continue
            }
            guard member.isSubjectToGeographicalDistribution else {
                accounting.exclude("appointed to posts not subject to geographical distribution")
                continue
            }
            accounting.used += 1
            let hit = underTarget.contains(member.nationality) ? 1 : 0
            overall.appointments += 1
            overall.toUnderTargetStates += hit
            byEntity[member.entity, default: AppointmentTally(group: member.entity, appointments: 0, toUnderTargetStates: 0)].appointments += 1
            byEntity[member.entity]!.toUnderTargetStates += hit
        }
        return AppointmentTarget(from: from, to: to, targetPercent: targetPercent, statusAtStart: start, overall: overall,
                                 byEntity: byEntity.values.sorted { $0.group < $1.group }, underTargetStates: underTarget,
                                 accounting: accounting)
    }
}
