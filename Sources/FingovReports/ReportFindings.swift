import FingovAnalytics
import FingovModel

extension FullReport {
    /// The headline findings, one sentence each, for the README and the terminal.
    static func headlineFindings(official: Representation, allFunding: Representation, appointments: AppointmentTarget, gender: GenderParity,
                                 scenarios: ScenarioComparison, byGroup: LedgerSummary, psc: PSCAnalysis, summary: LedgerSummary) -> [String] {
        let counts = official.countsByStatus, allCounts = allFunding.countsByStatus
        var findings: [String] = []
        findings.append("On \(official.selection.asOf), of \(official.rows.count) Member States, \(counts[.unrepresented]!) are unrepresented, \(counts[.underrepresented]!) underrepresented, "
                        + "\((counts[.withinRangeBelowMidpoint]!) + (counts[.withinRangeAtOrAboveMidpoint]!)) within range and \(counts[.overrepresented]!) overrepresented "
                        + "(\(Cell.integer(official.accounting.used).display(units: .usd)) staff in posts subject to geographical distribution, base figure \(plainNumber(official.parameters.baseFigure, decimals: 0))).")
        findings.append("Counting all \(Cell.integer(allFunding.accounting.used).display(units: .usd)) Professional and higher staff whatever funds their post: \(allCounts[.unrepresented]!) unrepresented, "
                        + "\(allCounts[.underrepresented]!) underrepresented, \(allCounts[.overrepresented]!) overrepresented.")
        let share = appointments.overall.sharePercent.map { plainNumber($0, decimals: 1) + " per cent" } ?? "no appointments"
        let met = appointments.overall.meets(targetPercent: appointments.targetPercent) == true ? "meets" : "misses"
        findings.append("Of \(appointments.overall.appointments) appointments to geographical posts from \(appointments.from) to \(appointments.to), \(appointments.overall.toUnderTargetStates) "
                        + "went to nationals of unrepresented or underrepresented States: \(share), which \(met) the 50 per cent target.")
        if let professional = gender.allStaff.first(where: { $0.label == GradeCategory.professionalAndHigher.rawValue }),
           let all = gender.allStaff.last, let p = professional.womenSharePercent, let a = all.womenSharePercent {
            findings.append("Women hold \(plainNumber(p, decimals: 1)) per cent of Professional and higher posts and \(plainNumber(a, decimals: 1)) per cent of all posts (parity zone 47-53).")
        }
        for (scenario, result) in zip(scenarios.scenarios, scenarios.results).dropFirst() {
            let changed = scenarios.changes.filter { $0.scenario == scenario.name }.count
            findings.append("Under '\(scenario.name)', \(changed) State\(changed == 1 ? "" : "s") change\(changed == 1 ? "s" : "") status "
                            + "(\(result.countsByStatus[.underrepresented]!) underrepresented, \(result.countsByStatus[.overrepresented]!) overrepresented).")
        }
        let field = byGroup.rows.filter { $0.keys[0] == OfficeType.field.rawValue }.map(\.amount).sum()
        let fieldShare = byGroup.total.cents == 0 ? 0 : Double(field.cents) / Double(byGroup.total.cents) * 100
        findings.append("The \(summary.period!) ledger totals USD \(Cell.money(summary.total).display(units: .usd)) (\(summary.comparePeriod!): \(Cell.money(summary.compareTotal!).display(units: .usd))); "
                        + "\(plainNumber(fieldShare, decimals: 1)) per cent is used in field offices. " + Tables.controlLine(summary))
        for office in OfficeType.allCases {
            if let row = psc.rows.first(where: { $0.fundScope == nil && $0.officeScope == office }) {
                findings.append("PSC at \(office.rawValue): earned USD \(Cell.money(row.pscEarned).display(units: .usd)), spent USD \(Cell.money(row.pscExpenditure).display(units: .usd)), balance USD \(Cell.money(row.balance).display(units: .usd)).")
            }
        }
        return findings
    }

    /// How the statuses moved over the trend's years.
    static func trendFindings(_ years: [TrendYear]) -> [String] {
        guard let first = years.first, let last = years.last, first.year < last.year else { return [] }
        func under(_ y: TrendYear) -> Int { (y.counts[.unrepresented] ?? 0) + (y.counts[.underrepresented] ?? 0) }
        return ["From \(first.year) to \(last.year) (each 31 December, against the scale in force that year), the States unrepresented or underrepresented went from "
                + "\(under(first)) to \(under(last)) and the overrepresented from \(first.counts[.overrepresented] ?? 0) to \(last.counts[.overrepresented] ?? 0); "
                + "staff in posts subject to geographical distribution from \(Cell.integer(first.staff).display(units: .usd)) to \(Cell.integer(last.staff).display(units: .usd))."]
    }
}
