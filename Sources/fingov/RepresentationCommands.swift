import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

/// The roster and the date staff are counted on.
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.", valueName: "file"), completion: .file())
    var staff: String?
    @Option(name: .customLong("separation-date"),
            help: ArgumentHelp("What separation_date means: last-day (the last day of service, as on a UN personnel action, 'effective close of business': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).", valueName: "reading"))
    var separationReading: SeparationReading = .lastDay
    @OptionGroup var rejectsOptions: RejectsOptions
    @OptionGroup(title: "Input format") var input: InputFormatOptions

    func path(_ data: DataOptions) -> String { staff ?? data.folder + "/staff.csv" }

    /// Reads the roster into `accumulator`; returns it with what the intake forgave and left out.
    func read<A: RosterAccumulator>(_ data: DataOptions, reference: ReferenceData, into accumulator: A) throws -> (A, Intake) {
        try read(path(data), reference: reference, into: accumulator)
    }

    /// Reads the roster at `path` (the one named, or a snapshot, whose `part` names its rejects
    /// file) into `accumulator`, with what the intake forgave and left out.
    func read<A: RosterAccumulator>(_ path: String, part: String? = nil, reference: ReferenceData, into accumulator: A) throws -> (A, Intake) {
        try rejectsOptions.read(path, part: part) { box in
            try Ingest.read(roster: path, reference: reference, into: accumulator, separation: separationReading, notes: box,
                            format: input.format)
        }
    }

    /// The parameter that records the reading.
    var parameter: Parameter { Parameter("separation_date", .text(separationReading.rawValue)) }
}

extension PublishedCounts {
    /// The file's own rows, every one used (a row per State or territory, its count of staff
    /// taken whole), for the JSON inputs.
    var fileAccounting: RowAccounting {
        var rows = RowAccounting()
        rows.rowsRead = rowsRead
        rows.used = rowsRead
        return rows
    }
}

/// Published counts in place of a roster, for the commands that need only counts by nationality
/// (representation, scenarios, sweep).
struct CountsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Published counts instead of a roster (header: iso3,staff; other columns ignored): each Member State's staff in posts subject to geographical distribution; ISO 3166-1 codes of non-members are counted apart (DATA/iso3166.csv).", valueName: "file"), completion: .file())
    var counts: String?

    /// The file the staff are counted from: --counts, or the roster.
    func path(_ data: DataOptions, _ staffOptions: StaffOptions) -> String { counts ?? staffOptions.path(data) }

    /// Headcounts for `selection`: from --counts when given, else read from the roster; with the
    /// intake notes and the non-member nationals (from --counts).
    func headcounts(_ data: DataOptions, _ staffOptions: StaffOptions, reference: ReferenceData, selection: StaffSelection) throws
        -> (Headcounts, Intake, [(code: String, name: String, staff: Int)]) {
        guard let counts else {
            let (result, intake) = try staffOptions.read(data, reference: reference, into: Headcounts(selection: selection))
            // Nationals of non-members are counted under their ISO code, in no Member State's row.
            let nonMembers = reference.nonMembers.compactMap { entry in
                result.counts[entry.code].map { (code: entry.code.rawValue, name: entry.name, staff: $0) }
            }
            return (result, intake, nonMembers)
        }
        if staffOptions.staff != nil { throw ValidationError("--counts and --staff both name the staff counted: give one") }
        if staffOptions.rejectsOptions.rejects != nil { throw ValidationError("--rejects needs a roster: published counts (--counts) are read whole or not at all") }
        if selection.entity != nil { throw ValidationError("--entity needs a roster: published counts (--counts) have no entity") }
        let published = try PublishedCounts.load(path: counts, reference: reference, isoFolder: data.folder, format: staffOptions.input.format)
        var notes = ["\(counts): published counts, \(published.rowsRead) rows, \(published.memberStaff + published.nonMemberStaff) staff"
                     + (published.nonMembers.isEmpty ? "" : " (\(published.nonMemberStaff) of them nationals of non-members, counted apart)") + "."]
        notes += published.formatNotes.sentences(file: counts)
        if !published.ignoredColumns.isEmpty {
            notes.append("\(counts): column\(published.ignoredColumns.count == 1 ? "" : "s") ignored (not used by Fingov): "
                         + published.ignoredColumns.map { "'\($0)'" }.joined(separator: ", ") + ".")
        }
        return (Headcounts(published: published, selection: selection), Intake(notes: notes, fileAccounting: published.fileAccounting), published.nonMembers)
    }
}

