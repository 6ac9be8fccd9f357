import FingovAnalytics
import FingovModel

/// The value of one parameter of a command's answer, as JSON writes it.
public enum ParameterValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// A real number, written in full (see ``shortestDecimal(_:)``).
    case number(Double)
    case flag(Bool)
    /// A repeatable option: a JSON array of strings.
    case list([String])
    /// An option not given that has no default (`null`).
    case null

    /// Text, or ``null`` when `nil`.
    public static func text(_ value: String?) -> ParameterValue { value.map(ParameterValue.text) ?? .null }

    /// An integer, or ``null`` when `nil`.
    public static func integer(_ value: Int?) -> ParameterValue { value.map(ParameterValue.integer) ?? .null }

    var json: String {
        switch self {
        case .text(let s): return jsonString(s)
        case .integer(let n): return String(n)
        case .number(let x): return shortestDecimal(x)
        case .flag(let b): return b ? "true" : "false"
        case .list(let items): return jsonArray(items)
        case .null: return "null"
        }
    }
}

/// One parameter that shaped a command's answer: its name in snake case (`as_of`,
/// `base_figure`) and its value.
public struct Parameter: Hashable, Sendable {
    public var name: String
    public var value: ParameterValue

    public init(_ name: String, _ value: ParameterValue) {
        self.name = name
        self.value = value
    }

    /// The parameters of the system of desirable ranges, under the names of their options
    /// (`--weights` as its three parts).
    public static func list(_ p: RangeParameters) -> [Parameter] {
        [Parameter("base_figure", .number(p.baseFigure)), Parameter("scale", .text(p.scalePeriod.rawValue)),
         Parameter("population_year", .integer(p.populationYear)),
         Parameter("membership_weight", .number(p.membershipWeight)), Parameter("population_weight", .number(p.populationWeight)),
         Parameter("contribution_weight", .number(p.contributionWeight)),
         Parameter("flexibility", .number(p.flexibilityPercent)), Parameter("min_flexibility", .number(p.minimumFlexibility)),
         Parameter("min_upper", .number(p.minimumUpper))]
    }
}

/// An input file and how its rows were used.
public struct InputFile: Hashable, Sendable {
    /// The path as the user gave it (or as the default resolved).
    public var path: String
    public var accounting: RowAccounting

    public init(path: String, accounting: RowAccounting) {
        self.path = path
        self.accounting = accounting
    }

    /// A file every row of which was used (`rowCount` rows).
    public init(path: String, allUsed rowCount: Int) {
        var accounting = RowAccounting()
        accounting.rowsRead = rowCount
        accounting.used = rowCount
        self.init(path: path, accounting: accounting)
    }
}

extension InputFile {
    /// The three reference files of the system of desirable ranges in `folder`, as `parameters`
    /// use them: every Member State; the rates of the scale period (other periods excluded);
    /// the populations of the year (other years excluded). Each file has one row per State and
    /// period or year (the loader rejects duplicates), so its rows are counted from `reference`.
    public static func referenceFiles(folder: String, reference: ReferenceData, parameters: RangeParameters) -> [InputFile] {
        let states = InputFile(path: folder + "/" + ReferenceData.memberStatesFile, allUsed: reference.states.count)
        var scale = RowAccounting()
        scale.rowsRead = reference.scales.values.map(\.count).reduce(0, +)
        scale.used = reference.scales[parameters.scalePeriod]?.count ?? 0
        scale.exclude("in other scale periods than \(parameters.scalePeriod)", count: scale.rowsRead - scale.used)
        var population = RowAccounting()
        population.rowsRead = reference.populations.values.map(\.count).reduce(0, +)
        population.used = reference.populations[parameters.populationYear]?.count ?? 0
        population.exclude("in other years than \(parameters.populationYear)", count: population.rowsRead - population.used)
        return [states, InputFile(path: folder + "/" + ReferenceData.scaleFile, accounting: scale),
                InputFile(path: folder + "/" + ReferenceData.populationFile, accounting: population)]
    }
}

/// A table name that the command does not have, with the names it has.
public struct UnknownTableError: Error, Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var description: String {
        "invalid --table (found '\(name)', expected one of: \(known.joined(separator: ", ")))"
    }
}

