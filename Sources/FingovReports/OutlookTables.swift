import FingovAnalytics
import FingovModel

/// The retirement outlook table (`fingov outlook`).
extension Tables {
    static let outlookColumnList: [Column] = [
        Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"), Column("staff", title: "Staff", numeric: true),
        Column("retiring", title: "Retiring", numeric: true), Column("staff_after", title: "Staff after", numeric: true),
        Column("lower", title: "Lower", numeric: true), Column("midpoint", title: "Midpoint", numeric: true), Column("upper", title: "Upper", numeric: true),
        Column("status_now", title: "Status now"), Column("status_after", title: "Status after"),
    ]

    /// Each State's staff, those retiring in the window, and its status now and after.
    ///
    /// - Parameter states: only these States (no totals row then).
    public static func outlook(_ o: RetirementOutlook, states: Set<MemberState>? = nil) -> ReportTable {
        let asOf = o.representation.selection.asOf
        var table = ReportTable(name: "outlook", title: "Staff reaching \(o.retirementAge) after \(asOf) and by \(o.horizon), and each State's status if they are not replaced",
                                columns: outlookColumnList)
        for row in o.rows where states?.contains(row.state) ?? true {
            table.append([.text(row.state.rawValue), .text(row.name), .integer(row.staff), .integer(row.retiring), .integer(row.staffAfter),
                          .integer(row.range.lower), .integer(row.range.midpoint), .integer(row.range.upper),
                          .text(row.statusNow.rawValue), .text(row.statusAfter.rawValue)])
        }
        if states == nil {
            table.totals = [.text("Total"), .empty, .integer(o.rows.map(\.staff).reduce(0, +)), .integer(o.rows.map(\.retiring).reduce(0, +)),
                            .integer(o.rows.map(\.staffAfter).reduce(0, +)), .empty, .integer(o.rows.map(\.range.midpoint).reduce(0, +)), .empty, .empty, .empty]
        }
        let worse = o.rows.filter { $0.statusAfter != $0.statusNow }
        table.notes = ["Parameters: " + o.representation.parameters.summary + ".",
                       "Staff: " + o.representation.accounting.summary + ".",
                       "A member retires in the window when the day they reach \(o.retirementAge) falls after \(asOf) and on or before \(o.horizon) (29 February birthdays reach it on 1 March); the ranges stay those of \(asOf).",
                       "\(worse.count) State\(worse.count == 1 ? "" : "s") would change status if those retiring were not replaced."]
        if o.withoutBirthDate > 0 {
            table.notes.append("\(o.withoutBirthDate) staff counted have no date_of_birth in the roster and are never counted as retiring.")
        }
        return table
    }
}
