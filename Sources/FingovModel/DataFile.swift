import FingovCSV

#if canImport(Glibc)
import Glibc
#endif

/// Problems found in input data: one or more `CSVError`s, up to a limit.
///
/// Decoders collect several problems before giving up, so a user can fix a file in one pass.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [CSVError]
    /// How many further problems were found but not listed.
    public var unlisted: Int = 0

    public init(_ problems: [CSVError], unlisted: Int = 0) {
        self.problems = problems
        self.unlisted = unlisted
    }

    public init(_ problem: CSVError) { self.init([problem]) }

    /// A problem with a whole file (line 0, column 0).
    public init(file: String, message: String) {
        self.init(CSVError(file: file, line: 0, column: 0, message: message))
    }

    public var description: String {
        var lines = problems.map(\.description)
        if unlisted > 0 { lines.append("... and \(unlisted) more problem\(unlisted == 1 ? "" : "s") not listed") }
        return lines.joined(separator: "\n")
    }
}

/// Reads a whole file into bytes.
///
/// - Throws: `DataError` naming the file when it is missing, unreadable, or a folder.
public func readFileBytes(_ path: String) throws(DataError) -> [UInt8] {
    guard let handle = fopen(path, "rb") else {
        let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
        throw DataError(file: path, message: "cannot open the file (\(reason))")
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count {
            if ferror(handle) != 0 { throw DataError(file: path, message: "cannot read the file (\(String(cString: strerror(errno))))") }
            break
        }
    }
    return bytes
}

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

    /// How many problems a decode collects before it stops.
    public static let problemLimit = 20

    /// Opens `bytes` (the contents of `file`) and checks its header.
    public init(bytes: [UInt8], file: String, required: [String], optional: [String] = []) throws(DataError) {
        self.file = file
        var reader = CSVReader(bytes: bytes, file: file)
        let header = try DataHeader(reading: &reader, required: required, optional: optional)
        self.reader = reader
        self.columnIndex = header.columnIndex
        self.header = header.names
    }

    /// Opens the file at `path` and checks its header.
    public init(path: String, required: [String], optional: [String] = []) throws(DataError) {
        try self.init(bytes: readFileBytes(path), file: path, required: required, optional: optional)
    }

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
            if problems.count < DataFile.problemLimit { problems.append(problem) } else { unlisted += 1 }
        }
        while true {
            do {
                guard try reader.readRecord(into: &record) else { break }
            } catch {
                note(error) // a malformed file cannot be read further
                break
            }
            guard record.count == header.count else {
                note(CSVError(file: file, line: record.line, column: min(record.count, header.count) + 1,
                              message: "wrong number of fields (found \(record.count), expected \(header.count))"))
                continue
            }
            do {
                values.append(try decode(DataRow(record: record, file: file, columnIndex: columnIndex)))
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

    /// The line the row starts on.
    public var line: Int { record.line }

    /// The position of `column`; the column must be in the header (required or present optional).
    public func index(of column: String) -> Int? { columnIndex[column] }

    /// The text of `column`, or `""` when an optional column is absent.
    public func text(_ column: String) -> String {
        guard let i = columnIndex[column] else { return "" }
        return record.string(i)
    }

    /// An error located at `column` of this row.
    public func error(_ column: String, _ message: String) -> CSVError {
        CSVError(file: file, line: line, column: (columnIndex[column] ?? -1) + 1, message: message)
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
        do { return try Money(parsing: raw) } catch {
            throw self.error(column, "invalid \(column) (found '\(raw)', expected dollars with up to two decimals: \(error.reason))")
        }
    }

    /// Parses a closed vocabulary in `column`.
    public func vocabulary<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type) throws(CSVError) -> T where T.RawValue == String {
        try value(column, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", ")) { T(rawValue: $0) }
    }
}

/// The header row of a data file, checked: every required column once, nothing unknown.
public struct DataHeader: Sendable {
    /// The names as read.
    public let names: [String]
    /// The position of each column.
    public let columnIndex: [String: Int]
    /// The byte offset just after the header row, where the data rows start.
    public let bodyOffset: Int

