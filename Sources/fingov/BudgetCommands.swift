import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports


enum ChartKind: String, ExpressibleByArgument, CaseIterable {
    case bar, stacked
}

/// The ledger file.
struct LedgerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ledger (header: period,fund,funding_source,office,office_type,category,amount_usd; optional psc_rate_percent, region). Default: DATA/ledger.csv.", valueName: "file"), completion: .file())
    var ledger: String?

    /// The ledger named, or the data folder's.
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

            Tables (--table): summary-DIMENSIONS (the main table, such as summary-office_type-category), crosstab (with two dimensions and no --compare).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("Dimensions to summarise by, comma-separated.", valueName: "d1,d2,..."))
    var by = CommaList<LedgerDimension>([.officeType, .category])
    @Option(help: ArgumentHelp("Keep only lines in this year or period (default: every line).", valueName: "period"))
    var period: Period?
    @Option(help: ArgumentHelp("Add the amounts of this period for comparison (without --period, it is compared with the period as long that ends with the ledger's last year).", valueName: "period"))
    var compare: Period?
    @Option(help: "Money in the text table: usd, or thousands (UN tables: thousands of dollars, one decimal).")
    var units: MoneyUnits = .usd
    @Option(help: "Add a text chart: bar (by the first dimension) or stacked (first dimension, stacked by the second).")
    var chart: ChartKind?
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Chart") var charts: ChartOptions

    func validate() throws {
        if let repeated = by.firstRepeated() { throw ValidationError("invalid --by: dimension \(repeated.rawValue) is named twice") }
        if let period, let compare, period.years.overlaps(compare.years) {
            throw ValidationError("invalid --compare \(compare): it overlaps --period \(period); compare two periods without common years")
        }
        if chart == nil && charts.chartFormat == .svg { throw ValidationError("--chart-format svg needs --chart bar or --chart stacked") }
    }

    func run() throws {
        // Streamed in chunks on every core: memory does not grow with the number of lines.
        let path = ledgerOptions.path(data)
        let cells = try Ingest.read(ledger: path, into: LedgerCells())
        var period = self.period
        if let compare, period == nil { period = LedgerPeriods.period(comparedWith: compare, periods: cells.periodTotals.keys) }
        let summary = try LedgerSummary.compute(cells: cells, by: by.elements, period: period, comparePeriod: compare)
        let style = output.style(units: units)
        var extra: [String] = []
        switch chart {
        case .bar:
            let drawn = Tables.summaryBarChart(summary, units: units)
            guard try charts.writeSVG(drawn.svg()) else { return }
            extra.append(drawn.render(style: style))
        case .stacked:
            let drawn = Tables.summaryStackedChart(summary, units: units)
            guard try charts.writeSVG(drawn.svg()) else { return }
            extra.append(drawn.render(style: style))
        case nil: break
        }
        var tables = [Tables.summary(summary)]
        if let cross = Tables.crossTab(summary), summary.comparePeriod == nil { tables.append(cross) }
        try output.emit(OutputDocument(command: "summary",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("ledger", .text(path)),
                                                    Parameter("by", .list(by.elements.map(\.rawValue))), Parameter("period", .text(period?.rawValue)),
                                                    Parameter("compare", .text(compare?.rawValue))],
                                       tables: tables, inputs: [InputFile(path: path, accounting: summary.accounting)]),
                        units: units, extra: extra)
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

            Tables (--table): psc.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("Keep only lines in this year or period.", valueName: "period"))
    var period: Period = Period(firstYear: 2020, lastYear: 2021)!
    @Option(help: ArgumentHelp("The standard PSC rate, in per cent of direct cost, from 0 to 100 with up to two decimals.", valueName: "percent"))
    var rate = PercentRate(basisPoints: 1300)
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        // Streamed in windows on every core, like the summary.
        let tally = try Ingest.read(ledger: ledgerOptions.path(data), into: PSCTally(period: period, standardRateBasisPoints: rate.basisPoints))
        guard tally.rowsInPeriod > 0 else {
            throw Failure.data("no ledger lines fall in \(period) (the ledger has \(tally.periods.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        let analysis = PSCAnalysis(tally)
        try output.emit(OutputDocument(command: "psc",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("ledger", .text(ledgerOptions.path(data))),
                                                    Parameter("period", .text(period.rawValue)), Parameter("rate", .number(Double(rate.basisPoints) / 100))],
                                       tables: [Tables.psc(analysis)],
                                       inputs: [InputFile(path: ledgerOptions.path(data), accounting: analysis.accounting)]),
                        units: units)
    }
}

