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

    /// A problem with a whole file (line 0, column 0).
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
/// reports a row, turned into `CSVError`s by `ProblemList.located(file:lines:)`.
public struct OffsetProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Detail: Hashable, Sendable {
        /// A message complete in itself, such as `invalid fund (found 'x', expected ...)`.
        case message(String)
        /// A value already used by an earlier record, whose line is found when lines are known.
        case duplicate(column: String, value: String, firstOffset: Int)
    }

    /// The offset whose line the problem is reported on (a record's start, or the offending byte).
    public var offset: Int
    /// The field (one-based), or 0 for the whole record.
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

    /// The message, given the line of the first occurrence for a duplicate.
    func message(relatedLine: Int) -> String {
        switch detail {
        case .message(let text): return text
        case .duplicate(let column, let value, _): return "duplicate \(column) (found '\(value)', already on line \(relatedLine))"
        }
    }

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

    /// The problems located by line, given a way to find the line of each offset.
    public func located(file: String, lines: ([Int]) -> [Int]) -> DataError {
        let numbers = lines(problems.map(\.offset) + problems.map { $0.relatedOffset ?? 0 })
        return DataError(problems.enumerated().map { i, p in
            CSVError(file: file, line: numbers[i], column: p.column, message: p.message(relatedLine: numbers[problems.count + i]))
        }, unlisted: unlisted)
    }
}