/// Everything a command answers, in the one shape every output format is made from: the command
/// and its parameters, its tables (the first is the main table), notes, and the inputs with
/// their row accounting.
///
/// - `json()` writes all of it as one object.
/// - CSV writes one table: the main table, or another chosen by name (``table(named:)``).
/// - A text table shows each table with its own notes under it.
public struct OutputDocument: Sendable {
    /// The command's name (`representation`).
    public var command: String
    /// The options that shaped the answer, in the order of the command's help.
    public var parameters: [Parameter]
    /// The tables; the first is the command's main table.
    public var tables: [ReportTable]
    /// Notes about the whole answer, besides those of the tables.
    public var notes: [String]
    /// The input files and how their rows were used.
    public var inputs: [InputFile]

    public init(command: String, parameters: [Parameter] = [], tables: [ReportTable], notes: [String] = [], inputs: [InputFile] = []) {
        precondition(!tables.isEmpty, "the output of \(command) has no table")
        self.command = command
        self.parameters = parameters
        self.tables = tables
        self.notes = notes
        self.inputs = inputs
    }

    /// The names of the tables, main table first.
    public var tableNames: [String] { tables.map(\.name) }

    /// The table called `name`, or the main table when `name` is `nil`.
    /// - Throws: ``UnknownTableError`` naming the tables there are.
    public func table(named name: String?) throws(UnknownTableError) -> ReportTable {
        guard let name else { return tables[0] }
        guard let table = tables.first(where: { $0.name == name }) else { throw UnknownTableError(name: name, known: tableNames) }
        return table
    }

    /// The notes of every table, in order and each once, then the document's own notes: the
    /// top-level `notes` of the JSON object.
    public var allNotes: [String] {
        var seen = Set<String>(), out: [String] = []
        for note in tables.flatMap(\.notes) + notes where seen.insert(note).inserted { out.append(note) }
        return out
    }

    /// The document as one JSON object:
    ///
    ///     {"command": NAME, "parameters": {NAME: VALUE, ...},
    ///      "tables": [{"name", "title", "columns", "rows", "totals", "notes"}, ...],
    ///      "notes": [TEXT, ...],
    ///      "inputs": [{"file": PATH, "rows_read": N, "rows_used": N, "rows_excluded": {REASON: N}}]}
    ///
    /// Rows are objects keyed by column name; numbers are JSON numbers written in full (money
    /// to the cent, other real numbers as their shortest round-trip decimal); empty cells are
    /// `null`. The top-level `notes` gathers every table's notes (see ``allNotes``); each table
    /// keeps its own too.
    public func json() -> String {
        var out = "{\n  \"command\": \(jsonString(command)),\n"
        out += "  \"parameters\": {" + parameters.map { "\(jsonString($0.name)): \($0.value.json)" }.joined(separator: ", ") + "},\n"
        out += "  \"tables\": [\n" + tables.map { "    " + $0.jsonObject(indent: "    ") }.joined(separator: ",\n") + "\n  ],\n"
        out += "  \"notes\": [" + allNotes.map { "\n    " + jsonString($0) }.joined(separator: ",") + (allNotes.isEmpty ? "],\n" : "\n  ],\n")
        out += "  \"inputs\": [" + inputs.map { "\n    " + Self.json($0) }.joined(separator: ",") + (inputs.isEmpty ? "]\n" : "\n  ]\n")
        return out + "}\n"
    }

    private static func json(_ input: InputFile) -> String {
        let a = input.accounting
        return "{\"file\": \(jsonString(input.path)), \"rows_read\": \(a.rowsRead), \"rows_used\": \(a.used), \"rows_excluded\": {"
            + a.excluded.map { "\(jsonString($0.reason)): \($0.count)" }.joined(separator: ", ") + "}}"
    }

    /// The document with only the table called `name` (all of it when `name` is `nil`).
    /// - Throws: ``UnknownTableError`` naming the tables there are.
    public func selecting(table name: String?) throws(UnknownTableError) -> OutputDocument {
        guard let name else { return self }
        var selected = self
        selected.tables = [try table(named: name)]
        return selected
    }

    /// The tables as aligned text, each with its notes under it, then the document's own notes,
    /// then `extra` (charts), separated by blank lines.
    public func text(style: TextStyle, extra: [String] = []) -> String {
        let own = notes.isEmpty ? [] : [notes.map { "  " + $0 + "\n" }.joined()]
        return (tables.map { $0.text(style: style) } + own + extra).joined(separator: "\n")
    }

    /// One table as CSV: the main table, or the one called `name`.
    public func csv(table name: String? = nil, byteOrderMark: Bool = false) throws(UnknownTableError) -> [UInt8] {
        try table(named: name).csv(byteOrderMark: byteOrderMark)
    }
}