struct RepresentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "representation",
        abstract: "Each Member State's staff against its desirable range: status and gaps.",
        discussion: """
            Counts the staff serving on --as-of by nationality: appointment_date <= as-of <= separation_date, the separation date being the last day of service (--separation-date day-after for extracts that record the first day out). --funding regular (the official view) counts Professional and higher staff on regular-budget posts without special language requirements; --funding all counts all Professional and higher staff whatever funds their post, with the base figure set to their number. --entity restricts to one department or office and scales the ranges to its staff (indicative only).

            Statuses: unrepresented (0 staff), underrepresented (below the lower limit), within-range-below-midpoint, within-range-at-or-above-midpoint, overrepresented (above the upper limit).

            Examples:
              fingov representation --status underrepresented --status unrepresented
              fingov representation --funding all --format csv > all-funding.csv
              fingov representation --entity UNODC --top 10
              fingov representation --state fra --state ken
              fingov representation --top 10 --sort ratio
              fingov representation --table groups --format csv > groups.csv

            --state FRA (repeatable, any case) shows only those States. --top N shows the N States farthest from their range: with --sort gap (the default) by posts to the lower limit or over the upper limit, with --sort ratio by how far staff over the midpoint (ratio_to_midpoint, 1 at the midpoint) sits from 1 either way, whatever the State's size.

            The groups table sums each UN regional group (and the United States, in none), then each development grouping of UN M49 (least developed, landlocked developing, small island developing States), from DATA/regional_groups.csv and DATA/development_groups.csv.

            --counts FILE reads published counts (iso3,staff) instead of a roster, with the same statuses as a roster with those counts; nationals of non-member States and territories are counted apart (table non-member-nationals).

            Tables (--table): representation (the main table), representation-status-counts, groups, non-member-nationals (when there are any).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var countsOptions: CountsOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @Option(help: "regular: posts subject to geographical distribution; all: all Professional and higher staff.")
    var funding: FundingView = .regular
    @Option(help: ArgumentHelp("Only this entity (department or office), with indicative ranges.", valueName: "name"))
    var entity: String?
    @Option(help: "Show only States with this status (repeatable).")
    var status: [RepresentationStatus] = []
    @OptionGroup var stateOptions: StateOptions
    @Option(help: ArgumentHelp("Show only the N States farthest from their range.", valueName: "n"))
    var top: Int?
    @Option(help: "How --top ranks: gap (posts to the lower limit or over the upper limit; large States first) or ratio (staff over the midpoint farthest from 1 either way, whatever the State's size).")
    var sort: RepresentationSort = .gap
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Chart") var charts: ChartOptions

    func validate() throws {
        if let top { try checkRange(top, "--top", 1...10_000, unit: "States") }
    }

    func run() throws {
        let reference = try data.reference()
        let (parameters, inForce) = try range.parameters(on: asOf, reference: reference)
        let selection = StaffSelection(asOf: asOf, view: funding, entity: entity)
        let (headcounts, intake, nonMembers) = try countsOptions.headcounts(data, staffOptions, reference: reference, selection: selection)
        let result = try Representation.compute(headcounts: headcounts, reference: reference, parameters: parameters, selection: selection)
        let statuses = status.isEmpty ? nil : Set(status)
        let states = try stateOptions.states(in: reference, folder: data.folder)
        let chart = Tables.rangeChart(result, statuses: statuses, top: top ?? (statuses == nil && states == nil ? 25 : nil), states: states, sort: sort)
        guard try charts.writeSVG(chart.svg()) else { return }
        var tables = [Tables.representation(result, statuses: statuses, top: top, states: states, sort: sort), Tables.statusCounts(result)]
        if let groups = try data.groups(reference) { tables.append(Tables.groups(GroupRepresentation.compute(result, groups: groups), representation: result)) }
        if !nonMembers.isEmpty { tables.append(Tables.nonMemberNationals(nonMembers)) }
        try output.emit(OutputDocument(command: "representation",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(countsOptions.path(data, staffOptions))),
                                                    Parameter("as_of", .text(asOf.description)), Parameter("funding", .text(funding.rawValue)),
                                                    Parameter("entity", .text(entity)), Parameter("status", .list(status.map(\.rawValue))),
                                                    Parameter("top", .integer(top)), Parameter("sort", .text(sort.rawValue)),
                                                    Parameter("state", .list(stateOptions.codes.map(\.state.rawValue))), staffOptions.parameter]
                                           + Parameter.inForce(inForce) + Parameter.list(parameters),
                                       tables: tables, notes: [inForce.note] + intake.notes,
                                       inputs: [intake.input(countsOptions.path(data, staffOptions), result.accounting)]
                                           + InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: parameters)),
                        extra: [chart.render(style: output.style())])
    }
}

struct Appointments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Appointments to geographical posts against the 50 per cent target.",
        discussion: """
            Of the appointments to posts subject to geographical distribution dated --from to --to (both included), counts those that went to nationals of Member States unrepresented or underrepresented at the start of the period (on the day before --from), overall and by entity, against the target of at least 50 per cent.

            Example:
              fingov appointments --from 2025-01-01 --to 2025-12-31

            Tables (--table): appointments.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("First day of the period.", valueName: "yyyy-mm-dd"))
    var from: CalendarDate = CalendarDate(year: 2025, month: 1, day: 1)!
    @Option(help: ArgumentHelp("Last day of the period.", valueName: "yyyy-mm-dd"))
    var to: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @Option(help: ArgumentHelp("The target share, in per cent.", valueName: "percent"))
    var target: Double = 50
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        if from > to { throw ValidationError("invalid --from \(from): it is after --to \(to)") }
        try checkRange(target, "--target", 0...100, unit: "per cent")
    }

    func run() throws {
        let reference = try data.reference()
        // Statuses are those at the start of the period: the scale in force on the day before it.
        let (parameters, inForce) = try range.parameters(on: from.dayBefore, reference: reference)
        let (records, intake) = try staffOptions.read(data, reference: reference, into: AppointmentRecords(from: from, to: to))
        let result = try AppointmentTarget.compute(records: records, reference: reference, parameters: parameters, targetPercent: target)
        try output.emit(OutputDocument(command: "appointments",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(staffOptions.path(data))),
                                                    Parameter("from", .text(from.description)), Parameter("to", .text(to.description)),
                                                    Parameter("target", .number(target)), staffOptions.parameter] + Parameter.inForce(inForce) + Parameter.list(parameters),
                                       tables: [Tables.appointments(result)], notes: [inForce.note] + intake.notes,
                                       inputs: [intake.input(staffOptions.path(data), result.accounting)]
                                           + InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: parameters)))
    }
}

