import ArgumentParser
import FingovCSV
import FingovIngest

/// `--delimiter`: `comma`, `semicolon`, `tab`, or the character itself (`,`, `;`, `\t`).
enum DelimiterChoice: String, CaseIterable, ExpressibleByArgument {
    case comma, semicolon, tab

    init?(argument: String) {
        guard let delimiter = Delimiter(name: argument) else { return nil }
        self.init(rawValue: delimiter.description)
    }

    var delimiter: Delimiter { Delimiter(name: rawValue)! }
}

extension TextEncoding: ExpressibleByArgument {
    /// `utf-8`, `utf-16`, `windows-1252` or `latin1` (and the usual other spellings).
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// How the roster or ledger (and a counts file) is written, for what the file itself cannot
/// tell: by default the delimiter is found from the header line, the encoding is UTF-8 or
/// UTF-16 with its byte-order mark, and amounts have a decimal point (or a decimal comma in a
/// semicolon-separated file).
struct InputFormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The separator between fields of the input file: comma, semicolon (what spreadsheets in many European locales write) or tab (Excel's \"Unicode text\"); also ',', ';' or '\\t'. Default: the one the header line uses.", valueName: "separator"))
    var delimiter: DelimiterChoice?
    @Option(help: ArgumentHelp("The text encoding of the input file: utf-8, utf-16, windows-1252 (Excel's \"CSV\" on Windows) or latin1 (ISO-8859-1). Default: UTF-8, or UTF-16 when the file starts with its byte-order mark (Excel's \"Unicode text\"); a file that is not UTF-8 is refused with a message that names its likely encoding.", valueName: "encoding"))
    var encoding: TextEncoding?
    @Flag(help: "Read amounts with a decimal comma: 1234,56, or 1.234,56 with a dot between thousands (without it, a semicolon-separated file's amounts are read with a decimal comma where so written, else with a decimal point).")
    var decimalComma = false

    /// The format to read with.
    var format: InputFormat { InputFormat(encoding: encoding, delimiter: delimiter?.delimiter, decimalComma: decimalComma) }

}
