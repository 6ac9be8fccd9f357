import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

struct OutlookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlook",
        abstract: "Retirement outlook: staff reaching the retirement age in the next years, and each State's status if they are not replaced.",
        discussion: """
            Counts the staff in posts subject to geographical distribution serving on --as-of (as representation does), and those of them who reach --retirement-age (65, the mandatory age of separation for all staff since 1 January 2018, General Assembly resolution 70/244) after --as-of and on or before the same day --years later. Each State's status is shown now and with those staff gone and not replaced, against the same ranges (the scale and population in force on --as-of).

            The roster needs a date_of_birth column (YYYY-MM-DD); staff without one are counted now and never as retiring, and the notes say how many.

            Examples:
              fingov outlook
              fingov outlook --years 10 --state KEN --state NOR
              fingov outlook --format csv > outlook.csv

            Tables (--table): outlook.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @Option(help: ArgumentHelp("The window after --as-of, in years.", valueName: "n"))
    var years: Int = 5
    @Option(help: ArgumentHelp("The age of retirement.", valueName: "age"))
    var retirementAge: Int = 65
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup(title: "Range parameters") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        try checkRange(years, "--years", 1...50)
        try checkRange(retirementAge, "--retirement-age", 40...80)
    }

    func run() throws {
        let reference = try data.reference()
        let (parameters, inForce) = try range.parameters(on: asOf, reference: reference)
        let selection = StaffSelection(asOf: asOf, view: .regular)
        let (tally, intake) = try staffOptions.read(data, reference: reference, into: RetirementTally(selection: selection, years: years, retirementAge: retirementAge))
        let outlook = try RetirementOutlook.compute(tally: tally, reference: reference, parameters: parameters)
        let states = try stateOptions.states(in: reference, folder: data.folder)
        try output.emit(OutputDocument(command: "outlook",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(staffOptions.path(data))),
                                                    Parameter("as_of", .text(asOf.description)), Parameter("years", .integer(years)),
                                                    Parameter("retirement_age", .integer(retirementAge)), Parameter("state", .list(stateOptions.codes.map(\.state.rawValue))), staffOptions.parameter]
                                           + Parameter.inForce(inForce) + Parameter.list(parameters),
                                       tables: [Tables.outlook(outlook, states: states)], notes: [inForce.note] + intake.notes,
                                       inputs: [intake.input(staffOptions.path(data), outlook.representation.accounting)]
                                           + InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: parameters)))
    }
}
