import FingovCSV

/// Problems found in input data: one or more `CSVError`s, up to a limit.
///
/// Decoders collect several problems before giving up, so a user can fix a file in one pass.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [CSVError]
    /// How many further problems were found but not listed.
    public var unlisted: Int = 0

    /// The problems listed, and how many more were found.
    public init(_ problems: [CSVError], unlisted: Int = 0) {
        self.problems = problems
        self.unlisted = unlisted
    }

    /// One problem.
    public init(_ problem: CSVError) { self.init([problem]) }

    /// A problem with a whole file (line 0, column 0), shown `FILE: message`.
    public init(file: String, message: String) {
        self.init(CSVError(file: file, line: 0, column: 0, message: message))
    }

    /// One problem a line, `FILE:LINE:COLUMN: message`, then the count of those not listed.
    public var description: String {
        var lines = problems.map(\.description)
        if unlisted > 0 { lines.append("... and \(unlisted) more problem\(unlisted == 1 ? "" : "s") not listed") }
        return lines.joined(separator: "\n")
    }
}

/// A problem found at a byte offset, before its line is known: the one form in which every
/// check of the ingest layer (the scanner's syntax, the decoders' fields, the duplicate ids)
/// reports a row, turned into `CSVError`s by `ProblemList.located(file:delimiter:in:)` or
/// `located(file:delimiter:inFile:)`, which find the line and the character column where the
/// field starts by reading again the few records that have problems.
public struct OffsetProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Detail: Hashable, Sendable {
        /// A message complete in itself, such as `invalid fund (found 'x', expected ...)`.
        case message(String)
        /// A value already used by an earlier record, whose line is found when lines are known.
        case duplicate(column: String, value: String, firstOffset: Int)
        /// A syntax error of the scanner, located at its own offsets (`CSVSyntaxError.reportOffset`).
        case syntax(CSVSyntaxError)
    }

    /// The offset of the record the problem is in.
    public var offset: Int
    /// The field (one-based) the problem is in, or 0 for the whole record. It becomes the
    /// character column where the field starts when the problem is located.
    public var column: Int
    /// What is wrong.
    public var detail: Detail

    /// A problem at a byte offset and a field.
    public init(offset: Int, column: Int, detail: Detail) {
        self.offset = offset
        self.column = column
        self.detail = detail
    }

    /// A problem with a message complete in itself.
    public init(offset: Int, column: Int, message: String) {
        self.init(offset: offset, column: column, detail: .message(message))
    }

    /// A syntax error of the scanner, in the record where it starts.
    public init(syntax error: CSVSyntaxError) {
        self.init(offset: error.recordOffset, column: error.field, detail: .syntax(error))
    }

    /// The message without its position, given the line of the first occurrence for a
    /// duplicate (for the rejects file, whose rows carry their own line).
    func message(relatedLine: Int) -> String {
        switch detail {
        case .message(let text): return text
        case .duplicate(let column, let value, _): return "duplicate \(column) (found '\(value)', already on line \(relatedLine))"
        case .syntax(let error): return "\(error.kind)"
        }
    }

    /// The offset of the first record with the same id, for a duplicate.
    @usableFromInline
    var relatedOffset: Int? {
        if case .duplicate(_, _, let first) = detail { return first }
        return nil
    }
}

/// Problems found at byte offsets, up to `ProblemList.limit`, with a count of the others.
public struct ProblemList: Sendable {
    /// How many problems a decode lists before it only counts them.
    public static let limit = 20

    /// The problems listed, in the order added (or by offset after a merge).
    public private(set) var problems: [OffsetProblem] = []
    /// How many more were found.
    public private(set) var unlisted = 0
    /// How many problems this list keeps: `ProblemList.limit` for a message, every one when
    /// bad rows are left out and written down (`--rejects`).
    public let listLimit: Int

    /// No problems; at most `listLimit` of those added are kept.
    public init(listLimit: Int = ProblemList.limit) { self.listLimit = listLimit }

    /// A list that keeps every problem added.
    public static var unlimited: ProblemList { ProblemList(listLimit: .max) }

    /// Whether no problem was found.
    public var isEmpty: Bool { problems.isEmpty }

    /// The records listed as repeating an earlier record's id.
    @usableFromInline
    var repeatedIDRecords: Set<Int> { Set(problems.filter { $0.relatedOffset != nil }.map(\.offset)) }

    /// Lists `problem`, or counts it once the list is full.
    public mutating func add(_ problem: OffsetProblem) {
        if problems.count < listLimit { problems.append(problem) } else { unlisted += 1 }
    }

    /// Merges lists found in parts of one file: the first problems by offset, the rest counted.
    public mutating func merge(_ other: ProblemList) {
        // By record, then by field: every problem of a row together, in column order.
        let all = (problems + other.problems).sorted { ($0.offset, $0.column) < ($1.offset, $1.column) }
        problems = Array(all.prefix(listLimit))
        unlisted += other.unlisted + max(0, all.count - listLimit)
    }

    /// The problems located by line and character column in `buffer`, the whole file.
    public func located(file: String, delimiter: Delimiter, in buffer: UnsafeBufferPointer<UInt8>) -> DataError {
        located(file: file, fieldStarts: { FieldScanner.fieldStarts(buffer, recordAt: $0, delimiter: delimiter) },
                positions: { PositionCounter.positions(of: $0, in: buffer) })
    }

    /// The problems located by line and character column in the file at `path`, reading again
    /// only the records that have problems, and the file up to the last of them.
    public func located(file: String, delimiter: Delimiter, inFile path: String) -> DataError {
        located(file: file, fieldStarts: { offset in
            let record = LineNumbers.record(at: offset, inFile: path)
            return record.withUnsafeBufferPointer { FieldScanner.fieldStarts($0, recordAt: 0, delimiter: delimiter) }.map { $0 + offset }
        }, positions: { LineNumbers.positions(of: $0, inFile: path) })
    }

    /// The problems located, given where the fields of the record at an offset start and the
    /// positions of offsets: a problem in a field is reported where the field starts (for a
    /// missing field, where the record ends), a problem with a whole record on its line, a
    /// syntax error at its own offsets.
    func located(file: String, fieldStarts: (Int) -> [Int], positions: ([Int]) -> [TextPosition]) -> DataError {
        var offsets: [Int] = [] // what to locate, problem by problem
        var firstOf: [Int] = []
        for problem in problems {
            firstOf.append(offsets.count)
            switch problem.detail {
            case .syntax(let error):
                offsets += error.offsetsToLocate
            case .message, .duplicate:
                if problem.column > 0 {
                    let starts = fieldStarts(problem.offset)
                    offsets.append(starts[min(problem.column, starts.count) - 1])
                } else {
                    offsets.append(problem.offset)
                }
                if case .duplicate(_, _, let first) = problem.detail { offsets.append(first) }
            }
        }
        let found = positions(offsets)
        return DataError(problems.enumerated().map { i, problem in
            let at = found[firstOf[i]]
            switch problem.detail {
            case .message(let text):
                return CSVError(file: file, line: at.line, column: problem.column > 0 ? at.column : 0, message: text)
            case .duplicate(let column, let value, _):
                return CSVError(file: file, line: at.line, column: problem.column > 0 ? at.column : 0,
                                message: "duplicate \(column) (found '\(value)', already on line \(found[firstOf[i] + 1].line))")
            case .syntax(let error):
                let mine = Array(found[firstOf[i]..<(firstOf[i] + error.offsetsToLocate.count)])
                return CSVError(file: file, at: mine[0], message: error.message(positions: mine))
            }
        }, unlisted: unlisted)
    }
}
