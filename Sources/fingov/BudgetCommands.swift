import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports
#if canImport(Glibc)
import Glibc
#endif


enum ChartKind: String, ExpressibleByArgument, CaseIterable {
    case bar, stacked
}

/// The ledger's vocabulary folder.
struct VocabularyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ledger's vocabulary: a folder with funds.csv, funding_sources.csv, categories.csv and offices.csv. Default: DATA/vocabulary (UNODC's).", valueName: "dir"), completion: .directory)
    var vocabulary: String?

    /// The folder given, else `vocabulary/` in the data folder; a data folder of the user's own
    /// without one takes the vocabulary shipped with Fingov (UNODC's).
    func folder(_ data: DataOptions) -> String {
        if let vocabulary { return vocabulary }
        let inData = data.folder + "/" + LedgerVocabulary.folderName
        if access(inData, F_OK) == 0 { return inData }
        let shipped = DataFolder.candidates(environment: nil, executable: DataFolder.executablePath()).filter { $0.how != "the current folder" }
        return shipped.map { $0.path + "/" + LedgerVocabulary.folderName }.first { access($0, F_OK) == 0 } ?? inData
    }

    /// Reads the vocabulary.
    func load(_ data: DataOptions) throws(DataError) -> LedgerVocabulary { try LedgerVocabulary.load(folder: folder(data)) }
}

