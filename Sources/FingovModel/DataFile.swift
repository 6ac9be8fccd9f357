import FingovCSV
import FingovIngest

/// A CSV file with a header row, decoded row by row into typed values.
///
/// The header must hold every required column once; a column that is neither required nor
/// optional, or one named twice, is an error (it usually means the wrong file). Every data row
/// must have as many fields as the header.
public struct DataFile: Sendable {
    /// The file name used in messages.
    public let file: String
    private var reader: CSVReader
    /// The position of each column named in the header.
    public let columnIndex: [String: Int]
    /// The header as read.
    public let header: [String]

    /// Opens `bytes` (the contents of `file`) and checks its header; with `acceptsOthers`, other
    /// columns are ignored (`unknownColumns`). The text is read as `format` says: by default
    /// UTF-8 (or UTF-16 with its byte-order mark), with the delimiter of the header line.
    public init(bytes: [UInt8], file: String, required: [String], optional: [String] = [], acceptsOthers: Bool = false,
                format: InputFormat = .automatic) throws(DataError) {
        self.file = file
        let (text, encoding) = try format.utf8(bytes, file: file)
        var reader = CSVReader(bytes: text, file: file, delimiter: format.delimiter)
        let header = try DataHeader(reading: &reader, columns: Columns(required: required, optional: optional, acceptsOthers: acceptsOthers),
                                    format: format)
        var notes = IntakeNotes()
        notes.noteFormat(of: header, amounts: false)
        notes.encoding = encoding
        self.formatNotes = notes
        self.decimalMark = header.decimalMark
        self.unknownColumns = header.unknownNames
        self.reader = reader
        self.columnIndex = header.columnIndex
        self.header = header.names
    }

    /// Opens the file at `path` and checks its header.
    public init(path: String, required: [String], optional: [String] = [], acceptsOthers: Bool = false,
                format: InputFormat = .automatic) throws(DataError) {
        try self.init(bytes: readFileBytes(path), file: path, required: required, optional: optional, acceptsOthers: acceptsOthers, format: format)
    }

    /// How the file was read (delimiter, encoding), for the notes (`IntakeNotes.sentences(file:)`).
    public let formatNotes: IntakeNotes
    /// How the file's amounts write their decimals (`DataRow.money`).
    let decimalMark: DecimalMark

    /// The character column where field `field` (one-based) starts on line `line` of the CSV
    /// file at `path`, read again (a small file, on the error path): for messages about a
    /// record found after the file was read (an allocation's shares). The field number itself
    /// when the file cannot be read again.
    public static func characterColumn(ofField field: Int, line: Int, inFile path: String) -> Int {
        guard field > 0, let bytes = try? readFileBytes(path), let text = try? InputFormat.automatic.utf8(bytes, file: path).bytes else { return field }
        var reader = CSVReader(bytes: text, file: path)
        var record = CSVRecord()
        while (try? reader.readRecord(into: &record)) == true && record.line <= line {
            if record.line == line { return record.position(ofField: field - 1).column }
        }
        return field
    }

    /// The columns of the header that are ignored (only with `acceptsOthers`).
    public let unknownColumns: [String]

    /// Decodes every data row with `decode`, collecting up to `problemLimit` problems.
    ///
    /// - Throws: `DataError` with every problem found (the rows are all read so that the count
    ///   of unlisted problems is right).
    public mutating func decodeRows<T>(_ decode: (DataRow) throws(CSVError) -> T) throws(DataError) -> [T] {
        var values: [T] = []
        var problems: [CSVError] = []
        var unlisted = 0
        var record = CSVRecord()
        func note(_ problem: CSVError) {
            if problems.count < ProblemList.limit { problems.append(problem) } else { unlisted += 1 }
        }
        while true {
            do {
                guard try reader.readRecord(into: &record) else { break }
            } catch {
                note(error) // a malformed file cannot be read further
                break
            }
            guard record.count == header.count else {
                note(CSVError(file: file, at: record.position(ofField: min(record.count, header.count)),
                              message: "wrong number of fields (found \(record.count), expected \(header.count))"))
                continue
            }
            do {
                values.append(try decode(DataRow(record: record, file: file, columnIndex: columnIndex, decimalMark: decimalMark)))
            } catch {
                note(error)
            }
        }
        if !problems.isEmpty { throw DataError(problems, unlisted: unlisted) }
        return values
    }
}

/// One data row of a `DataFile`, with typed access to its fields by column name.
public struct DataRow {
    /// The record.
    public let record: CSVRecord
    /// The file name used in messages.
    public let file: String
    let columnIndex: [String: Int]
    /// How the file's amounts write their decimals.
    var decimalMark: DecimalMark = .point

    /// The line the row starts on.
    public var line: Int { record.line }

    /// The position of `column`; the column must be in the header (required or present optional).
    public func index(of column: String) -> Int? { columnIndex[column] }

    /// The text of `column`, or `""` when an optional column is absent.
    public func text(_ column: String) -> String {
        guard let i = columnIndex[column] else { return "" }
        return record.string(i)
    }

    /// An error located where `column` starts in this row (line and character column), or on
    /// the row's line when the column is absent.
    public func error(_ column: String, _ message: String) -> CSVError {
        guard let index = columnIndex[column] else { return CSVError(file: file, line: line, column: 0, message: message) }
        return CSVError(file: file, at: record.position(ofField: index), message: message)
    }

    /// Parses `column` with `parse`, throwing `found 'VALUE', expected EXPECTED` when it fails.
    public func value<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(CSVError) -> T {
        let raw = text(column)
        guard let value = parse(raw) else {
            throw error(column, "invalid \(column) (found '\(raw)', expected \(expected))")
        }
        return value
    }

    /// Parses `column` as an exact amount of money.
    public func money(_ column: String) throws(CSVError) -> Money {
        let raw = text(column)
        var bytes = raw
        switch bytes.withUTF8({ Money.cents(parsing: $0, decimalMark: decimalMark) }) {
        case .success(let cents): return Money(cents: cents)
        case .failure(let failure):
            throw self.error(column, "invalid \(column) (found '\(raw)', expected dollars with up to two decimals: \(failure.reason))")
        }
    }

    /// Parses a closed vocabulary in `column`.
    public func vocabulary<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type) throws(CSVError) -> T where T.RawValue == String {
        try value(column, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", ")) { T(rawValue: $0) }
    }
}

/// Problems found in input data (defined by the ingest layer, named here for callers of the model).
public typealias DataError = FingovIngest.DataError
