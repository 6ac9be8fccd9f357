import FingovModel

/// A named set of range parameters to set beside the official one.
public struct Scenario: Hashable, Sendable, Codable {
    public var name: String
    public var parameters: RangeParameters

    public init(name: String, parameters: RangeParameters) {
        self.name = name
        self.parameters = parameters
    }
}

/// A State whose status differs under a scenario from the official view.
public struct StatusChange: Hashable, Sendable, Codable {
    public var state: MemberState
    public var name: String
    public var staff: Int
    public var scenario: String
    public var officialStatus: RepresentationStatus
    public var scenarioStatus: RepresentationStatus
    public var officialRange: DesirableRange
    public var scenarioRange: DesirableRange
}

/// The official view and alternatives, computed for all scenarios in one matrix product.
public struct ScenarioComparison: Sendable {
    /// The official scenario first, then the alternatives.
    public var scenarios: [Scenario]
    /// The representation under each scenario, in the same order.
    public var results: [Representation]
    /// Every State whose status under an alternative differs from the official one.
    public var changes: [StatusChange]

    /// Compares the scenarios on headcounts already made (staff in posts subject to geographical
    /// distribution on `asOf`).
    public static func compute(headcounts: Headcounts, reference: ReferenceData, official: Scenario, alternatives: [Scenario],
                               asOf: CalendarDate) throws(RangeError) -> ScenarioComparison {
        let selection = StaffSelection(asOf: asOf, view: .regular)
        let scenarios = [official] + alternatives
        let ranges = try DesirableRanges.computeMany(reference: reference, parameters: scenarios.map(\.parameters))
        let results = ranges.map {
            Representation.assemble(counts: headcounts.counts, accounting: headcounts.accounting, ranges: $0, reference: reference, selection: selection)
        }
        var changes: [StatusChange] = []
        let base = results[0]
        for (k, result) in results.enumerated().dropFirst() {
            for row in result.rows {
                guard let before = base.rows.first(where: { $0.state == row.state }), before.status != row.status else { continue }
                changes.append(StatusChange(state: row.state, name: row.name, staff: row.staff, scenario: scenarios[k].name,
                                            officialStatus: before.status, scenarioStatus: row.status,
                                            officialRange: before.range, scenarioRange: row.range))
            }
        }
        return ScenarioComparison(scenarios: scenarios, results: results, changes: changes)
    }
}
