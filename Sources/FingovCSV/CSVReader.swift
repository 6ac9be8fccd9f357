/// Reads a CSV file record by record, with positions: for headers and small files, where a
/// record as strings is what the caller wants. The parsing itself is `FieldScanner`'s, the one
/// RFC 4180 implementation of the package:
///
/// - Fields are separated by a delimiter (`Delimiter`: given, or found from the first line) and
///   records by LF, CRLF or a lone CR. A field may be quoted with `"`; inside quotes, the
///   delimiter, CR and LF are data and `""` stands for one quote.
/// - A leading UTF-8 byte-order mark is skipped; the rest must be valid UTF-8 (other encodings
///   are transcoded before: `TextEncoding`).
/// - Completely empty lines are skipped (they carry no data); a final line without a line end is
///   read like any other.
/// - Errors (a quoted field not closed properly, a stray quote inside an unquoted field, invalid
///   UTF-8) carry the file, the line and the character column (`TextPosition`); each record
///   knows the position of each of its fields, for the caller's own messages.
public struct CSVReader: Sendable {
    /// The file name used in error messages.
    public let file: String
    /// The delimiter, as given or as found in the first line.
    public let delimiter: Delimiter
    private let bytes: [UInt8]
    private var position: Int
    private var counter: PositionCounter
    private var scratch: [UInt8] = []

    /// Creates a reader over the bytes of a whole file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    ///   - delimiter: the delimiter, or `nil` to find it from the first line (`Delimiter.detect`).
    public init(bytes: [UInt8], file: String, delimiter: Delimiter? = nil) {
        self.bytes = bytes
        self.file = file
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.position = start
        self.counter = PositionCounter(offset: start)
        self.delimiter = delimiter ?? bytes.withUnsafeBufferPointer { buffer in
            var first = start
            while first < buffer.count && (buffer[first] == 0x0A || buffer[first] == 0x0D) { first += 1 }
            return Delimiter.detect(inLineAt: first, of: buffer)
        }
    }

    /// The line number where the next record starts (after any blank lines already passed).
    public var currentLine: Int { counter.position.line }

    /// The byte offset where the next record starts.
    public var offset: Int { position }

    /// Reads the next record into `record`, reusing its storage.
    ///
    /// - Returns: `false` at the end of the input, when `record` is left empty.
    /// - Throws: `CSVError` for malformed input, at the opening quote of a quoted field that is
    ///   not closed properly, else at the offending byte.
    public mutating func readRecord(into record: inout CSVRecord) throws(CSVError) -> Bool {
        record.removeAll()
        let count = bytes.count
        // Blank lines.
        while position < count, bytes[position] == 0x0A || bytes[position] == 0x0D { position += 1 }
        if position >= count { return false }
        struct Collector: RecordHandler {
            var record: CSVRecord
            mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) { record.append(bytes) }
            mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { false }
        }
        var collector = Collector(record: record)
        record = CSVRecord() // let the collector own the storage without copying it
        let start = position
        let delimiter = self.delimiter
        var counter = self.counter
        let result: Result<Int, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            counter.advance(to: start, in: buffer)
            do throws(CSVSyntaxError) {
                let next = try FieldScanner.scan(buffer, from: start, to: buffer.count, delimiter: delimiter, scratch: &scratch, handler: &collector)
                // Where each field starts, for the caller's messages (small files only: the
                // streaming ingest locates its few problems afterwards instead).
                var positions: [TextPosition] = []
                for fieldStart in FieldScanner.fieldStarts(buffer, recordAt: start, delimiter: delimiter) {
                    counter.advance(to: fieldStart, in: buffer)
                    positions.append(counter.position)
                }
                collector.record.positions = positions
                counter.advance(to: next, in: buffer)
                return .success(next)
            } catch {
                let positions = error.offsetsToLocate.map { offset in
                    var c = counter
                    c.advance(to: offset, in: buffer)
                    return c.position
                }
                return .failure(CSVError(file: file, line: positions[0].line, column: positions[0].column, message: error.message(positions: positions)))
            }
        }
        record = collector.record
        switch result {
        case .success(let next):
            self.counter = counter
            position = next
            return true
        case .failure(let error):
            throw error
        }
    }

    /// Reads every remaining record as strings.
    public mutating func readAll() throws(CSVError) -> [[String]] {
        var rows: [[String]] = []
        var record = CSVRecord()
        while try readRecord(into: &record) { rows.append(record.strings()) }
        return rows
    }
}

/// The length of the well-formed UTF-8 sequence starting at `p`, or `nil` when it is malformed
/// (bad lead byte, missing or bad continuation bytes, overlong forms, surrogates, beyond U+10FFFF).
@inlinable @inline(__always)
func utf8SequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
    let lead = buffer[p]
    let length: Int
    var low: UInt8 = 0x80, high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return nil
    }
    guard p + length <= buffer.count else { return nil }
    let second = buffer[p + 1]
    guard second >= low && second <= high else { return nil }
    for i in 2..<length where buffer[p + i] & 0xC0 != 0x80 { return nil }
    return length
}
