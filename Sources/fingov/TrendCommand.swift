import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

/// `YEAR=FILE`: a roster snapshot (or, later, published counts) of one year.
struct YearFile: ExpressibleByArgument, Hashable {
    var year: Int
    var path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), let year = Int(String(argument[..<equals]).trimmingCharacters(in: " ")),
              Period.plausibleYears.contains(year) else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.year = year
        self.path = path
    }
}

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Geographical representation year by year: each 31 December against the scale in force that year.",
        discussion: """
            Each year from --from to --to is counted on its 31 December, against the scale of assessments in force that year (the period containing it) and the latest population year in the data not after it, with --base-figure.

            From one roster (--staff, default DATA/staff.csv) a person counts in a year when appointed on or before its 31 December and not separated before it; today's grade and post funding stand for every year, since a roster keeps no history of them (the notes say so). With --snapshot YEAR=FILE (repeatable) each year is counted from its own roster, as it was extracted then; with --counts YEAR=FILE (repeatable) from the published counts of staff by nationality of that year (iso3,staff).

            --state ISO3 (repeatable, any case) adds each State's staff, range and status year by year.

            Examples:
              fingov trend --from 2019 --to 2025
              fingov trend --state KEN --format csv --table state-trend > kenya.csv
              fingov trend --snapshot 2023=roster-2023.csv --snapshot 2024=roster-2024.csv
              fingov trend --counts 2023=published-2023.csv --counts 2024=published-2024.csv --state KEN

            Tables (--table): trend (the main table), state-trend (with --state).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("A roster extracted in YEAR, counted on its 31 December (repeatable); instead of --staff.", valueName: "year=file"))
    var snapshot: [YearFile] = []
    @Option(name: .customLong("counts"), help: ArgumentHelp("Published counts of YEAR (header iso3,staff; other columns ignored), counted as on its 31 December (repeatable); instead of --staff.", valueName: "year=file"))
    var countsByYear: [YearFile] = []
    @Option(help: ArgumentHelp("The first year.", valueName: "year"))
    var from: Int = 2019
    @Option(help: ArgumentHelp("The last year.", valueName: "year"))
    var to: Int = 2025
    @Option(help: ArgumentHelp("The base figure: posts subject to the system.", valueName: "posts"))
    var baseFigure: Double = 3600
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Chart") var charts: ChartOptions

    func validate() throws {
        try checkRange(from, "--from", Period.plausibleYears)
        try checkRange(to, "--to", from...Period.plausibleYears.upperBound)
        try checkRange(baseFigure, "--base-figure", 1...1_000_000, unit: "posts")
        if [!snapshot.isEmpty, !countsByYear.isEmpty, staffOptions.staff != nil].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --staff, --snapshot or --counts")
        }
        if !countsByYear.isEmpty && staffOptions.rejectsOptions.rejects != nil {
            throw ValidationError("--rejects needs rosters: published counts (--counts) are read whole or not at all")
        }
        if Set(snapshot.map(\.year)).count != snapshot.count { throw ValidationError("invalid --snapshot: a year is given twice") }
        if Set(countsByYear.map(\.year)).count != countsByYear.count { throw ValidationError("invalid --counts: a year is given twice") }
    }

    func run() throws {
        let reference = try data.reference()
        var base = RangeParameters.official
        base.baseFigure = baseFigure
        var counted: [(year: Int, headcounts: Headcounts)] = []
        var inputs: [InputFile] = []
        var notes: [String] = []
        if !countsByYear.isEmpty {
            for file in countsByYear.sorted(by: { $0.year < $1.year }) {
                let published = try PublishedCounts.load(path: file.path, reference: reference, isoFolder: data.folder, format: staffOptions.input.format)
                notes += published.formatNotes.sentences(file: file.path)
                let counts = Headcounts(published: published, selection: StaffSelection(asOf: Trend.yearEnd(file.year)!))
                counted.append((file.year, counts))
                inputs.append(InputFile(path: file.path, accounting: published.fileAccounting))
            }
            notes.append("Each year counted from its published counts (staff in posts subject to geographical distribution by nationality; nationals of non-members left out).")
        } else if snapshot.isEmpty {
            let path = staffOptions.path(data)
            let years = Array(from...to)
            let series = RosterSeries(years.map { Headcounts(selection: StaffSelection(asOf: Trend.yearEnd($0)!)) })
            let (result, intake) = try staffOptions.read(data, reference: reference, into: series)
            counted = Array(zip(years, result.elements)).map { ($0, $1) }
            if let last = result.elements.last { inputs.append(intake.input(path, last.accounting)) }
            notes += intake.notes
            notes.append("One roster (\(path)) counted on each 31 December: today's grade and post funding stand for past years; the input counts are those of \(to).")
        } else {
            // Every snapshot is read before any problem stops the run, so that one run lists the
            // problems of them all.
            var problems = DataError([])
            for file in snapshot.sorted(by: { $0.year < $1.year }) {
                do {
                    let (counts, intake) = try staffOptions.read(file.path, part: String(file.year), reference: reference,
                                                                 into: Headcounts(selection: StaffSelection(asOf: Trend.yearEnd(file.year)!)))
                    counted.append((file.year, counts))
                    inputs.append(intake.input(file.path, counts.accounting))
                    notes += intake.notes
                } catch let error as DataError {
                    problems.problems += error.problems
                    problems.unlisted += error.unlisted
                }
            }
            if !problems.problems.isEmpty { throw problems }
            notes.append("Each year counted from its own roster snapshot.")
        }
        let years = try Trend.compute(headcounts: counted, reference: reference, base: base)
        guard try charts.writeSVG(Tables.trendChart(years).svg()) else { return }
        let states = try stateOptions.states(in: reference, folder: data.folder)
        var tables = [Tables.trend(years)]
        if let states { tables.append(Tables.stateTrend(years, states: states)) }
        let style = output.style()
        let charts = Tables.trendCharts(years, states: states).map { $0.render(style: style) }.joined()
        try output.emit(OutputDocument(command: "trend",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", snapshot.isEmpty ? .text(staffOptions.path(data)) : .null),
                                                    Parameter("snapshot", .list(snapshot.map { "\($0.year)=\($0.path)" })),
                                                    Parameter("counts", .list(countsByYear.map { "\($0.year)=\($0.path)" })),
                                                    Parameter("from", .integer(years.first?.year)), Parameter("to", .integer(years.last?.year)),
                                                    Parameter("base_figure", .number(baseFigure)), Parameter("state", .list(stateOptions.codes.map(\.state.rawValue)))],
                                       tables: tables, notes: notes, inputs: inputs),
                        extra: [charts])
    }
}
