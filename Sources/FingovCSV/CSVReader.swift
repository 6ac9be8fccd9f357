/// Reads a CSV file record by record, with line numbers: for headers and small files, where a
/// record as strings is what the caller wants. The parsing itself is `FieldScanner`'s, the one
/// RFC 4180 implementation of the package:
///
/// - Fields are separated by commas and records by LF, CRLF or a lone CR. A field may be quoted
///   with `"`; inside quotes, commas, CR and LF are data and `""` stands for one quote.
/// - A leading UTF-8 byte-order mark is skipped; the rest must be valid UTF-8.
/// - Completely empty lines are skipped (they carry no data); a final line without a line end is
///   read like any other.
/// - Errors (unterminated quote, a stray quote inside an unquoted field, text after a closing
///   quote, invalid UTF-8) carry the file, the line and the field.
public struct CSVReader: Sendable {
    /// The file name used in error messages.
    public let file: String
    private let bytes: [UInt8]
    private var position: Int
    private var line: Int
    private var scratch: [UInt8] = []

    /// Creates a reader over the bytes of a whole file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    public init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        self.line = 1
        self.position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The line number where the next record starts.
    public var currentLine: Int { line }

    /// The byte offset where the next record starts.
    public var offset: Int { position }

    /// Reads the next record into `record`, reusing its storage.
    ///
    /// - Returns: `false` at the end of the input, when `record` is left empty.
    /// - Throws: `CSVError` for malformed input.
    public mutating func readRecord(into record: inout CSVRecord) throws(CSVError) -> Bool {
        record.removeAll()
        let count = bytes.count
        // Blank lines.
        while position < count, bytes[position] == 0x0A || bytes[position] == 0x0D {
            advanceLine(at: position)
            position += 1
        }
        if position >= count { return false }
        record.line = line
        struct Collector: RecordHandler {
            var record: CSVRecord
            mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) { record.append(bytes) }
            mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { false }
        }
        var collector = Collector(record: record)
        record = CSVRecord() // let the collector own the storage without copying it
        let start = position
        let result: Result<Int, CSVSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CSVSyntaxError) {
                return .success(try FieldScanner.scan(buffer, from: start, to: buffer.count, scratch: &scratch, handler: &collector))
            } catch {
                return .failure(error)
            }
        }
        record = collector.record
        switch result {
        case .success(let next):
            for p in start..<next { advanceLine(at: p) }
            position = next
            return true
        case .failure(let error):
            var errorLine = line
            for p in start..<error.offset where isLineEnd(at: p) { errorLine += 1 }
            throw CSVError(file: file, line: errorLine, column: error.column, message: error.message)
        }
    }

    /// Reads every remaining record as strings.
    public mutating func readAll() throws(CSVError) -> [[String]] {
        var rows: [[String]] = []
        var record = CSVRecord()
        while try readRecord(into: &record) { rows.append(record.strings()) }
        return rows
    }

    /// A line ends at LF, and at CR when no LF follows it.
    private func isLineEnd(at p: Int) -> Bool {
        bytes[p] == 0x0A || (bytes[p] == 0x0D && (p + 1 >= bytes.count || bytes[p + 1] != 0x0A))
    }

    private mutating func advanceLine(at p: Int) {
        if isLineEnd(at: p) { line += 1 }
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