    /// Reads and checks the header with `reader`, which is left at the first data row.
    ///
    /// - Throws: `DataError` for an empty file, a duplicated or unknown column, or a missing
    ///   required column (each located at line 1 and its column).
    public init(reading reader: inout CSVReader, required: [String], optional: [String] = []) throws(DataError) {
        let file = reader.file
        var record = CSVRecord()
        let hasHeader: Bool
        do { hasHeader = try reader.readRecord(into: &record) } catch { throw DataError(error) }
        guard hasHeader else {
            throw DataError(file: file, message: "the file is empty (expected a header row: \(required.joined(separator: ",")))")
        }
        let header = record.strings()
        var index: [String: Int] = [:]
        var problems: [CSVError] = []
        let known = Set(required + optional)
        for (i, name) in header.enumerated() {
            if index[name] != nil {
                problems.append(CSVError(file: file, line: record.line, column: i + 1, message: "column '\(name)' appears twice in the header"))
            } else if !known.contains(name) {
                problems.append(CSVError(file: file, line: record.line, column: i + 1,
                                         message: "unknown column (found '\(name)', expected one of \((required + optional).joined(separator: ",")))"))
            }
            index[name] = index[name] ?? i
        }
        for name in required where index[name] == nil {
            problems.append(CSVError(file: file, line: record.line, column: 0,
                                     message: "the header has no column '\(name)' (expected \(required.joined(separator: ",")))"))
        }
        if !problems.isEmpty { throw DataError(problems) }
        self.names = header
        self.columnIndex = index
        self.bodyOffset = reader.offset
    }
}

/// A problem found at a byte offset, before its line is known.
public struct OffsetProblem: Hashable, Sendable {
    /// The offset whose line the problem is reported on (a record's start, or the offending byte).
    public var offset: Int
    public var column: Int
    /// The message; `OffsetProblem.relatedLine` in it stands for the line of `relatedOffset`.
    public var message: String
    /// Another offset the message refers to (the first occurrence of a duplicate).
    public var relatedOffset: Int?

    /// Stands in a message for the line of `relatedOffset`, once lines are known.
    public static let relatedLine = "\u{1}LINE"

    public init(offset: Int, column: Int, message: String, relatedOffset: Int? = nil) {
        self.offset = offset
        self.column = column
        self.message = message
        self.relatedOffset = relatedOffset
    }
}

/// Problems found at byte offsets, up to `DataFile.problemLimit`, with a count of the others.
public struct ProblemList: Sendable {
    public private(set) var problems: [OffsetProblem] = []
    public private(set) var unlisted = 0

    public init() {}

    public var isEmpty: Bool { problems.isEmpty }

    public mutating func add(_ problem: OffsetProblem) {
        if problems.count < DataFile.problemLimit { problems.append(problem) } else { unlisted += 1 }
    }

    /// Puts the listed problems in file order.
    public mutating func sortByOffset() { problems.sort { $0.offset < $1.offset } }

    /// Merges lists found in parts of one file: the first problems by offset, the rest counted.
    public mutating func merge(_ other: ProblemList) {
        let all = (problems + other.problems).sorted { $0.offset < $1.offset }
        problems = Array(all.prefix(DataFile.problemLimit))
        unlisted += other.unlisted + max(0, all.count - DataFile.problemLimit)
    }

    /// The problems located by line, given a way to find the line of each offset.
    public func located(file: String, lines: ([Int]) -> [Int]) -> DataError {
        let numbers = lines(problems.map(\.offset) + problems.map { $0.relatedOffset ?? 0 })
        return DataError(problems.enumerated().map { i, p in
            let message = p.relatedOffset == nil ? p.message
                : p.message.replacingOccurrences(of: OffsetProblem.relatedLine, with: String(numbers[problems.count + i]))
            return CSVError(file: file, line: numbers[i], column: p.column, message: message)
        }, unlisted: unlisted)
    }
}

extension String {
    /// `self` with every `target` replaced by `replacement` (no Foundation in this module).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = "", rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
