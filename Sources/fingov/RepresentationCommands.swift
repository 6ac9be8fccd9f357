import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

/// The roster and the date staff are counted on.
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date). Default: DATA/staff.csv.", valueName: "file"))
    var staff: String?

    func path(_ data: DataOptions) -> String { staff ?? data.folder + "/staff.csv" }
}

/// Runs a streaming analysis of a roster: bad data exits 65 with its positions, an analysis
/// error (such as no staff in the selection) exits 65 with its message.
func streamed<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as DataError {
        writeStderr("fingov: bad input data:\n" + error.description)
        throw ExitCode(65)
    } catch let error as RangeError {
        throw failData(error.description)
    }
}

extension FundingView: ExpressibleByArgument {}
extension RepresentationStatus: ExpressibleByArgument {}

struct RepresentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "representation",
        abstract: "Each Member State's staff against its desirable range: status and gaps.",
        discussion: """
            Counts the staff serving on --as-of by nationality. --funding regular (the official view) counts Professional and higher staff on regular-budget posts without special language requirements; --funding all counts all Professional and higher staff whatever funds their post, with the base figure set to their number. --entity restricts to one department or office and scales the ranges to its staff (indicative only).

            Statuses: unrepresented (0 staff), underrepresented (below the lower limit), within-range-below-midpoint, within-range-at-or-above-midpoint, overrepresented (above the upper limit).

            Examples:
              fingov representation --status underrepresented --status unrepresented
              fingov representation --funding all --format csv > all-funding.csv
              fingov representation --entity UNODC --top 10
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: String = "2025-12-31"
    @Option(help: "regular: posts subject to geographical distribution; all: all Professional and higher staff.")
    var funding: FundingView = .regular
    @Option(help: ArgumentHelp("Only this entity (department or office), with indicative ranges.", valueName: "name"))
    var entity: String?
    @Option(help: "Show only States with this status (repeatable).")
    var status: [RepresentationStatus] = []
    @Option(help: ArgumentHelp("Show only the N States farthest from their range.", valueName: "n"))
    var top: Int?
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("invalid --top (found \(top), expected 1 or more)") }
    }

    func run() throws {
        let reference = try data.reference()
        let parameters = try range.parameters()
        let asOf = try parseDate(self.asOf, "--as-of")
        let selection = StaffSelection(asOf: asOf, view: funding, entity: entity)
        let headcounts = try streamed { try Ingest.read(roster: staffOptions.path(data), reference: reference, into: Headcounts(selection: selection)) }
        if let entity, headcounts.rowsRead == headcounts.exclusions[StaffExclusion.otherEntity.rawValue] {
            throw failData("no staff in entity '\(entity)' in \(staffOptions.path(data))")
        }
        let result = try streamed { try Representation.compute(headcounts: headcounts, reference: reference, parameters: parameters, selection: selection) }
        let statuses = status.isEmpty ? nil : Set(status)
        let chart = Tables.rangeChart(result, statuses: statuses, top: top ?? (statuses == nil ? 25 : nil))
        output.emit([Tables.representation(result, statuses: statuses, top: top), Tables.statusCounts(result)],
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
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("First day of the period.", valueName: "yyyy-mm-dd"))
    var from: String = "2025-01-01"
    @Option(help: ArgumentHelp("Last day of the period.", valueName: "yyyy-mm-dd"))
    var to: String = "2025-12-31"
    @Option(help: ArgumentHelp("The target share, in per cent.", valueName: "percent"))
    var target: Double = 50
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let reference = try data.reference()
        let parameters = try range.parameters()
        let from = try parseDate(self.from, "--from"), to = try parseDate(self.to, "--to")
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
        let result = try streamed {
            try AppointmentTarget.compute(records: Ingest.read(roster: staffOptions.path(data), reference: reference, into: AppointmentRecords(from: from, to: to)),
                                          reference: reference, parameters: parameters, targetPercent: target)
        }
        output.emit([Tables.appointments(result)])
    }
}

struct Gender: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Women's share by grade and overall, against parity and the 47-53 per cent zone.",
        discussion: """
            Counts staff serving on --as-of. The share is of staff whose gender is recorded (X rows are shown apart). Two tables: all staff, and posts subject to geographical distribution.

            Example:
              fingov gender --entity UNODC
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: String = "2025-12-31"
    @Option(help: ArgumentHelp("Only this entity.", valueName: "name"))
    var entity: String?
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let reference = try data.reference()
        let asOf = try parseDate(self.asOf, "--as-of")
        let result = try streamed { try GenderParity.compute(tally: Ingest.read(roster: staffOptions.path(data), reference: reference, into: GenderTally(asOf: asOf, entity: entity))) }
        output.emit([Tables.gender(result, geographical: false), Tables.gender(result, geographical: true)],
                    extra: [Tables.genderChart(result).render(style: output.style())])
    }
}

