import FingovAnalytics
import FingovModel

/// The inputs and parameters of `fingov report`.
public struct ReportSettings: Sendable {
    public var dataFolder: String
    public var ranges: RangeParameters
    /// The date staff are counted on.
    public var asOf: CalendarDate
    public var appointmentsFrom: CalendarDate
    public var appointmentsTo: CalendarDate
    public var ledgerPeriod: Period
    public var comparePeriod: Period
    public var pscRateBasisPoints: Int
    /// Alternatives to the official ranges.
    public var scenarios: [Scenario]

    public init(dataFolder: String = "data", ranges: RangeParameters = .official,
                asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!,
                appointmentsFrom: CalendarDate = CalendarDate(year: 2025, month: 1, day: 1)!,
                appointmentsTo: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!,
                ledgerPeriod: Period = Period(rawValue: "2020-2021")!, comparePeriod: Period = Period(rawValue: "2018-2019")!,
                pscRateBasisPoints: Int = 1300, scenarios: [Scenario]? = nil) {
        self.dataFolder = dataFolder
        self.ranges = ranges
        self.asOf = asOf
        self.appointmentsFrom = appointmentsFrom
        self.appointmentsTo = appointmentsTo
        self.ledgerPeriod = ledgerPeriod
        self.comparePeriod = comparePeriod
        self.pscRateBasisPoints = pscRateBasisPoints
        self.scenarios = scenarios ?? ReportSettings.standardScenarios(from: ranges)
    }

    /// The alternatives the report sets beside the official view: the next scale period with
    /// its population year, a minimum flexibility of 5.3 posts (the 2014 proposal), and a base
    /// figure of 3,700.
    public static func standardScenarios(from official: RangeParameters) -> [Scenario] {
        var nextScale = official
        nextScale.scalePeriod = Period(rawValue: "2022-2024")!
        nextScale.populationYear = 2022
        var flexibility = official
        flexibility.minimumFlexibility = 5.3
        var base = official
        base.baseFigure = 3700
        return [Scenario(name: "scale 2022-2024", parameters: nextScale),
                Scenario(name: "minimum flexibility 5.3", parameters: flexibility),
                Scenario(name: "base figure 3700", parameters: base)]
    }

    /// The default data files inside the data folder.
    public var staffPath: String { dataFolder + "/staff.csv" }
    public var ledgerPath: String { dataFolder + "/ledger.csv" }
    public var costsPath: String { dataFolder + "/support-costs.csv" }
    public var sharesPath: String { dataFolder + "/support-shares.csv" }
}

/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible {
    case data(DataError)
    case analysis(String)

    public var description: String {
        switch self {
        case .data(let e): return e.description
        case .analysis(let s): return s
        }
    }
}

/// Everything `fingov report` writes, computed in memory first.
public struct FullReport: Sendable {
    /// The files, by name, in the order they are listed.
    public var files: [(name: String, bytes: [UInt8])]
    /// A short summary with charts for the terminal.
    public var terminalSummary: String
    /// Every table written as a CSV file, in the order of the file names (for `export --xlsx`).
    public var tables: [ReportTable] = []

    /// The width of the text charts written to files, so that the files do not depend on the
    /// terminal they were made from.
    public static let fileWidth = 100