struct Allocate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Allocate support units' costs to operating units: direct, step-down or reciprocal.",
        discussion: """
            --costs lists each unit (header unit,kind,direct_cost_usd; kind support or operating); --shares lists what share of each support unit's service each other unit uses (header provider,receiver,share; each provider's shares sum to 1).

            direct: ignore services between support units; each support unit's shares of the operating units are renormalised to sum to 1. step-down: close support units one at a time (--order), each passing its cost (own plus received) to the operating units and the support units not yet closed, its shares renormalised over them (services to units already closed are ignored). reciprocal: solve (I - A) x = c for the support units' reciprocated costs, then allocate P x. Amounts are rounded to the cent so that they add up exactly to the support units' total (largest remainder).

            A support unit may serve only other support units: step-down and reciprocal pass its cost on through them, and the direct method, which ignores those services, refuses it (exit status 65, naming the unit). In step-down such a unit must be closed before at least one unit it serves, or its cost has nowhere to go: an --order that closes it after all of them is refused (exit status 64) with an order that works. The default order closes the units farthest from the operating units first, then by descending direct cost. A group of support units that serve only each other, so that no chain of services reaches an operating unit, is refused under every method (exit status 65, naming the group).

            Examples:
              fingov allocate --method reciprocal
              fingov allocate --method step-down --order "Finance and Budget,Human Resources,Information Technology,Facilities"

            Tables (--table): allocation-METHOD (the main table, such as allocation-reciprocal), allocation-reciprocated-costs (with --method reciprocal).
            """)

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The units and their direct costs. Default: DATA/support-costs.csv.", valueName: "file"), completion: .file())
    var costs: String?
    @Option(help: ArgumentHelp("The service shares. Default: DATA/support-shares.csv.", valueName: "file"), completion: .file())
    var shares: String?
    @Option(help: "direct, step-down or reciprocal.")
    var method: AllocationMethod = .reciprocal
    @Option(help: ArgumentHelp("The step-down order: every support unit, comma-separated.", valueName: "u1,u2,..."))
    var order: CommaList<String>?
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        if order != nil && method != .stepDown { throw ValidationError("--order applies to --method step-down only") }
    }

    func run() throws {
        let costsPath = costs ?? data.folder + "/support-costs.csv"
        let sharesPath = shares ?? data.folder + "/support-shares.csv"
        let costUnits = try SupportCostFiles.loadCosts(path: costsPath)
        let serviceShares = try SupportCostFiles.loadShares(path: sharesPath)
        let allocation: CostAllocation
        do { allocation = try CostAllocation.allocate(units: costUnits, shares: serviceShares, method: method, order: order?.elements) } catch {
            switch error {
            case .badOrder, .closedTooLate: throw Failure.usage(error.description)
            default: throw Failure.data(located(error, costs: costsPath, shares: sharesPath))
            }
        }
        var tables = [Tables.allocation(allocation)]
        if method == .reciprocal { tables.append(Tables.reciprocatedCosts(allocation, units: costUnits)) }
        try output.emit(OutputDocument(command: "allocate",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("costs", .text(costsPath)), Parameter("shares", .text(sharesPath)),
                                                    Parameter("method", .text(method.rawValue)), Parameter("order", order.map { ParameterValue.list($0.elements) } ?? .null)],
                                       tables: tables,
                                       inputs: [InputFile(path: costsPath, allUsed: costUnits.count), InputFile(path: sharesPath, allUsed: serviceShares.count)]),
                        units: units)
    }
}

/// `FILE:LINE:COLUMN: message` for an allocation error.
func located(_ error: AllocationError, costs: String, shares: String) -> String {
    let (file, line, column) = error.location
    switch file {
    case .costs where line == 0 && column == 0: return "\(costs): \(error.description)"
    case .shares where line == 0: return "\(shares): \(error.description)"
    case .costs: return "\(costs):\(line):\(column): \(error.description)"
    case .shares: return "\(shares):\(line):\(column): \(error.description)"
    case .none: return error.description
    }
}
