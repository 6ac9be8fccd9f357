import FingovCSV

/// One row left out of a read because it had problems: its fields as the file held them, its
/// line, and every problem found in it.
public struct RejectedRow: Hashable, Sendable {
    /// The row's fields, unquoted, in the file's order (as many as the row had).
    public var fields: [String]
    /// The one-based line the row starts on.
    public var line: Int
    /// Each problem of the row, in column order (a duplicate id last).
    public var problems: [String]

    public init(fields: [String], line: Int, problems: [String]) {
        self.fields = fields
        self.line = line
        self.problems = problems
    }
}

/// The rows a read left out when asked to go on past bad rows (`--rejects`), for the rejects
/// file: the file's header, then each row with its line and problems.
public struct RejectedRows: Hashable, Sendable {
    /// The file read.
    public var file: String
    /// The file's header, as written.
    public var header: [String]
    /// The rows left out, in file order.
    public var rows: [RejectedRow]
    /// The data rows of the file, good and bad.
    public var rowsRead = 0
    /// The file's separator and whether it was in another encoding than UTF-8, so that the
    /// rejects can be written back in a form its spreadsheet opens the same way.
    public var delimiter: Delimiter = .comma
    public var wasTranscoded = false

    public init(file: String, header: [String], rows: [RejectedRow] = []) {
        self.file = file
        self.header = header
        self.rows = rows
    }

    /// The rejects table's columns: the file's own, then `line` and `problem`.
    public var columns: [String] { header + ["line", "problem"] }

    /// The rejects table's records: each row's fields (padded or cut to the header's width so that
    /// the columns line up; a row of the wrong width says so in its problem), its line, and its
    /// problems joined by `; `.
    public var records: [[String]] {
        rows.map { row in
            var fields = Array(row.fields.prefix(header.count))
            if row.fields.count > header.count {
                // The extra fields are kept, joined into the last column, so nothing is lost.
                // Joined with the file's own separator, so that the row reads as it was written.
                let separator = String(UnicodeScalar(delimiter.rawValue))
                fields[header.count - 1] += separator + row.fields[header.count...].joined(separator: separator)
            }
            while fields.count < header.count { fields.append("") }
            return fields + [String(row.line), row.problems.joined(separator: "; ")]
        }
    }

    /// No rows yet, for the file read with `header`: its columns, separator and encoding.
    @usableFromInline
    init(file: String, reading header: DataHeader) {
        self.init(file: file, header: header.names)
        delimiter = header.delimiter
        wasTranscoded = header.encoding != .utf8
    }

    /// Adds the rows with the problems in `problems` (every one of them, at record offsets),
    /// their lines found by `lines` and their fields by `fields` (both given the records' offsets).
    @usableFromInline
    mutating func add(_ problems: ProblemList, lines: ([Int]) -> [Int], fields: ([Int]) -> [[String]]) {
        // One row per record offset; the problems of a record in column order, a duplicate id last.
        var ofRecord: [Int: [OffsetProblem]] = [:]
        for problem in problems.problems { ofRecord[problem.offset, default: []].append(problem) }
        let offsets = ofRecord.keys.sorted()
        let located = offsets + problems.problems.compactMap(\.relatedOffset)
        let lineOf = Dictionary(zip(located, lines(located)), uniquingKeysWith: { first, _ in first })
        let texts = fields(offsets)
        // Written as plain loops: the closures' form crashed the release compiler (Swift 6.3.1,
        // CopyPropagation: "Found outside of lifetime use").
        for (i, offset) in offsets.enumerated() {
            var found: [(order: (Int, Int), message: String)] = []
            for problem in ofRecord[offset]! {
                let related = problem.relatedOffset
                let line = related.flatMap { lineOf[$0] } ?? 0
                found.append(((related == nil ? 0 : 1, problem.column), problem.message(relatedLine: line)))
            }
            found.sort { $0.order < $1.order }
            rows.append(RejectedRow(fields: texts[i], line: lineOf[offset]!, problems: found.map(\.message)))
        }
    }
}

/// The fields of records read again at their offsets, for the rejects file.
@usableFromInline
enum RecordFields {
    /// Collects the fields of one record.
    struct Collector: RecordHandler {
        var fields: [String] = []
        mutating func field(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
            fields.append(String(decoding: bytes, as: UTF8.self))
        }
        mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { false }
    }

    /// The fields of the record that starts at `offset` in `buffer`.
    @usableFromInline
    static func fields(ofRecordAt offset: Int, in buffer: UnsafeBufferPointer<UInt8>, delimiter: Delimiter) -> [String] {
        var collector = Collector()
        var scratch: [UInt8] = []
        _ = try? FieldScanner.scan(buffer, from: offset, to: buffer.count, delimiter: delimiter, scratch: &scratch, handler: &collector)
        return collector.fields
    }

    /// The fields of the records that start at `offsets` in the file at `path`, each read again
    /// from the file (`LineNumbers.record(at:inFile:)`).
    @usableFromInline
    static func fields(ofRecordsAt offsets: [Int], inFile path: String, delimiter: Delimiter) -> [[String]] {
        offsets.map { offset in
            LineNumbers.record(at: offset, inFile: path).withUnsafeBufferPointer { fields(ofRecordAt: 0, in: $0, delimiter: delimiter) }
        }
    }
}
