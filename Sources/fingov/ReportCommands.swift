import ArgumentParser
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports
#if canImport(Glibc)
import Glibc
#endif

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: every table as CSV and every chart as text into a folder, with a README of findings.",
        discussion: """
            Reads the data folder (reference tables, staff.csv, ledger.csv, support-costs.csv, support-shares.csv), computes every table of the representation and allocation commands with their default parameters, and writes them to --out with README.md listing the files, the inputs, every parameter and the headline findings. Same inputs give byte-identical files. Everything is computed before anything is written, and each file is written whole or not at all.

            The data folder is --data, else $FINGOV_DATA, else ./data in the repository, else the data installed with fingov (see --data). Without --out the files go to notebooks-out/ in the current folder, and the last line gives its full path when the current folder is not the repository.

            Example:
              fingov report --data data --out notebooks-out
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vocabulary: VocabularyOptions
    @Option(help: ArgumentHelp("The folder to write into (created if missing). Default: notebooks-out in the current folder.", valueName: "dir"), completion: .directory)
    var out: String?

    @Option(help: "Colour in the terminal summary: auto, always or never.")
    var color: ColorChoice = .auto
    @OptionGroup var rejectsOptions: RejectsOptions
    @OptionGroup(title: "Input format (of the roster and the ledger)") var input: InputFormatOptions

    func validate() throws {
        if out == "-" { throw ValidationError("invalid --out -: the report is a folder of files; '-' (standard output) takes one file, as in a table command's --format csv or export --xlsx -") }
    }

    func run() throws {
        let report = try makeReport(data, vocabulary: vocabulary, color: color, rejecting: rejectsOptions.rejects != nil, format: input.format)
        let folder = out ?? "notebooks-out"
        try OutputFiles.write(report.files, into: folder)
        let rejected = try rejectsOptions.write(report.rejected)
        writeStdout(Array((report.terminalSummary + rejected + "\nWrote \(report.files.count) files to \(shown(folder, given: out != nil))/\n").utf8))
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every table as a CSV file in one folder, for spreadsheet users.",
        discussion: """
            The same tables as `fingov report`, CSV only (no charts, no README), optionally with a byte-order mark for spreadsheet programs that need one to recognise UTF-8. With --xlsx, every table goes instead into one Excel workbook, a sheet per table (numbers as numbers, in full; a frozen header row).

            Examples:
              fingov export --out ~/fingov-tables --bom
              fingov export --xlsx ~/fingov-tables.xlsx
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vocabulary: VocabularyOptions
    @Option(help: ArgumentHelp("The folder to write into (created if missing). Default: fingov-export in the current folder.", valueName: "dir"), completion: .directory)
    var out: String?
    @Flag(help: "Start each file with a UTF-8 byte-order mark.")
    var bom = false
    @Option(help: ArgumentHelp("Write every table into this one Excel workbook (.xlsx, a sheet per table; - for standard output) instead of CSV files into --out.", valueName: "file"), completion: .file())
    var xlsx: String?
    @OptionGroup var rejectsOptions: RejectsOptions
    @OptionGroup(title: "Input format (of the roster and the ledger)") var input: InputFormatOptions

    func validate() throws {
        if out == "-" { throw ValidationError("invalid --out -: export writes a folder of CSV files; for one file on standard output use --xlsx -") }
    }

    func run() throws {
        let report = try makeReport(data, vocabulary: vocabulary, color: .never, rejecting: rejectsOptions.rejects != nil, format: input.format)
        let rejected = try rejectsOptions.write(report.rejected)
        if !rejected.isEmpty { writeStderr(String(rejected.dropFirst())) }
        if let xlsx {
            try OutputFiles.write(try Workbook.xlsx(report.tables), to: xlsx)
            writeStderr("Wrote \(report.tables.count) sheets to \(xlsx)")
            return
        }
        let files = report.files.filter { $0.name.hasSuffix(".csv") }.map { file -> (name: String, bytes: [UInt8]) in
            (file.name, bom ? [0xEF, 0xBB, 0xBF] + file.bytes : file.bytes)
        }
        let folder = out ?? "fingov-export"
        try OutputFiles.write(files, into: folder)
        writeStderr("Wrote \(files.count) CSV files to \(shown(folder, given: out != nil))/")
    }
}

func makeReport(_ data: DataOptions, vocabulary: VocabularyOptions, color: ColorChoice, rejecting: Bool = false, format: InputFormat = .automatic) throws -> FullReport {
    var options = OutputOptions()
    options.color = color
    var settings = ReportSettings(dataFolder: data.folder)
    settings.format = format
    settings.shippedData = data.isShippedData
    settings.vocabularyFolder = vocabulary.folder(data)
    settings.rejecting = rejecting
    return try FullReport.make(settings: settings, terminal: options.style(units: .thousands))
}

/// An output folder as the closing message names it: as given, or, for a default folder outside
/// the repository, with its full path so that the user can find it.
func shown(_ folder: String, given: Bool) -> String {
    guard !given, !DataFolder.currentFolderIsRepository, !folder.hasPrefix("/") else { return folder }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return folder }
    let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (cwd == "/" ? "" : cwd) + "/" + folder
}
