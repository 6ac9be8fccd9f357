import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

extension MoneyUnits: ExpressibleByArgument {}
extension AllocationMethod: ExpressibleByArgument {}

enum ChartKind: String, ExpressibleByArgument, CaseIterable {
    case bar, stacked
}

/// The ledger file.
struct LedgerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ledger (header: period,fund,funding_source,office,office_type,category,amount_usd; optional psc_rate_percent, region). Default: DATA/ledger.csv.", valueName: "file"))
    var ledger: String?

    func path(_ data: DataOptions) -> String { ledger ?? data.folder + "/ledger.csv" }
}

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Totals of a ledger pivoted by any dimensions, with shares, a comparison period and a control total.",
        discussion: """
            Dimensions: period, fund, funding_source, office, office_type, category, region (of the office: a region column in the ledger, else the built-in list of UNODC offices), and two rolled up from the category: category_group (central-administration, executive-direction-and-management, oversight, programme-services, programme-delivery) and cost_type (direct, indirect). --period keeps lines within it (a biennium keeps its two years); --compare adds the amount in a second period, the change and the change in per cent.

            The text table shows a cross-tabulation with row and column totals when --by names two dimensions. CSV carries exact dollars whatever --units says; its last row is the total. The control line proves that the summary's total equals the input total to the cent.

            Examples:
              fingov summary --by office_type,category --compare 2018-2019
              fingov summary --by fund,funding_source --units thousands --chart stacked
              fingov summary --by office --period 2020-2021 --format csv > by-office.csv
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("Dimensions to summarise by, comma-separated.", valueName: "d1,d2,..."))
    var by: String = "office_type,category"
    @Option(help: ArgumentHelp("Keep only lines in this year or period (default: every line).", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("Add the amounts of this period for comparison (without --period, it is compared with the period as long that ends with the ledger's last year).", valueName: "period"))
    var compare: String?
    @Option(help: "Money in the text table: usd, or thousands (UN tables: thousands of dollars, one decimal).")
    var units: MoneyUnits = .usd
    @Option(help: "Add a text chart: bar (by the first dimension) or stacked (first dimension, stacked by the second).")
    var chart: ChartKind?
    @OptionGroup(title: "Output") var output: OutputOptions

    func dimensions() throws -> [LedgerDimension] {
        try by.split(separator: ",").map { name in
            guard let d = LedgerDimension(rawValue: String(name).trimmingCharacters(in: " ")) else {
                throw ValidationError("invalid --by (found '\(name)', expected \(LedgerDimension.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return d
        }
    }

    func run() throws {
        let dimensions = try dimensions()
        var period = try self.period.map { try parsePeriod($0, "--period") }
        let compare = try self.compare.map { try parsePeriod($0, "--compare") }
        // Streamed in chunks on every core: memory does not grow with the number of lines.
        let cells = try orDataFailure { () throws(DataError) in try Ingest.read(ledger: ledgerOptions.path(data), into: LedgerCells()) }
        if let compare, period == nil, let lastYear = cells.periodTotals.keys.map(\.lastYear).max() {
            period = Period(firstYear: lastYear - (compare.lastYear - compare.firstYear), lastYear: lastYear)
        }
        let summary: LedgerSummary
        do { summary = try LedgerSummary.compute(cells: cells, by: dimensions, period: period, comparePeriod: compare) } catch {
            throw failData("\(error)")
        }
        let style = output.style(units: units)
        var extra: [String] = []
        switch chart {
        case .bar: extra.append(Tables.summaryBarChart(summary, units: units).render(style: style))
        case .stacked: extra.append(Tables.summaryStackedChart(summary, units: units).render(style: style))
        case nil: break
        }
        var tables = [Tables.summary(summary)]
        if output.format == .table, let cross = Tables.crossTab(summary), summary.comparePeriod == nil { tables = [cross, tables[0]] }
        output.emit(tables, units: units, extra: extra)
    }
}

struct PSC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "psc",
        abstract: "Programme support cost earned on special-purpose direct expenditure, set against PSC spent.",
        discussion: """
            PSC is earned on expenditure: psc = rate x special-purpose expenditure on direct-cost categories (programme services and delivery). A ledger line with a psc_rate_percent uses its own rate; the others use --rate. Shown as a rate on direct cost and as a share of the gross amount (at 13 per cent: 13/113 = 11.5 per cent of gross), by fund and by headquarters and field, with the balance against PSC-funded expenditure.

            Examples:
              fingov psc --period 2020-2021
              fingov psc --rate 7 --format csv
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("Keep only lines in this year or period.", valueName: "period"))
    var period: String = "2020-2021"
    @Option(help: ArgumentHelp("The standard PSC rate, in per cent of direct cost (up to two decimals).", valueName: "percent"))
    var rate: String = "13"
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let period = try parsePeriod(self.period, "--period")
        guard let rate = try? Money(parsing: rate), (0...10_000).contains(rate.cents) else {
            throw ValidationError("invalid --rate (found '\(rate)', expected a per cent from 0 to 100 with up to two decimals)")
        }
        // Streamed in chunks on every core, like the summary.
        let tally = try orDataFailure { () throws(DataError) in
            try Ingest.read(ledger: ledgerOptions.path(data), into: PSCTally(period: period, standardRateBasisPoints: rate.cents))
        }
        guard tally.rowsInPeriod > 0 else {
            throw failData("no ledger lines fall in \(period) (the ledger has \(tally.periods.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        output.emit([Tables.psc(PSCAnalysis(tally))], units: units)
    }
}