    /// Reads the inputs and computes every file.
    ///
    /// - Parameter rootFolder: where a relative data folder is found (by default the working
    ///   folder); the report names the data folder as given, so it reads the same from anywhere.
    public static func make(settings: ReportSettings, terminal: TextStyle, rootFolder: String? = nil) throws(ReportError) -> FullReport {
        let reference: ReferenceData, staff: [StaffMember], ledger: [LedgerLine], units: [CostUnit], shares: [ServiceShare]
        func resolved(_ path: String) -> String {
            guard let rootFolder, !path.hasPrefix("/") else { return path }
            return rootFolder + "/" + path
        }
        do {
            reference = try ReferenceData.load(from: resolved(settings.dataFolder))
            staff = try Roster.load(path: resolved(settings.staffPath), reference: reference)
            ledger = try Ledger.load(path: resolved(settings.ledgerPath))
            units = try SupportCostFiles.loadCosts(path: resolved(settings.costsPath))
            shares = try SupportCostFiles.loadShares(path: resolved(settings.sharesPath))
        } catch { throw .data(error) }

        let fileStyle = TextStyle(width: fileWidth, color: false, units: .thousands)
        var files: [(name: String, bytes: [UInt8])] = []
        var tables: [ReportTable] = []
        func add(_ table: ReportTable) { files.append((table.name + ".csv", table.csv())); tables.append(table) }
        func addText(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }

        do {
            // Representation.
            let ranges = try DesirableRanges.compute(reference: reference, parameters: settings.ranges)
            add(Tables.ranges(ranges, reference: reference))
            let official = try Representation.compute(staff: staff, reference: reference, parameters: settings.ranges,
                                                      selection: StaffSelection(asOf: settings.asOf, view: .regular))
            add(Tables.representation(official))
            add(Tables.statusCounts(official))
            addText("representation-chart.txt", Tables.rangeChart(official).render(style: fileStyle))
            let allFunding = try Representation.compute(staff: staff, reference: reference, parameters: settings.ranges,
                                                        selection: StaffSelection(asOf: settings.asOf, view: .all))
            var allTable = Tables.representation(allFunding)
            allTable.name = "representation-all-funding"
            add(allTable)
            var allCounts = Tables.statusCounts(allFunding)
            allCounts.name = "representation-all-funding-status-counts"
            add(allCounts)
            let unodc = try Representation.compute(staff: staff, reference: reference, parameters: settings.ranges,
                                                   selection: StaffSelection(asOf: settings.asOf, view: .regular, entity: "UNODC"))
            var unodcTable = Tables.representation(unodc)
            unodcTable.name = "representation-unodc-indicative"
            add(unodcTable)
            let appointments = try AppointmentTarget.compute(staff: staff, reference: reference, parameters: settings.ranges,
                                                             from: settings.appointmentsFrom, to: settings.appointmentsTo)
            add(Tables.appointments(appointments))
            let gender = GenderParity.compute(staff: staff, asOf: settings.asOf)
            add(Tables.gender(gender, geographical: false))
            add(Tables.gender(gender, geographical: true))
            addText("gender-chart.txt", Tables.genderChart(gender).render(style: fileStyle))
            let scenarios = try ScenarioComparison.compute(staff: staff, reference: reference,
                                                           official: Scenario(name: "official", parameters: settings.ranges),
                                                           alternatives: settings.scenarios, asOf: settings.asOf)
            add(Tables.scenarioSummary(scenarios))
            add(Tables.scenarioChanges(scenarios))

            // Budget.
            // Each ledger table: the period asked for, against the comparison period.
            func compared(_ dimensions: [LedgerDimension]) throws -> LedgerSummary {
                let summary = try LedgerSummary.compute(lines: ledger, by: dimensions, period: settings.ledgerPeriod,
                                                        comparePeriod: settings.comparePeriod)
                add(Tables.summary(summary))
                return summary
            }
            let byOfficeCategory = try compared([.officeType, .category])
            let byGroup = try compared([.officeType, .categoryGroup])
            addText("summary-chart-office_type-category_group.txt", Tables.summaryStackedChart(byGroup, units: .thousands).render(style: fileStyle))
            _ = try compared([.fund, .fundingSource])
            let byOffice = try compared([.office])
            addText("summary-chart-office.txt", Tables.summaryBarChart(byOffice, units: .thousands).render(style: fileStyle))
            _ = try compared([.region, .fundingSource])
            let byPeriod = try LedgerSummary.compute(lines: ledger, by: [.period, .fundingSource], period: nil)
            add(Tables.summary(byPeriod))
            addText("summary-sparklines.txt", sparklines(byPeriod).map { $0.render(style: fileStyle) }.joined())
            let psc = PSCAnalysis.compute(lines: ledger, period: settings.ledgerPeriod, standardRateBasisPoints: settings.pscRateBasisPoints)
            add(Tables.psc(psc))
            var allocations: [CostAllocation] = []
            for method in AllocationMethod.allCases {
                let allocation = try CostAllocation.allocate(units: units, shares: shares, method: method)
                allocations.append(allocation)
                add(Tables.allocation(allocation))
            }
            add(Tables.reciprocatedCosts(allocations[2], units: units))

            let findings = headlineFindings(official: official, allFunding: allFunding, appointments: appointments, gender: gender,
                                            scenarios: scenarios, byGroup: byGroup, psc: psc, summary: byOfficeCategory)
            files.sort { $0.name < $1.name }
            files.append(("README.md", Array(readme(settings: settings, ranges: ranges, findings: findings, files: files.map(\.name),
                                                    staffCount: staff.count, ledgerCount: ledger.count).utf8)))

            var terminalText = "Fingov report: \(files.count) files\n\n" + findings.map { "• " + $0 }.joined(separator: "\n") + "\n\n"
            terminalText += Tables.rangeChart(official, top: 12).render(style: terminal) + "\n"
            terminalText += Tables.summaryStackedChart(byGroup, units: terminal.units).render(style: terminal) + "\n"
            terminalText += sparklines(byPeriod).map { $0.render(style: terminal) }.joined()
            return FullReport(files: files, terminalSummary: terminalText, tables: tables.sorted { $0.name + ".csv" < $1.name + ".csv" })
        } catch let error as RangeError {
            throw .analysis(error.description)
        } catch let error as SummaryError {
            throw .analysis(error.description)
        } catch let error as AllocationError {
            let (file, line, column) = error.location
            let path = file == .costs ? settings.costsPath : settings.sharesPath
            throw .analysis(file == .none ? error.description : "\(path):\(line):\(column): \(error.description)")
        } catch {
            throw .analysis("\(error)")
        }
    }

