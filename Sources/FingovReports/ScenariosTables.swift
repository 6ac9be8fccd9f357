import FingovAnalytics
import FingovModel

/// The scenario tables (`fingov scenarios`).
extension Tables {
    /// Counts by status under each scenario.
    public static func scenarioSummary(_ s: ScenarioComparison) -> ReportTable {
        var table = ReportTable(name: "scenarios-summary", title: "Status counts under each scenario",
                                columns: [Column("scenario", title: "Scenario"), Column("parameters", title: "Parameters")]
                                    + RepresentationStatus.allCases.map { Column($0.rawValue, numeric: true) }
                                    + [Column("status_changes", title: "Changes", numeric: true)])
        for (scenario, result) in zip(s.scenarios, s.results) {
            let counts = result.countsByStatus
            table.append([.text(scenario.name), .text(scenario.parameters.summary)]
                         + RepresentationStatus.allCases.map { .integer(counts[$0] ?? 0) }
                         + [.integer(s.changes.filter { $0.scenario == scenario.name }.count)])
        }
        table.notes = ["All scenarios computed in one matrix product; staff on \(s.results[0].selection.asOf): " + s.results[0].accounting.summary + "."]
        return table
    }

    /// The status and range of each of `states` under each scenario, whether it changes or not.
    public static func scenarioStates(_ s: ScenarioComparison, states: Set<MemberState>) -> ReportTable {
        var table = ReportTable(name: "scenario-states", title: "Status of the States asked for under each scenario",
                                columns: [Column("scenario", title: "Scenario"), Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
                                          Column("staff", title: "Staff", numeric: true), Column("lower", title: "Lower", numeric: true),
                                          Column("midpoint", title: "Midpoint", numeric: true), Column("upper", title: "Upper", numeric: true),
                                          Column("status", title: "Status")])
        for (scenario, result) in zip(s.scenarios, s.results) {
            for row in result.rows where states.contains(row.state) {
                table.append([.text(scenario.name), .text(row.state.rawValue), .text(row.name), .integer(row.staff), .integer(row.range.lower),
                              .integer(row.range.midpoint), .integer(row.range.upper), .text(row.status.rawValue)])
            }
        }
        return table
    }

    /// The States whose status changes (only `states`, when given).
    public static func scenarioChanges(_ s: ScenarioComparison, states: Set<MemberState>? = nil) -> ReportTable {
        var table = ReportTable(name: "scenarios", title: "Member States whose status changes against \(s.scenarios[0].name)",
                                columns: [Column("scenario", title: "Scenario"), Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
                                          Column("staff", title: "Staff", numeric: true),
                                          Column("official_status", title: "Official status"), Column("official_lower", title: "Lower", numeric: true),
                                          Column("official_upper", title: "Upper", numeric: true),
                                          Column("scenario_status", title: "Scenario status"), Column("scenario_lower", title: "Lower'", numeric: true),
                                          Column("scenario_upper", title: "Upper'", numeric: true)])
        for c in s.changes where states?.contains(c.state) ?? true {
            table.append([.text(c.scenario), .text(c.state.rawValue), .text(c.name), .integer(c.staff), .text(c.officialStatus.rawValue),
                          .integer(c.officialRange.lower), .integer(c.officialRange.upper), .text(c.scenarioStatus.rawValue),
                          .integer(c.scenarioRange.lower), .integer(c.scenarioRange.upper)])
        }
        table.notes = s.scenarios.map { "\($0.name): \($0.parameters.summary)" }
        return table
    }
}
