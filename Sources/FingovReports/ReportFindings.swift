import FingovAnalytics
import FingovModel

extension FullReport {
    /// The headline findings, one sentence each, for the README and the terminal.
    static func headlineFindings(official: Representation, allFunding: Representation, appointments: AppointmentTarget, gender: GenderParity,
                                 scenarios: ScenarioComparison, byGroup: LedgerSummary, psc: PSCStatement, fullCost: FullCost, budgetActual: LedgerSummary, summary: LedgerSummary) -> [String] {
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
        func usd(_ m: Money) -> String { "USD " + Cell.money(m).display(units: .usd) }
        if let budget = budgetActual.budgetTotal, let rate = budgetActual.implementationRatePercent {
            findings.append("Against a \(budgetActual.period!) budget of \(usd(budget)), actual expenditure was \(usd(budgetActual.total)): an implementation rate of \(plainNumber(rate, decimals: 1)) per cent.")
        }
        if let all = psc.funds.last {
            let field = psc.uses.filter { $0.officeType == .field }.map(\.spent).sum()
            func share(_ m: Money) -> String { all.spent.cents == 0 ? "-" : plainNumber(Double(m.cents) / Double(all.spent.cents) * 100, decimals: 1) }
            // The two groups the working group asks about (UNODC's vocabulary), when the ledger's vocabulary has them.
            let asked: [(CategoryGroup, String)] = [("central-administration", "central administration"), ("programme-services", "programme services")]
            let groups = asked.filter { psc.vocabulary.groups.contains($0.0) }.map { group, words in
                "\(share(psc.uses.filter { $0.group == group }.map(\.spent).sum())) per cent on \(words)"
            }
            findings.append("PSC accounts \(all.period): opening \(usd(all.opening)), earned \(usd(all.earned)), spent \(usd(all.spent)), closing \(usd(all.closing)); "
                            + "of PSC spent, \(share(field)) per cent in field offices" + (groups.isEmpty ? "." : ", " + groups.joined(separator: " and ") + "."))
        }
        let fieldAllocated = fullCost.rows.filter { $0.officeType == .field }.map(\.supportAllocated).sum()
        if fullCost.supportTotal.cents != 0 {
            findings.append("PSC-funded central services at headquarters (\(usd(fullCost.supportTotal)), \(fullCost.period)) reach field offices as \(usd(fieldAllocated)) "
                            + "(\(plainNumber(Double(fieldAllocated.cents) / Double(fullCost.supportTotal.cents) * 100, decimals: 1)) per cent) when shared by direct expenditure.")
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

    /// Who reaches the retirement age in the window, and what it would do to the statuses.
    static func outlookFinding(_ o: RetirementOutlook) -> String {
        let retiring = o.rows.map(\.retiring).reduce(0, +), staff = o.rows.map(\.staff).reduce(0, +)
        let worse = o.rows.filter { $0.statusAfter != $0.statusNow }
        let under = worse.filter { $0.statusAfter.isUnderTarget && !$0.statusNow.isUnderTarget }
        return "Of the \(Cell.integer(staff).display(units: .usd)) staff counted on \(o.representation.selection.asOf), \(retiring) reach \(o.retirementAge) by \(o.horizon); "
            + "if none were replaced, \(worse.count) State\(worse.count == 1 ? "" : "s") would change status, \(under.count) of them falling under target."
    }
}
