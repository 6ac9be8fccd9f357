import FingovCSV

/// The columns a data file may have.
public struct Columns: Hashable, Sendable {
    /// Columns every file must have, in their usual order (messages list them).
    public var required: [String]
    /// Columns a file may have; the decoder reads them when present.
    public var optional: [String]
    /// Columns a file may have that no decoder reads (kept by other tools).
    public var ignored: [String]
    /// Whether any other column is accepted too, ignored and listed (`DataHeader.unknownNames`)
    /// for the notes; otherwise an unknown column is an error (for reference files, where it
    /// usually means the wrong file).
    public var acceptsOthers: Bool

    /// The columns of a file.
    public init(required: [String], optional: [String] = [], ignored: [String] = [], acceptsOthers: Bool = false) {
        self.required = required
        self.optional = optional
        self.ignored = ignored
        self.acceptsOthers = acceptsOthers
    }
}

/// The header row of a data file, checked: every required column once, nothing unknown unless
/// the file accepts other columns (`Columns.acceptsOthers`).
public struct DataHeader: Sendable {
    /// The names as read.
    public let names: [String]
    /// The columns that are neither required, optional nor known to be ignored, in header
    /// order: ignored, for the notes.
    public let unknownNames: [String]
    /// The position of each column.
    public let columnIndex: [String: Int]
    /// The byte offset just after the header row, where the data rows start.
    public let bodyOffset: Int
    /// The delimiter of the file (given, or found from the header line).
    public let delimiter: Delimiter
    /// How the file's amounts write their decimals (`InputFormat.decimalMark(for:)`).
    public let decimalMark: DecimalMark
    /// The encoding the file was read in (`.utf8` for a file given as UTF-8 bytes).
    public var encoding: TextEncoding = .utf8

    /// Reads and checks the header with `reader`, which is left at the first data row.
    ///
    /// - Parameter format: says, with the reader's delimiter, how amounts are written.
    /// - Throws: `DataError` for an empty file, a duplicated or unknown column, or a missing
    ///   required column (each located at line 1 and its column), or a header of UTF-16 read
    ///   as UTF-8.
    public init(reading reader: inout CSVReader, columns: Columns, format: InputFormat = .automatic) throws(DataError) {
        let required = columns.required, optional = columns.optional
        let file = reader.file
        var record = CSVRecord()
        let hasHeader: Bool
        do { hasHeader = try reader.readRecord(into: &record) } catch { throw DataError(error) }
        guard hasHeader else {
            throw DataError(file: file, message: "the file is empty (expected a header row: \(required.joined(separator: ",")))")
        }
        let header = record.strings()
        if header.contains(where: { $0.utf8.contains(0) }) {
            throw DataError(CSVError(file: file, line: record.line, column: 0,
                                     message: "the header holds NUL bytes (found UTF-16 text without a byte-order mark, expected UTF-8): read it with --encoding utf-16"))
        }
        var index: [String: Int] = [:]
        var problems: [CSVError] = []
        var unknown: [String] = []
        let known = Set(required + optional + columns.ignored)
        for (i, name) in header.enumerated() {
            if index[name] != nil {
                if known.contains(name) || !columns.acceptsOthers {
                    problems.append(CSVError(file: file, at: record.position(ofField: i), message: "column '\(name)' appears twice in the header"))
                }
            } else if !known.contains(name) && columns.acceptsOthers {
                unknown.append(name)
            } else if !known.contains(name) {
                problems.append(CSVError(file: file, at: record.position(ofField: i),
                                         message: "unknown column (found '\(name)', expected one of \((required + optional).joined(separator: ",")))"))
            }
            index[name] = index[name] ?? i
        }
        for name in required where index[name] == nil {
            problems.append(CSVError(file: file, line: record.line, column: 0,
                                     message: "the header has no column '\(name)' (expected \(required.joined(separator: ",")))"
                                        + Self.delimiterHint(header, reader.delimiter)))
        }
        if !problems.isEmpty { throw DataError(problems) }
        self.names = header
        self.unknownNames = unknown
        self.columnIndex = index
        self.bodyOffset = reader.offset
        self.delimiter = reader.delimiter
        self.decimalMark = format.decimalMark(for: reader.delimiter)
    }

    /// A hint when a header of one column holds another delimiter than the one it was read with.
    static func delimiterHint(_ header: [String], _ delimiter: Delimiter) -> String {
        guard header.count == 1, let other = Delimiter.allCases.first(where: { $0 != delimiter && header[0].utf8.contains($0.rawValue) }) else { return "" }
        return "; the header was read with a \(delimiter) between columns but holds a \(other): give --delimiter \(other)"
    }
}