struct Allocate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Allocate support units' costs to operating units: direct, step-down or reciprocal.",
        discussion: """
            --costs lists each unit (header unit,kind,direct_cost_usd; kind support or operating); --shares lists what share of each support unit's service each other unit uses (header provider,receiver,share; each provider's shares sum to 1).

            direct: ignore services between support units. step-down: close support units one at a time (--order, default descending direct cost), each passing its cost to the units not yet closed. reciprocal: solve (I - A) x = c for the support units' reciprocated costs, then allocate P x. Amounts are rounded to the cent so that they add up exactly to the support units' total (largest remainder).

            Examples:
              fingov allocate --method reciprocal
              fingov allocate --method step-down --order "Finance and Budget,Human Resources,Information Technology,Facilities"
            """)

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The units and their direct costs. Default: DATA/support-costs.csv.", valueName: "file"))
    var costs: String?
    @Option(help: ArgumentHelp("The service shares. Default: DATA/support-shares.csv.", valueName: "file"))
    var shares: String?
    @Option(help: "direct, step-down or reciprocal.")
    var method: AllocationMethod = .reciprocal
    @Option(help: ArgumentHelp("The step-down order: every support unit, comma-separated.", valueName: "u1,u2,..."))
    var order: String?
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let costsPath = costs ?? data.folder + "/support-costs.csv"
        let sharesPath = shares ?? data.folder + "/support-shares.csv"
        let costUnits = try orDataFailure { () throws(DataError) in try SupportCostFiles.loadCosts(path: costsPath) }
        let serviceShares = try orDataFailure { () throws(DataError) in try SupportCostFiles.loadShares(path: sharesPath) }
        let orderList = order.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: " ") } }
        if orderList != nil && method != .stepDown { throw ValidationError("--order applies to --method step-down only") }
        let allocation: CostAllocation
        do { allocation = try CostAllocation.allocate(units: costUnits, shares: serviceShares, method: method, order: orderList) } catch {
            if case .badOrder = error { throw ValidationError(error.description) }
            throw failData(located(error, costs: costsPath, shares: sharesPath))
        }
        var tables = [Tables.allocation(allocation)]
        if method == .reciprocal { tables.append(Tables.reciprocatedCosts(allocation, units: costUnits)) }
        output.emit(tables, units: units)
    }
}

/// `FILE:LINE:COLUMN: message` for an allocation error.
func located(_ error: AllocationError, costs: String, shares: String) -> String {
    let (file, line, column) = error.location
    switch file {
    case .costs: return "\(costs):\(line):\(column): \(error.description)"
    case .shares: return "\(shares):\(line):\(column): \(error.description)"
    case .none: return error.description
    }
}