/// The ledger file.
struct LedgerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The ledger (header: period,fund,funding_source,office,office_type,category,amount_usd, in any order; optional psc_rate_percent, region, basis; other columns are ignored and listed in the notes). Default: DATA/ledger.csv.", valueName: "file"), completion: .file())
    var ledger: String?
    @OptionGroup var vocabularyOptions: VocabularyOptions
    @OptionGroup var rejectsOptions: RejectsOptions
    @OptionGroup(title: "Input format") var input: InputFormatOptions

    /// The ledger named, or the data folder's.
    func path(_ data: DataOptions) -> String { ledger ?? data.folder + "/ledger.csv" }

    /// The ledger's vocabulary.
    func vocabulary(_ data: DataOptions) throws(DataError) -> LedgerVocabulary { try vocabularyOptions.load(data) }

    /// Reads the ledger into `accumulator`; returns it with what the intake forgave and left out.
    func read<A: LedgerAccumulator>(_ data: DataOptions, into accumulator: A) throws -> (A, Intake) {
        try rejectsOptions.read(path(data)) { box in
            try Ingest.read(ledger: path(data), into: accumulator, format: input.format, notes: box)
        }
    }
}

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Totals of a ledger pivoted by any dimensions, with shares, a comparison period and a control total.",
        discussion: """
            --period names a year, a biennium or all; without it the summary covers the latest period in the ledger (the latest biennium when the ledger has biennium lines, else the latest year), and the title names it.

            Dimensions: period, fund, funding_source, office, office_type, category, region (of the office: a region column in the ledger, else the vocabulary's offices.csv), and two rolled up from the category through the vocabulary's categories.csv: category_group (UNODC: central-administration, executive-direction-and-management, oversight, programme-services, programme-delivery) and cost_type (direct, indirect). Funds, funding sources, categories and offices come from the vocabulary (--vocabulary, default DATA/vocabulary: UNODC's); codes are matched ignoring case and surrounding spaces. --period keeps lines within it (a biennium keeps its two years); --compare adds the amount in a second period, the change and the change in per cent; periods of different lengths (a biennium and a year) are compared only with --per-year, which compares yearly averages.

            --basis chooses the lines added up (a ledger's optional basis column: budget or actual; no column means actual): actual by default, budget, or both, which shows each group's budget_usd, actual_usd and implementation_rate_percent (actual over budget, empty where the budget is zero).

            The text table shows a cross-tabulation with row and column totals when --by names two dimensions. CSV carries exact dollars whatever --units says; its last row is the total. The control line proves that the summary's total equals the input total to the cent.

            Examples:
              fingov summary --by office_type,category --compare 2018-2019
              fingov summary --by fund,funding_source --units thousands --chart stacked
              fingov summary --by office --period 2020-2021 --format csv > by-office.csv
              fingov summary --by fund --period 2020-2021 --compare 2019 --per-year
              fingov summary --by office_type,category_group --period 2020-2021 --basis both

            Tables (--table): summary-DIMENSIONS (the main table, such as summary-office_type-category), crosstab (with two dimensions, no --compare and no --basis both).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("Dimensions to summarise by, comma-separated.", valueName: "d1,d2,..."))
    var by = CommaList<LedgerDimension>([.officeType, .category])
    @Option(help: ArgumentHelp("Keep only lines in this year or biennium, or all (default: the latest period in the ledger).", valueName: "period"))
    var period: PeriodChoice?
    @Option(help: ArgumentHelp("Add the amounts of this period for comparison (without --period, it is compared with the period as long that ends with the ledger's last year).", valueName: "period"))
    var compare: Period?
    @Flag(help: "Compare periods of different lengths by their yearly averages.")
    var perYear = false
    @Option(help: "The lines added up: actual (expenditure), budget, or both (budget, actual and the implementation rate, actual over budget).")
    var basis: BasisChoice = .actual
    @Option(help: "Money in the text table: usd, or thousands (UN tables: thousands of dollars, one decimal).")
    var units: MoneyUnits = .usd
    @Option(help: "Add a text chart: bar (by the first dimension) or stacked (first dimension, stacked by the second).")
    var chart: ChartKind?
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Chart") var charts: ChartOptions

    func validate() throws {
        if let repeated = by.firstRepeated() { throw ValidationError("invalid --by: dimension \(repeated.rawValue) is named twice") }
        if let compare, period == .all { throw ValidationError("invalid --compare \(compare): --period all has no one period to compare with") }
        if let period = period?.period, let compare {
            if period.years.overlaps(compare.years) {
                throw ValidationError("invalid --compare \(compare): it overlaps --period \(period); compare two periods without common years")
            }
            if period.years.count != compare.years.count && !perYear {
                throw ValidationError("invalid --compare \(compare): \(period) has \(period.years.count) year\(period.years.count == 1 ? "" : "s") and \(compare) has \(compare.years.count); compare periods of the same length, or add --per-year to compare yearly averages")
            }
        }
        if chart == nil && charts.chartFormat == .svg { throw ValidationError("--chart-format svg needs --chart bar or --chart stacked") }
        if basis == .both && compare != nil { throw ValidationError("invalid --compare: --basis both sets budget against actual; compare periods with one basis") }
        if perYear && compare == nil { throw ValidationError("--per-year applies to a comparison (--compare) only") }
    }

    func run() throws {
        // Streamed in chunks on every core: memory does not grow with the number of lines.
        let path = ledgerOptions.path(data)
        let (cells, intake) = try ledgerOptions.read(data, into: LedgerCells(vocabulary: try ledgerOptions.vocabulary(data)))
        let period = compare != nil && self.period == nil
            ? LedgerPeriods.period(comparedWith: compare!, periods: cells.periods)
            : LedgerPeriods.resolve(self.period, periods: cells.periods, containing: Set(cells.totals(of: basis == .budget ? .budget : .actual).keys))
        let summary: LedgerSummary
        do { summary = try LedgerSummary.compute(cells: cells, by: by.elements, period: period, comparePeriod: compare, perYear: perYear, basis: basis) } catch {
            if case .totalOutOfRange(let tooLarge) = error { throw Failure.data("\(path): \(tooLarge)") }
            throw error
        }
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
        if let cross = Tables.crossTab(summary), summary.comparePeriod == nil, basis != .both { tables.append(cross) }
        try output.emit(OutputDocument(command: "summary",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("ledger", .text(path)),
                                                    Parameter("by", .list(by.elements.map(\.rawValue))), Parameter("period", .text(period?.rawValue ?? "all")),
                                                    Parameter("compare", .text(compare?.rawValue)), Parameter("per_year", .flag(perYear)), Parameter("basis", .text(basis.rawValue))],
                                       tables: tables, notes: intake.notes, inputs: [intake.input(path, summary.accounting)]),
                        units: units, extra: extra)
    }
}

struct PSC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "psc",
        abstract: "The PSC fund statement: PSC earned and spent per fund and period, how it is used, and the cost of reduced rates.",
        discussion: """
            PSC is income of each fund's PSC account (the funds whose funding_sources in the vocabulary include SP or PSC; UNODC: drug programme, crime programme), not of the office whose spending earned it. It is earned on expenditure: psc = rate x special-purpose (SP) expenditure on direct-cost categories (cost_type direct in the vocabulary; UNODC: programme services and delivery), each line at its psc_rate_percent or the standard --rate, rounded half away from zero to the cent line by line. PSC spent is PSC-funded expenditure.

            psc-statement: per period and fund, opening balance + earned - spent = closing balance. --opening-balance sets a fund's opening of the ledger's first period (default 0); each later period opens with the previous period's closing, whether that period is shown or not. psc-use: PSC spent at headquarters and in the field, by use, with shares of the period's PSC spent. psc-rates: direct expenditure and PSC earned by rate, with what the standard rate would have earned (the cost of reduced rates).

            --period names a year, a biennium or all (each period of the ledger); without it, the latest period in the ledger (the latest biennium when the ledger has biennium lines, else the latest year).

            Examples:
              fingov psc --period 2020-2021
              fingov psc --period all --opening-balance drug=12000000 --opening-balance crime=8500000
              fingov psc --rate 7 --format csv --table psc-rates

            Tables (--table): psc-statement, psc-use, psc-rates.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: ArgumentHelp("A year, a biennium, or all (default: the latest period in the ledger).", valueName: "period"))
    var period: PeriodChoice?
    @Option(help: ArgumentHelp("The standard PSC rate, in per cent of direct cost, from 0 to 100 with up to two decimals.", valueName: "percent"))
    var rate = PercentRate(basisPoints: 1300)
    @Option(help: ArgumentHelp("A fund's PSC balance at the opening of the ledger's first period (a fund with a PSC account: drug or crime in UNODC's vocabulary; repeat for each fund; default 0).", valueName: "fund=amount"))
    var openingBalance: [FundAmount] = []
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        for (i, o) in openingBalance.enumerated() where openingBalance[..<i].contains(where: { $0.fund == o.fund }) {
            throw ValidationError("invalid --opening-balance: fund \(o.fund.rawValue) is given twice")
        }
    }

    func run() throws {
        // Streamed in windows on every core, like the summary.
        let path = ledgerOptions.path(data)
        let vocabulary = try ledgerOptions.vocabulary(data)
        var openings: [Fund: Money] = [:]
        for o in openingBalance {
            // Any case, as in the ledger.
            guard let fund = vocabulary.pscFunds.first(where: { $0.rawValue.lowercased() == o.fund.rawValue.lowercased() }) else {
                throw Failure.usage("invalid --opening-balance \(o.fund.rawValue)=\(o.amount.dollarsText): expected a fund with a PSC account, one of "
                                    + vocabulary.pscFunds.map(\.rawValue).joined(separator: ", ") + " (\(vocabulary.path(LedgerVocabulary.fundsFile)))")
            }
            if openings[fund] != nil { throw Failure.usage("invalid --opening-balance: fund \(fund.rawValue) is given twice") }
            openings[fund] = o.amount
        }
        let (tally, intake) = try ledgerOptions.read(data, into: PSCStatementTally(standardRateBasisPoints: rate.basisPoints, vocabulary: vocabulary))
        let statement: PSCStatement
        do { statement = try PSCStatement.compute(tally, period: period, openingBalances: openings) } catch {
            if case .totalOutOfRange(let tooLarge) = error { throw Failure.data("\(path): \(tooLarge)") }
            throw error
        }
        try output.emit(OutputDocument(command: "psc",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("ledger", .text(path)),
                                                    Parameter("period", .text(period == .all ? "all" : statement.periods.first?.rawValue)),
                                                    Parameter("rate", .number(Double(rate.basisPoints) / 100)),
                                                    Parameter("opening_balance", .list(openingBalance.map { "\($0.fund.rawValue)=\($0.amount.dollarsText)" }))],
                                       tables: [Tables.pscStatement(statement), Tables.pscUse(statement), Tables.pscRates(statement)], notes: intake.notes,
                                       inputs: [intake.input(path, statement.accounting)]),
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

            The full cost of each office (--ledger, --period or --funding-source): the support units are the ledger's indirect categories at headquarters in the period (their cost is their spending from every source, or from the sources named with --funding-source, such as PSC), the operating units are the offices, and each support unit's cost is shared by the offices' direct expenditure, or by --shares (provider: a support unit's category such as finance-and-budget, receiver: an office); an office's full cost is its direct expenditure plus its share. The allocated column adds up to the support units' total to the cent (largest remainder). Without --period, the latest period in the ledger.

            Examples:
              fingov allocate --method reciprocal
              fingov allocate --ledger data/ledger.csv --period 2020-2021 --funding-source PSC
              fingov allocate --method step-down --order "Finance and Budget,Human Resources,Information Technology,Facilities"

            Tables (--table): allocation-METHOD (the main table, such as allocation-reciprocal), allocation-reciprocated-costs (with --method reciprocal), full-cost (from a ledger).
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
    @Option(help: ArgumentHelp("The full cost of each office from this ledger (default with --period or --funding-source: DATA/ledger.csv).", valueName: "file"))
    var ledger: String?
    @Option(help: ArgumentHelp("The ledger period whose full cost is computed: one year or biennium, such as 2021 or 2020-2021 (not all: a full cost is of one period; default: the latest period in the ledger).", valueName: "period"))
    var period: Period?
    @Option(help: ArgumentHelp("The sources whose spending on central services is shared, comma-separated (default: every source).", valueName: "s1,s2,..."))
    var fundingSource: CommaList<FundingSource>?
    @OptionGroup var vocabularyOptions: VocabularyOptions
    @OptionGroup var rejectsOptions: RejectsOptions
    @Option(help: "Money in the text table: usd or thousands.")
    var units: MoneyUnits = .usd
    @OptionGroup(title: "Input format (of --ledger)") var input: InputFormatOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        if order != nil && method != .stepDown { throw ValidationError("--order applies to --method step-down only") }
        if fromLedger && (costs != nil || order != nil) {
            throw ValidationError("--costs and --order apply to support-cost files, not to the full cost from a ledger")
        }
    }

    /// Whether the full cost of the offices is asked for.
    var fromLedger: Bool { ledger != nil || period != nil || fundingSource != nil || rejectsOptions.rejects != nil }

    func run() throws {
        if fromLedger { return try runFullCost() }
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

extension Allocate {
    func runFullCost() throws {
        let path = ledger ?? data.folder + "/ledger.csv"
        let vocabulary = try vocabularyOptions.load(data)
        let codes = vocabulary.fundingSources.map(\.fundingSource)
        var chosenSources: [FundingSource] = []
        for source in fundingSource?.elements ?? [] {
            // Any case, as in the ledger.
            guard let code = codes.first(where: { $0.rawValue.lowercased() == source.rawValue.lowercased() }) else {
                throw Failure.usage("invalid --funding-source \(source.rawValue): expected one of " + codes.map(\.rawValue).joined(separator: ", ")
                                    + " (\(vocabulary.path(LedgerVocabulary.fundingSourcesFile)))")
            }
            chosenSources.append(code)
        }
        let sources = fundingSource.map { _ in Set(chosenSources) }
        var chosen = period
        if chosen == nil {
            // The default period needs the ledger's periods: one pass to learn them.
            let tally = try Ingest.read(ledger: path, into: FullCostTally(period: Period(year: 2000)!, sources: sources, vocabulary: vocabulary),
                                        format: input.format, notes: NotesBox(rejecting: rejectsOptions.rejects != nil))
            guard let latest = LedgerPeriods.defaultPeriod(of: tally.periods) else { throw Failure.data("\(path): the ledger has no lines") }
            chosen = latest
        }
        let (tally, intake) = try rejectsOptions.read(path) { box in
            try Ingest.read(ledger: path, into: FullCostTally(period: chosen!, sources: sources, vocabulary: vocabulary), format: input.format, notes: box)
        }
        let serviceShares = try shares.map { path throws(DataError) in try SupportCostFiles.loadShares(path: path) }
        let fullCost: FullCost
        do { fullCost = try FullCost.compute(tally, shares: serviceShares) } catch {
            if case .totalOutOfRange(let tooLarge) = error { throw Failure.data("\(path): \(tooLarge)") }
            if let shares, error.line > 0 {
                let column = DataFile.characterColumn(ofField: error.description.hasPrefix("invalid receiver") ? 2 : 1, line: error.line, inFile: shares)
                throw Failure.data("\(shares):\(error.line):\(column): \(error.description)")
            }
            throw error
        }
        try output.emit(OutputDocument(command: "allocate",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("ledger", .text(path)),
                                                    Parameter("period", .text(chosen!.rawValue)),
                                                    Parameter("funding_source", fundingSource.map { _ in ParameterValue.list(chosenSources.map(\.rawValue)) } ?? .null),
                                                    Parameter("shares", .text(shares))],
                                       tables: [Tables.fullCost(fullCost)], notes: intake.notes,
                                       inputs: [intake.input(path, fullCost.accounting)] + (serviceShares.map { [InputFile(path: shares!, allUsed: $0.count)] } ?? [])),
                        units: units)
    }
}

/// `FILE:LINE:COLUMN: message` for an allocation error (`FILE: message` for the whole file),
/// the column being the character where the field starts, as in every other message.
func located(_ error: AllocationError, costs: String, shares: String) -> String {
    let (file, line, field) = error.location
    switch file {
    case .costs where line == 0: return "\(costs): \(error.description)"
    case .shares where line == 0: return "\(shares): \(error.description)"
    case .costs: return "\(costs):\(line):\(DataFile.characterColumn(ofField: field, line: line, inFile: costs)): \(error.description)"
    case .shares: return "\(shares):\(line):\(DataFile.characterColumn(ofField: field, line: line, inFile: shares)): \(error.description)"
    case .none: return error.description
    }
}

