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

    /// The States whose status changes.
    public static func scenarioChanges(_ s: ScenarioComparison) -> ReportTable {
        var table = ReportTable(name: "scenarios", title: "Member States whose status changes against \(s.scenarios[0].name)",
                                columns: [Column("scenario", title: "Scenario"), Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"),
                                          Column("staff", title: "Staff", numeric: true),
                                          Column("official_status", title: "Official status"), Column("official_lower", title: "Lower", numeric: true),
                                          Column("official_upper", title: "Upper", numeric: true),
                                          Column("scenario_status", title: "Scenario status"), Column("scenario_lower", title: "Lower'", numeric: true),
                                          Column("scenario_upper", title: "Upper'", numeric: true)])
        for c in s.changes {
            table.append([.text(c.scenario), .text(c.state.rawValue), .text(c.name), .integer(c.staff), .text(c.officialStatus.rawValue),
                          .integer(c.officialRange.lower), .integer(c.officialRange.upper), .text(c.scenarioStatus.rawValue),
                          .integer(c.scenarioRange.lower), .integer(c.scenarioRange.upper)])
        }
        table.notes = s.scenarios.map { "\($0.name): \($0.parameters.summary)" }
        return table
    }
}
