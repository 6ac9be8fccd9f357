import ArgumentParser
import FingovAnalytics
import FingovCSV
import FingovIngest
import FingovModel
import FingovReports

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Desirable ranges under many parameter sets at once: how often each State would have each status.",
        discussion: """
            Draws --sets parameter sets around the official ones (base figure 3,400 to 3,800, minimum flexibility 4.8 to 5.3 posts, flexibility 10 to 20 per cent, membership weight 35 to 45 with population 5 and contribution the rest), or reads them from --sets-file, computes every State's range under each (blocks of 8,192 sets, one matrix product each) and counts how often each State's current staff would leave it unrepresented, underrepresented, within range or overrepresented.

            Sets file columns: base_figure,membership_weight,population_weight,contribution_weight,flexibility_percent,min_flexibility,min_upper.

            Examples:
              fingov sweep --sets 10000
              fingov sweep --sets 100000 --seed 7 --write-sets sets.csv --format csv

            Tables (--table): sweep.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var countsOptions: CountsOptions
    @Option(help: ArgumentHelp("Count staff serving on this date.", valueName: "yyyy-mm-dd"))
    var asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!
    @Option(help: ArgumentHelp("How many parameter sets to draw.", valueName: "n"))
    var sets: Int = 10_000
    @Option(help: "Random seed for the sets.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("Read the parameter sets from this CSV file instead of drawing them.", valueName: "file"), completion: .file())
    var setsFile: String?
    @Option(help: ArgumentHelp("Also write the parameter sets used to this CSV file (- for standard output).", valueName: "file"), completion: .file())
    var writeSets: String?
    @OptionGroup(title: "Range parameters (scale period and population year; the centre of the draw)") var range: RangeOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    static let setColumns = ["base_figure", "membership_weight", "population_weight", "contribution_weight", "flexibility_percent", "min_flexibility", "min_upper"]

    func validate() throws {
        try checkRange(sets, "--sets", 1...10_000_000, unit: "parameter sets")
    }

    func run() throws {
        let reference = try data.reference()
        let (base, inForce) = try range.parameters(on: asOf, reference: reference)
        let parameterSets = try setsFile.map { try readSets($0, base: base) } ?? RangeSweep.randomSets(count: sets, seed: seed, base: base)
        if let writeSets {
            var writer = CSVWriter()
            writer.writeHeader(Self.setColumns)
            for p in parameterSets {
                writer.writeRow([p.baseFigure, p.membershipWeight, p.populationWeight, p.contributionWeight, p.flexibilityPercent,
                                 p.minimumFlexibility, p.minimumUpper].map { .number(shortestDecimal($0)) })
            }
            try OutputFiles.write(writer.bytes, to: writeSets)
        }
        let (headcounts, intake, _) = try countsOptions.headcounts(data, staffOptions, reference: reference, selection: StaffSelection(asOf: asOf))
        let sweep = try RangeSweep.run(reference: reference, base: base, sets: parameterSets, headcounts: headcounts.counts)
        let source = setsFile.map { "sets from \($0)" } ?? "sets drawn with seed \(seed)"
        let table = Tables.sweep(sweep, headcounts: headcounts, reference: reference, base: base, source: source)
        try output.emit(OutputDocument(command: "sweep",
                                       parameters: [Parameter("data", .text(data.folder)), Parameter("staff", .text(countsOptions.path(data, staffOptions))),
                                                    Parameter("as_of", .text(asOf.description)), Parameter("sets", .integer(parameterSets.count)),
                                                    Parameter("seed", setsFile == nil ? Int(exactly: seed).map(ParameterValue.integer) ?? .text(String(seed)) : .null), Parameter("sets_file", .text(setsFile)),
                                                    Parameter("scale", .text(base.scalePeriod.rawValue)), Parameter("population_year", .integer(base.populationYear)), staffOptions.parameter]
                                           + Parameter.inForce(inForce),
                                       tables: [table], notes: [inForce.note] + intake.notes,
                                       inputs: [intake.input(countsOptions.path(data, staffOptions), headcounts.accounting)]
                                           + InputFile.referenceFiles(folder: data.folder, reference: reference, parameters: base)))
    }

    func readSets(_ path: String, base: RangeParameters) throws -> [RangeParameters] {
        try { () throws(DataError) in
            var file = try DataFile(path: path, required: Self.setColumns)
            return try file.decodeRows { (row: DataRow) throws(CSVError) -> RangeParameters in
                func number(_ column: String) throws(CSVError) -> Double {
                    try row.value(column, expected: "a number") { Double($0).flatMap { $0.isFinite ? $0 : nil } }
                }
                var p = base
                p.baseFigure = try number("base_figure")
                p.membershipWeight = try number("membership_weight")
                p.populationWeight = try number("population_weight")
                p.contributionWeight = try number("contribution_weight")
                p.flexibilityPercent = try number("flexibility_percent")
                p.minimumFlexibility = try number("min_flexibility")
                p.minimumUpper = try number("min_upper")
                do { try p.validate() } catch { throw row.error("base_figure", "invalid parameter set: \(error)") }
                return p
            }
        }()
    }
}