struct Gender: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Women's share by grade and overall, against parity and the 47-53 per cent zone.",
        discussion: """
            Counts staff serving on --as-of. The share is of staff whose gender is recorded (X rows are shown apart). Two tables: all staff, and posts subject to geographical distribution.

            Example:
              fingov gender --entity UNODC

            Tables (--table): gender (all staff, the main table), gender-geographical.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @Option(help: ArgumentHelp("Only this entity.", valueName: "name"))
    var entity: String?
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Chart") var charts: ChartOptions

    func run() throws {
        let reference = try data.reference()
        let (tally, intake) = try staffOptions.read(data, reference: reference, into: GenderTally(asOf: asOf, entity: entity))
        let result = GenderParity.compute(tally: tally)
        guard try charts.writeSVG(Tables.genderChart(result).svg()) else { return }
        try output.emit(OutputDocument(command: "gender",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(staffOptions.path(data))),
                                                    Parameter("as_of", .text(asOf.description)), Parameter("entity", .text(entity)), staffOptions.parameter],
                                       tables: [Tables.gender(result, geographical: false), Tables.gender(result, geographical: true)], notes: intake.notes,
                                       inputs: [intake.input(staffOptions.path(data), result.accounting)]),
                        extra: [Tables.genderChart(result).render(style: output.style())])
    }
}

struct Scenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What-if: compare the official ranges with alternatives and list the States whose status changes.",
        discussion: """
            The official view uses the range parameters below. Each --scenario names an alternative as NAME:KEY=VALUE,KEY=VALUE,... with keys scale, population-year, base-figure, weights (m/p/c), flexibility, min-flexibility, min-upper; keys not given keep the official value. Without --scenario, three standard alternatives are compared: the scale period before the official one (with the latest population year not after its end), a minimum flexibility of 5.3 posts, a base figure of 3,700. All scenarios are computed in one matrix product.

            Examples:
              fingov scenarios
              fingov scenarios --scenario "new scale:scale=2025-2027,population-year=2024" --scenario "5.3:min-flexibility=5.3"

            --state ISO3 (repeatable) keeps only those States in the changes and adds their status under every scenario.

            Tables (--table): scenarios (the States whose status changes, the main table), scenarios-summary, scenario-states (with --state).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var countsOptions: CountsOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @OptionGroup var stateOptions: StateOptions
    @Option(help: ArgumentHelp("An alternative: NAME:KEY=VALUE,... (repeatable).", valueName: "spec"), transform: { try ScenarioSpec(parsing: $0) })
    var scenario: [ScenarioSpec] = []
    @OptionGroup(title: "Range parameters (the official view)") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let reference = try data.reference()
        let (official, inForce) = try range.parameters(on: asOf, reference: reference)
        let alternatives = try scenario.isEmpty ? ReportSettings.standardScenarios(from: official, reference: reference) : scenario.map { try $0.scenario(from: official) }
        let (headcounts, intake, _) = try countsOptions.headcounts(data, staffOptions, reference: reference, selection: StaffSelection(asOf: asOf, view: .regular))
        let result = try ScenarioComparison.compute(headcounts: headcounts, reference: reference, official: Scenario(name: "official", parameters: official),
                                                    alternatives: alternatives, asOf: asOf)
        let states = try stateOptions.states(in: reference, folder: data.folder)
        var tables = [Tables.scenarioChanges(result, states: states), Tables.scenarioSummary(result)]
        if let states { tables.append(Tables.scenarioStates(result, states: states)) }
        try output.emit(OutputDocument(command: "scenarios",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(countsOptions.path(data, staffOptions))),
                                                    Parameter("as_of", .text(asOf.description)), Parameter("state", .list(stateOptions.codes.map(\.state.rawValue))),
                                                    Parameter("scenario", .list(alternatives.map { "\($0.name): \($0.parameters.summary)" })), staffOptions.parameter]
                                           + Parameter.inForce(inForce) + Parameter.list(official),
                                       tables: tables, notes: [inForce.note] + intake.notes,
                                       inputs: [intake.input(countsOptions.path(data, staffOptions), result.results[0].accounting)]
                                           + InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: official)))
    }
}
