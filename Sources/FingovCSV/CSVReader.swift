/// An RFC 4180 reader that works on bytes.
///
/// - Fields are separated by commas and records by LF or CRLF. A field may be quoted with `"`;
///   inside quotes, commas, CR and LF are data and `""` stands for one quote.
/// - A leading UTF-8 byte-order mark is skipped; the rest must be valid UTF-8.
/// - Completely empty lines are skipped (they carry no data); a final line without a line end is
///   read like any other.
/// - Errors (unterminated quote, a stray quote inside an unquoted field, text after a closing
///   quote, invalid UTF-8) carry the file, the line and the field.
///
/// The hot path allocates nothing per field: a record is a list of byte ranges into the input,
/// and only quoted fields with doubled quotes are copied, once, into a scratch buffer.
public struct CSVReader: Sendable {
    /// The file name used in error messages.
    public let file: String
    private let bytes: [UInt8]
    private var position: Int
    private var line: Int

    /// Creates a reader over the bytes of a whole file (or a chunk of one that starts at a record).
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    ///   - firstLine: the line number of the first byte, when `bytes` is a chunk of a larger file.
    public init(bytes: [UInt8], file: String, firstLine: Int = 1) {
        self.bytes = bytes
        self.file = file
        self.line = firstLine
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.position = bytes.starts(with: bom) && firstLine == 1 ? 3 : 0
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
        // Skip blank lines.
        while position < count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        if position >= count { return false }
        record.line = line
        record.source = bytes
        let result: Result<Void, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, into: &record)
        }
        if case .failure(let error) = result { throw error }
        return true
    }

    /// Reads every remaining record as strings. Convenient for small files; big ones should use
    /// `readRecord(into:)`.
    public mutating func readAll() throws(CSVError) -> [[String]] {
        var rows: [[String]] = []
        var record = CSVRecord()
        while try readRecord(into: &record) { rows.append(record.strings()) }
        return rows
    }

    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, into record: inout CSVRecord) -> Result<Void, CSVError> {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let count = buffer.count
        var p = position
        var fieldNumber = 1
        func fail(_ message: String) -> Result<Void, CSVError> {
            .failure(CSVError(file: file, line: line, column: fieldNumber, message: message))
        }
        while true {
            // One field starts at p.
            if p < count && buffer[p] == quote {
                let quoteLine = line
                p += 1
                var start = p
                var scratchStart = -1
                while true {
                    guard p < count else {
                        return .failure(CSVError(file: file, line: quoteLine, column: fieldNumber,
                                                 message: "unterminated quoted field (found end of file, expected a closing \")"))
                    }
                    let byte = buffer[p]
                    if byte == quote {
                        if p + 1 < count && buffer[p + 1] == quote {
                            // A doubled quote: copy what we have so far plus one quote to scratch.
                            if scratchStart < 0 { scratchStart = record.scratch.count }
                            record.scratch.append(contentsOf: buffer[start...p])
                            p += 2
                            start = p
                            continue
                        }
                        break
                    }
                    if byte == lf { line += 1 }
                    if byte >= 0x80 {
                        guard let length = utf8SequenceLength(buffer, at: p) else {
                            return fail("invalid UTF-8 (found byte 0x\(String(byte, radix: 16, uppercase: true)), expected UTF-8 text)")
                        }
                        p += length
                        continue
                    }
                    p += 1
                }
                if scratchStart >= 0 {
                    record.scratch.append(contentsOf: buffer[start..<p])
                    record.appendScratchField(from: scratchStart)
                } else {
                    record.appendSourceField(start..<p)
                }
                p += 1 // the closing quote
                if p < count {
                    let next = buffer[p]
                    if next != comma && next != lf && next != cr {
                        return fail("text after a closing quote (found \(describe(next)), expected a comma or the end of the line)")
                    }
                }
            } else {
                let start = p
                while p < count {
                    let byte = buffer[p]
                    if byte == comma || byte == lf || byte == cr { break }
                    if byte == quote {
                        return fail("a quote inside an unquoted field (found \", expected the whole field to be quoted)")
                    }
                    if byte >= 0x80 {
                        guard let length = utf8SequenceLength(buffer, at: p) else {
                            return fail("invalid UTF-8 (found byte 0x\(String(byte, radix: 16, uppercase: true)), expected UTF-8 text)")
                        }
                        p += length
                        continue
                    }
                    p += 1
                }
                record.appendSourceField(start..<p)
            }
            // After a field: comma, line end or end of input.
            if p >= count { break }
            let byte = buffer[p]
            if byte == comma {
                p += 1
                fieldNumber += 1
                continue
            }
            if byte == cr {
                p += 1
                if p < count && buffer[p] == lf { p += 1 }
                line += 1
                break
            }
            // byte == lf
            p += 1
            line += 1
            break
        }
        position = p
        return .success(())
    }
}

private func describe(_ byte: UInt8) -> String { describeByte(byte) }

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