    /// A sparkline of the yearly total and of each funding source.
    static func sparklines(_ byPeriod: LedgerSummary) -> [Sparkline] {
        let periods = LedgerSummary.ordered(Array(Set(byPeriod.rows.map { $0.keys[0] })), by: .period)
        func line(_ label: String, _ filter: (SummaryRow) -> Bool) -> Sparkline {
            let values = periods.map { p in byPeriod.rows.filter { $0.keys[0] == p && filter($0) }.map(\.amount).sum() }
            return Sparkline(label: label, periods: periods, values: values.map { Double($0.cents) },
                             firstText: Cell.money(values.first ?? .zero).display(units: .thousands) + "k",
                             lastText: Cell.money(values.last ?? .zero).display(units: .thousands) + "k")
        }
        let width = max(5, FundingSource.allCases.map { $0.rawValue.count }.max()!)
        return [line(padded("Total", to: width, rightAligned: false), { _ in true })]
            + FundingSource.allCases.map { source in line(padded(source.rawValue, to: width, rightAligned: false), { $0.keys[1] == source.rawValue }) }
    }

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
            if let row = psc.rows.first(where: { $0.fund == "all" && $0.officeType == office.rawValue }) {
                findings.append("PSC at \(office.rawValue): earned USD \(Cell.money(row.pscEarned).display(units: .usd)), spent USD \(Cell.money(row.pscExpenditure).display(units: .usd)), balance USD \(Cell.money(row.balance).display(units: .usd)).")
            }
        }
        return findings
    }

    static func readme(settings: ReportSettings, ranges: DesirableRanges, findings: [String], files: [String], staffCount: Int, ledgerCount: Int) -> String {
        var out = "# Fingov report\n\n"
        out += "Generated by `fingov report` from the data in `\(settings.dataFolder)/`. Do not edit: run the README's main-job command to regenerate. "
        out += "The same inputs give byte-identical files.\n\n"
        out += "## Headline findings\n\n" + findings.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        out += "## Inputs\n\n"
        out += "| input | what |\n| --- | --- |\n"
        out += "| `\(settings.dataFolder)/member_states.csv`, `scale_of_assessments.csv`, `population_worldbank.csv` | reference data (real, see `data/README.md`) |\n"
        out += "| `\(settings.staffPath)` | \(staffCount) roster rows (synthetic) |\n"
        out += "| `\(settings.ledgerPath)` | \(ledgerCount) ledger lines (synthetic) |\n"
        out += "| `\(settings.costsPath)`, `\(settings.sharesPath)` | support-cost allocation example (synthetic) |\n\n"
        out += "## Parameters\n\n"
        out += "- Desirable ranges: \(settings.ranges.summary); N = \(ranges.memberCount).\n"
        out += "- Staff counted on \(settings.asOf); appointments from \(settings.appointmentsFrom) to \(settings.appointmentsTo), target 50 per cent.\n"
        out += "- Scenarios: " + settings.scenarios.map { "\($0.name) (\($0.parameters.summary))" }.joined(separator: "; ") + ".\n"
        out += "- Ledger: \(settings.ledgerPeriod) against \(settings.comparePeriod); standard PSC rate \(plainNumber(Double(settings.pscRateBasisPoints) / 100, decimals: 2)) per cent.\n"
        out += "- Support costs: direct, step-down (descending direct cost) and reciprocal methods.\n"
        out += "- Text charts at \(fileWidth) columns, without colour; money in charts in thousands of US dollars. CSV files carry exact dollars.\n\n"
        out += "## Files\n\n"
        for name in files { out += "- `\(name)`: \(describe(name))\n" }
        return out
    }

    static func describe(_ name: String) -> String {
        let known: [String: String] = [
            "ranges.csv": "desirable range of every Member State with each intermediate value",
            "representation.csv": "staff, range, status and gaps per Member State (official view)",
            "representation-status-counts.csv": "Member States by status (official view)",
            "representation-chart.txt": "range strip chart: headcount against each State's band",
            "representation-all-funding.csv": "the same counting all Professional and higher staff, whatever the funding",
            "representation-all-funding-status-counts.csv": "Member States by status, all funding",
            "representation-unodc-indicative.csv": "UNODC only, ranges scaled to its staff (indicative)",
            "appointments.csv": "appointments against the 50 per cent target, by entity",
            "gender.csv": "women's share by grade, all staff",
            "gender-geographical.csv": "women's share by grade, posts subject to geographical distribution",
            "gender-chart.txt": "bar chart of women's share by grade",
            "scenarios-summary.csv": "status counts under each what-if scenario",
            "scenarios.csv": "States whose status changes under each scenario",
            "summary-office_type-category.csv": "ledger by headquarters/field and use category, with comparison",
            "summary-office_type-category_group.csv": "ledger by headquarters/field and group of uses, with comparison",
            "summary-chart-office_type-category_group.txt": "stacked bar chart of the same",
            "summary-fund-funding_source.csv": "ledger by fund and funding source, with comparison",
            "summary-office.csv": "ledger by office, with comparison",
            "summary-chart-office.txt": "bar chart of the ledger by office",
            "summary-region-funding_source.csv": "ledger by region of the office and funding source, with comparison",
            "summary-period-funding_source.csv": "ledger by year and funding source",
            "summary-sparklines.txt": "sparklines of yearly totals by funding source",
            "psc.csv": "PSC earned on special-purpose direct expenditure against PSC spent",
            "allocation-direct.csv": "support costs allocated by the direct method",
            "allocation-step-down.csv": "support costs allocated by the step-down method",
            "allocation-reciprocal.csv": "support costs allocated by the reciprocal method",
            "allocation-reciprocated-costs.csv": "support units' reciprocated costs",
        ]
        return known[name] ?? "report table"
    }
}
