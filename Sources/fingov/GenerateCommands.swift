import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write synthetic but realistic data: a staff roster, a ledger, or the support-cost example.",
        discussion: "The same seed always gives the same file. The default data in ./data was written by these commands.",
        subcommands: [GenerateStaff.self, GenerateLedger.self, GenerateSupportCosts.self])
}

struct GenerateStaff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "A synthetic roster of the UN Secretariat.",
        discussion: """
            Nationalities of geographical staff follow each State's official midpoint times a drawn factor, so every status occurs. The default data: --count 40000 --seed 2026.

            Example:
              fingov generate staff --count 40000 --seed 2026 --out data/staff.csv
            """)

    @OptionGroup var data: DataOptions
    @Option(help: "Number of rows.") var count: Int = 40_000
    @Option(help: "Random seed.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("Output file, or - for standard output.", valueName: "file"), completion: .file()) var out: String
    @Flag(help: "Make text fields that need quoting (commas, quotes, line breaks), for parser tests.")
    var hostileText = false

    func validate() throws {
        try checkRange(count, "--count", 0...1_000_000_000, unit: "rows")
    }

    func run() throws {
        let reference = try data.reference()
        let ranges = try DesirableRanges.compute(reference: reference, parameters: .official)
        let roster = SyntheticRoster(stateWeights: ranges.ranges.map { ($0.state, $0.midpointExact) }, seed: seed, hostileText: hostileText)
        try OutputFiles.writeStreaming(to: out) { emit in try roster.write(count: count, flush: emit) }
    }
}

struct GenerateLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "A synthetic consolidated budget of UNODC, 2018-2021.",
        discussion: """
            Without --rows: one line per year, fund, source, office and category, with exact yearly totals (2020-2021: USD 806,072,300.00). With --rows N: N random lines of the same vocabularies, for benchmarks; add --with-description for a transaction ledger, with a description column (a document number and free text, distinct on every line) before the amount, which the summaries ignore.

            Example:
              fingov generate ledger --seed 2026 --out data/ledger.csv
            """)

    @Option(help: "Number of random rows (default: the realistic budget).") var rows: Int?

    func validate() throws {
        if let rows { try checkRange(rows, "--rows", 0...10_000_000_000, unit: "rows") }
        if withDescription && rows == nil { throw ValidationError("--with-description needs --rows N (the default ledger has no descriptions)") }
    }
    @Option(help: "Random seed.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("Output file, or - for standard output.", valueName: "file"), completion: .file()) var out: String
    @Flag(help: "With --rows: add a description column before the amount, distinct on every line (a transaction ledger).")
    var withDescription = false

    func run() throws {
        let ledger = SyntheticLedger(seed: seed)
        if let rows {
            try OutputFiles.writeStreaming(to: out) { emit in try ledger.writeRandom(rows: rows, description: withDescription, flush: emit) }
        } else {
            try OutputFiles.write(ledger.csv(), to: out)
        }
    }
}

struct GenerateSupportCosts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-costs",
        abstract: "The example of central services serving each other and the programmes.",
        discussion: "Writes FOLDER/support-costs.csv and FOLDER/support-shares.csv.")

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"), completion: .directory) var out: String = "data"

    func run() throws {
        try OutputFiles.write([("support-costs.csv", SyntheticSupportCosts.costsCSV()), ("support-shares.csv", SyntheticSupportCosts.sharesCSV())], into: out)
    }
}
