import FingovAnalytics
import FingovModel

/// The appointments table (`fingov appointments`).
extension Tables {
    /// The 50 per cent target, overall and by entity.
    public static func appointments(_ a: AppointmentTarget) -> ReportTable {
        var table = ReportTable(name: "appointments",
                                title: "Appointments to geographical posts, \(a.from) to \(a.to), against the \(plainNumber(a.targetPercent, decimals: 0)) per cent target",
                                columns: [Column("entity", title: "Entity"), Column("appointments", title: "Appointments", numeric: true),
                                          Column("to_unrepresented_or_underrepresented", title: "To un-/underrepresented", numeric: true),
                                          Column("share_percent", title: "Share %", numeric: true), Column("target_met", title: "Target met")])
        for tally in a.byEntity { table.append(cells(tally, a.targetPercent)) }
        table.totals = cells(a.overall, a.targetPercent)
        let counts = a.statusAtStart.countsByStatus
        table.notes = ["Status at the start of the period (\(a.from.dayBefore)): \(counts[.unrepresented] ?? 0) States unrepresented, \(counts[.underrepresented] ?? 0) underrepresented.",
                       "Parameters: " + a.statusAtStart.parameters.summary + ".",
                       "Roster: " + a.accounting.summary + "."]
        return table
    }

    private static func cells(_ t: AppointmentTally, _ target: Double) -> [Cell] {
        [.text(t.group), .integer(t.appointments), .integer(t.toUnderTargetStates), .number(t.sharePercent, decimals: 1),
         t.meets(targetPercent: target).map { .text($0 ? "yes" : "no") } ?? .empty]
    }
}