struct Scenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What-if: compare the official ranges with alternatives and list the States whose status changes.",
        discussion: """
            The official view uses the range parameters below. Each --scenario names an alternative as NAME:KEY=VALUE,KEY=VALUE,... with keys scale, population-year, base-figure, weights (m/p/c), flexibility, min-flexibility, min-upper; keys not given keep the official value. Without --scenario, three standard alternatives are compared: the 2022-2024 scale (populations 2022), a minimum flexibility of 5.3 posts, a base figure of 3,700. All scenarios are computed in one matrix product.

            Examples:
              fingov scenarios
              fingov scenarios --scenario "new scale:scale=2025-2027,population-year=2024" --scenario "5.3:min-flexibility=5.3"
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: String = "2025-12-31"
    @Option(help: ArgumentHelp("An alternative: NAME:KEY=VALUE,... (repeatable).", valueName: "spec"))
    var scenario: [String] = []
    @OptionGroup(title: "Range parameters (the official view)") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let reference = try data.reference()
        let official = try range.parameters()
        let alternatives = try scenario.isEmpty ? ReportSettings.standardScenarios(from: official) : scenario.map { try parseScenario($0, official) }
        let asOf = try parseDate(self.asOf, "--as-of")
        let headcounts = try streamed {
            try Ingest.read(roster: staffOptions.path(data), reference: reference, into: Headcounts(selection: StaffSelection(asOf: asOf, view: .regular)))
        }
        let result = try streamed {
            try ScenarioComparison.compute(headcounts: headcounts, reference: reference, official: Scenario(name: "official", parameters: official),
                                           alternatives: alternatives, asOf: asOf)
        }
        output.emit([Tables.scenarioChanges(result), Tables.scenarioSummary(result)])
    }
}

/// Parses `NAME:KEY=VALUE,...` into a scenario based on `official`.
func parseScenario(_ spec: String, _ official: RangeParameters) throws -> Scenario {
    guard let colon = spec.firstIndex(of: ":"), colon != spec.startIndex else {
        throw ValidationError("invalid --scenario (found '\(spec)', expected NAME:KEY=VALUE,... such as 'new scale:scale=2025-2027')")
    }
    let name = String(spec[..<colon])
    var p = official
    for assignment in spec[spec.index(after: colon)...].split(separator: ",") {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ValidationError("invalid --scenario '\(name)': '\(assignment)' is not KEY=VALUE") }
        let (key, value) = (parts[0].trimmingCharacters(in: " "), parts[1].trimmingCharacters(in: " "))
        func number() throws -> Double {
            guard let x = Double(value) else { throw ValidationError("invalid --scenario '\(name)': \(key) (found '\(value)', expected a number)") }
            return x
        }
        switch key {
        case "scale": p.scalePeriod = try parsePeriod(value, "--scenario '\(name)' scale")
        case "population-year": p.populationYear = Int(try number())
        case "base-figure": p.baseFigure = try number()
        case "flexibility": p.flexibilityPercent = try number()
        case "min-flexibility": p.minimumFlexibility = try number()
        case "min-upper": p.minimumUpper = try number()
        case "weights":
            let w = value.split(separator: "/").compactMap { Double($0) }
            guard w.count == 3 else { throw ValidationError("invalid --scenario '\(name)': weights (found '\(value)', expected m/p/c such as 40/5/55)") }
            (p.membershipWeight, p.populationWeight, p.contributionWeight) = (w[0], w[1], w[2])
        default:
            throw ValidationError("invalid --scenario '\(name)': unknown key '\(key)' (expected scale, population-year, base-figure, weights, flexibility, min-flexibility or min-upper)")
        }
    }
    do { try p.validate() } catch { throw ValidationError("invalid --scenario '\(name)': \("\(error)")") }
    return Scenario(name: name, parameters: p)
}
