import FingovAnalytics
import FingovIngest
import FingovModel

/// Everything `fingov report` writes, computed in memory first.
public struct FullReport: Sendable {
    /// The files, by name, in the order they are listed.
    public var files: [(name: String, bytes: [UInt8])]
    /// A short summary with charts for the terminal.
    public var terminalSummary: String
    /// Every table written as a CSV file, in the order of the file names (for `export --xlsx`).
    public var tables: [ReportTable] = []
    /// The rows left out with problems (`settings.rejecting`): the roster's under `staff`, the
    /// ledger's under `ledger`, for the command to write down.
    public var rejected: [(part: String, rows: RejectedRows)] = []

    /// The width of the text charts written to files, so that the files do not depend on the
    /// terminal they were made from.
    public static let fileWidth = 100

    /// Reads the inputs and computes every file.
    ///
    /// - Parameters:
    ///   - settings: the data folder, the date counted and the parameters of the report.
    ///   - terminal: the style of the summary printed on the terminal.
    ///   - rootFolder: where a relative data folder is found (by default the working folder);
    ///     the report names the data folder as given, so it reads the same from anywhere.
    public static func make(settings: ReportSettings, terminal: TextStyle, rootFolder: String? = nil) throws(ReportError) -> FullReport {
        let inputs: ReportInputs
        do { inputs = try ReportInputs(settings: settings, rootFolder: rootFolder) } catch { throw .data(error) }
        let reference = inputs.reference, units = inputs.units, shares = inputs.shares
        let regular = inputs.regular, allFundingCounts = inputs.allFunding, entityCounts = inputs.indicativeEntity
        let appointmentRecords = inputs.appointments, genderTally = inputs.gender
        let cells = inputs.ledger.first

        let fileStyle = TextStyle(width: fileWidth, color: false, units: .thousands)
        var files: [(name: String, bytes: [UInt8])] = []
        var tables: [ReportTable] = []
        func add(_ table: ReportTable) { files.append((table.name + ".csv", table.csv())); tables.append(table) }
        func addText(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }

        do {
            // Representation, against the scale of assessments and population in force on the
            // date counted (appointments: at the start of their period) unless the settings fix them.
            let inForce = try ScaleInForce.resolve(on: settings.asOf, reference: reference, scale: settings.scale, populationYear: settings.populationYear)
            let parameters = inForce.applied(to: settings.ranges)
            let appointmentsInForce = try ScaleInForce.resolve(on: settings.appointmentsFrom.dayBefore, reference: reference,
                                                               scale: settings.scale, populationYear: settings.populationYear)
            let alternatives = settings.scenarios.isEmpty ? ReportSettings.standardScenarios(from: parameters, reference: reference) : settings.scenarios
            let ranges = try DesirableRanges.compute(reference: reference, parameters: parameters)
            add(Tables.ranges(ranges, reference: reference))
            let official = try Representation.compute(headcounts: regular, reference: reference, parameters: parameters,
                                                      selection: regular.selection)
            add(Tables.representation(official))
            add(Tables.statusCounts(official))
            let groupRows = GroupRepresentation.compute(official, groups: inputs.groups)
            add(Tables.groups(groupRows, representation: official))
            addText("groups-chart.svg", Tables.groupsChart(groupRows).svg())
            addText("representation-chart.txt", Tables.rangeChart(official).render(style: fileStyle))
            addText("representation-chart.svg", Tables.rangeChart(official, top: 30).svg())
            let trend = try Trend.compute(headcounts: inputs.trend, reference: reference, base: settings.ranges)
            add(Tables.trend(trend))
            addText("trend-chart.svg", Tables.trendChart(trend).svg())
            addText("trend-chart.txt", Tables.trendCharts(trend).map { $0.render(style: fileStyle) }.joined())
            let outlook = try RetirementOutlook.compute(tally: inputs.outlook, reference: reference, parameters: parameters)
            add(Tables.outlook(outlook))
            let allFunding = try Representation.compute(headcounts: allFundingCounts, reference: reference, parameters: parameters,
                                                        selection: allFundingCounts.selection)
            var allTable = Tables.representation(allFunding)
            allTable.name = "representation-all-funding"
            add(allTable)
            var allCounts = Tables.statusCounts(allFunding)
            allCounts.name = "representation-all-funding-status-counts"
            add(allCounts)
            let entity = try Representation.compute(headcounts: entityCounts, reference: reference, parameters: parameters,
                                                    selection: entityCounts.selection)
            var entityTable = Tables.representation(entity)
            entityTable.name = "representation-\(settings.indicativeEntity.lowercased())-indicative"
            add(entityTable)
            let appointments = try AppointmentTarget.compute(records: appointmentRecords, reference: reference, parameters: appointmentsInForce.applied(to: settings.ranges))
            add(Tables.appointments(appointments))
            let gender = GenderParity.compute(tally: genderTally)
            add(Tables.gender(gender, geographical: false))
            add(Tables.gender(gender, geographical: true))
            addText("gender-chart.txt", Tables.genderChart(gender).render(style: fileStyle))
            addText("gender-chart.svg", Tables.genderChart(gender).svg())
            let scenarios = try ScenarioComparison.compute(headcounts: regular, reference: reference,
                                                           official: Scenario(name: "official", parameters: parameters),
                                                           alternatives: alternatives, asOf: settings.asOf)
            add(Tables.scenarioSummary(scenarios))
            add(Tables.scenarioChanges(scenarios))

            // Budget.
            // Each ledger table: the period asked for, against the comparison period.
            func compared(_ dimensions: [LedgerDimension]) throws -> LedgerSummary {
                let summary = try LedgerSummary.compute(cells: cells, by: dimensions, period: settings.ledgerPeriod,
                                                        comparePeriod: settings.comparePeriod)
                add(Tables.summary(summary))
                return summary
            }
            let byOfficeCategory = try compared([.officeType, .category])
            let byGroup = try compared([.officeType, .categoryGroup])
            addText("summary-chart-office_type-category_group.txt", Tables.summaryStackedChart(byGroup, units: .thousands).render(style: fileStyle))
            addText("summary-chart-office_type-category_group.svg", Tables.summaryStackedChart(byGroup, units: .thousands).svg())
            _ = try compared([.fund, .fundingSource])
            let byOffice = try compared([.office])
            addText("summary-chart-office.txt", Tables.summaryBarChart(byOffice, units: .thousands).render(style: fileStyle))
            addText("summary-chart-office.svg", Tables.summaryBarChart(byOffice, units: .thousands).svg())
            _ = try compared([.region, .fundingSource])
            let budgetActual = try LedgerSummary.compute(cells: cells, by: [.officeType, .categoryGroup], period: settings.ledgerPeriod, basis: .both)
            var budgetActualTable = Tables.summary(budgetActual)
            budgetActualTable.name = "budget-actual-office_type-category_group"
            add(budgetActualTable)
            let byPeriod = try LedgerSummary.compute(cells: cells, by: [.period, .fundingSource], period: nil)
            add(Tables.summary(byPeriod))
            addText("summary-sparklines.txt", sparklines(byPeriod).map { $0.render(style: fileStyle) }.joined())
            let psc = try PSCStatement.compute(inputs.ledger.second.first, period: .period(settings.ledgerPeriod))
            add(Tables.pscStatement(psc))
            addText("psc-statement-chart.svg", Tables.pscStatementChart(psc).svg())
            add(Tables.pscUse(psc))
            add(Tables.pscRates(psc))
            let fullCost = try FullCost.compute(inputs.ledger.second.second)
            add(Tables.fullCost(fullCost))
            addText("full-cost-chart.svg", Tables.fullCostChart(fullCost).svg())
            var reciprocal: CostAllocation?
            for method in AllocationMethod.allCases {
                let allocation = try CostAllocation.allocate(units: units, shares: shares, method: method)
                if method == .reciprocal { reciprocal = allocation }
                add(Tables.allocation(allocation))
            }
            if let reciprocal { add(Tables.reciprocatedCosts(reciprocal, units: units)) }

            var findings = settings.shippedData
                ? ["The roster (`\(settings.staffPath)`) and the ledger (`\(settings.ledgerPath)`) of the default data are SYNTHETIC: made by `fingov generate` to the shape of the UN's published reports, they describe no real person or account. The reference data (Member States, scales of assessments, populations, groups) is real."]
                : []
            findings.append(inForce.note)
            findings += headlineFindings(official: official, allFunding: allFunding, appointments: appointments, gender: gender,
                                         scenarios: scenarios, byGroup: byGroup, psc: psc, fullCost: fullCost, budgetActual: budgetActual, summary: byOfficeCategory)
            findings += trendFindings(trend)
            findings.append(outlookFinding(outlook))
            // Every table in one workbook too, which opens the same in every locale.
            let sortedTables = tables.sorted { $0.name + ".csv" < $1.name + ".csv" }
            files.append(("fingov-tables.xlsx", try Workbook.xlsx(sortedTables)))
            files.sort { $0.name < $1.name }
            files.append(("README.md", Array(readme(settings: settings, parameters: parameters, ranges: ranges, findings: findings, files: files.map(\.name),
                                                    staffCount: regular.rowsRead, ledgerCount: cells.rowsRead,
                                                    staffRejected: inputs.rosterRejected?.rows.count ?? 0,
                                                    ledgerRejected: inputs.ledgerRejected?.rows.count ?? 0).utf8)))

            var terminalText = "Fingov report: \(files.count) files\n\n" + findings.map { "• " + $0 }.joined(separator: "\n") + "\n\n"
            terminalText += Tables.rangeChart(official, top: 12).render(style: terminal) + "\n"
            terminalText += Tables.summaryStackedChart(byGroup, units: terminal.units).render(style: terminal) + "\n"
            terminalText += sparklines(byPeriod).map { $0.render(style: terminal) }.joined()
            var report = FullReport(files: files, terminalSummary: terminalText, tables: sortedTables)
            report.rejected = [("staff", inputs.rosterRejected), ("ledger", inputs.ledgerRejected)].compactMap { part, rows in rows.map { (part, $0) } }
            return report
        } catch let error as RangeError {
            throw .analysis(error.description)
        } catch SummaryError.totalOutOfRange(let error) {
            throw .analysis("\(settings.ledgerPath): \(error)")
        } catch let error as MoneyTotalError {
            throw .analysis("\(settings.ledgerPath): \(error)")
        } catch let error as SummaryError {
            throw .analysis(error.description)
        } catch FullCostError.totalOutOfRange(let error) {
            throw .analysis("\(settings.ledgerPath): \(error)")
        } catch let error as FullCostError {
            throw .analysis(error.description)
        } catch let error as AllocationError {
            let (file, line, column) = error.location
            let path = file == .costs ? settings.costsPath : settings.sharesPath
            let character = DataFile.characterColumn(ofField: column, line: line, inFile: path)
            throw .analysis(file == .none ? error.description : line == 0 ? "\(path): \(error.description)" : "\(path):\(line):\(character): \(error.description)")
        } catch {
            throw .analysis("\(error)")
        }
    }

    /// A sparkline of the yearly total and of each funding source.
    static func sparklines(_ byPeriod: LedgerSummary) -> [Sparkline] {
        // The rows are in period order already: keep each period's first appearance.
        var periods: [String] = []
        for row in byPeriod.rows where periods.last != row.keys[0] { periods.append(row.keys[0]) }
        func line(_ label: String, _ filter: (SummaryRow) -> Bool) -> Sparkline {
            let values = periods.map { p in byPeriod.rows.filter { $0.keys[0] == p && filter($0) }.map(\.amount).sum() }
            return Sparkline(label: label, periods: periods, values: values.map { Double($0.cents) },
                             firstText: Cell.money(values.first ?? .zero).display(units: .thousands) + "k",
                             lastText: Cell.money(values.last ?? .zero).display(units: .thousands) + "k")
        }
        let sources = byPeriod.vocabulary.fundingSources.map(\.fundingSource)
        let width = max(5, sources.map { $0.rawValue.count }.max() ?? 0)
        return [line(padded("Total", to: width, rightAligned: false), { _ in true })]
            + sources.map { source in line(padded(source.rawValue, to: width, rightAligned: false), { $0.keys[1] == source.rawValue }) }
    }
}
