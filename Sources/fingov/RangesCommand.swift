import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

struct Ranges: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Desirable ranges of all Member States from the scale of assessments, population and base figure.",
        discussion: """
            midpoint = membership + population + contribution, where membership = 40 % of B / N, population = 5 % of B x the State's share of population, contribution = 55 % of B x its rate in the scale; flexibility = max(15 % of the midpoint, 4.8 posts); lower = midpoint - flexibility; upper = max(midpoint + flexibility, 14). Each published figure is rounded half up from its unrounded value.

            Examples:
              fingov ranges
              fingov ranges --scale 2025-2027 --population-year 2024 --format csv > ranges.csv
              fingov ranges --min-flexibility 5.3 --base-figure 3700

            The scale of assessments and the population year are those in force on --as-of (the scale period containing its year; the latest population year not after it) unless --scale or --population-year is given. --state ISO3 (repeatable, any case) shows only those States.

            Tables (--table): ranges.
            """)

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The date whose scale of assessments and population are used when --scale or --population-year is not given.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let reference = try data.reference()
        let (parameters, inForce) = try range.parameters(on: asOf, reference: reference)
        let ranges = try DesirableRanges.compute(reference: reference, parameters: parameters)
        let states = try stateOptions.states(in: reference, folder: data.folder)
        try output.emit(OutputDocument(command: "ranges", parameters: [Parameter("data", .text(data.folder)), Parameter("state", .list(stateOptions.codes.map(\.state.rawValue)))] + Parameter.inForce(inForce) + Parameter.list(parameters),
                                       tables: [Tables.ranges(ranges, reference: reference, states: states)], notes: [inForce.note],
                                       inputs: InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: parameters)))
    }
}
