#if canImport(Glibc)
import Glibc
#endif
import CStructural

/// What a `FieldScanner` calls for each field and each record it finds.
///
/// Conforming types are specialised into the scanner's loop (`@inlinable` generics), so the
/// per-field call costs no dynamic dispatch.
public protocol RecordHandler {
    /// One field: its position in the record (zero-based), its bytes without quotes or escapes
    /// (valid only during the call), and the byte offset of the record's start.
    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int)
    /// The end of a record of `fieldCount` fields that started at `recordOffset`. Returns false
    /// to stop scanning.
    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool
}

/// A `RecordHandler` that can take a whole record at once, for the shortcut mode of the scanner
/// (`FieldScanner.scan(_:from:to:scratch:shortcut:)`).
public protocol RecordShortcut: RecordHandler {
    /// A record seen as a line: `head` is its bytes before its last delimiter, `tail` those after
    /// it up to the line end (without quotes). Returns true when the handler has taken the
    /// record, which is then not scanned; false to have it scanned field by field.
    mutating func takeRecord(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, recordOffset: Int) -> Bool
    /// The record just scanned field by field was also a line with this `head`.
    mutating func scannedRecord(head: UnsafeBufferPointer<UInt8>, recordOffset: Int)
}

/// The hot loop of CSV parsing, over raw bytes: RFC 4180 fields (quoted or not, `""` inside
/// quotes) separated by a comma, a semicolon or a tab (`Delimiter`), LF, CRLF or lone CR line
/// ends, blank lines skipped, UTF-8 checked. It allocates nothing per field: an unquoted field
/// is a slice of the input, and only a quoted field with doubled quotes is copied, into a
/// reused scratch buffer. It keeps no line or column: errors carry byte offsets, located
/// afterwards (`PositionCounter`), so that the common path does no per-byte bookkeeping.
public enum FieldScanner {
    /// Scans the records of `buffer[start..<end]`, which must begin at a record boundary.
    ///
    /// - Returns: the offset where scanning stopped (`end`, or just after the record for which
    ///   the handler returned false).
    /// - Throws: `CSVSyntaxError` at the first malformed record; the handler has seen the
    ///   records before it.
    ///
    /// The records are split with the fastest `Kernel` this processor runs; every kernel hands
    /// the handler the same fields and records and throws the same errors as the byte loop.
    @inlinable
    public static func scan<H: RecordHandler>(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter = .comma,
                                              scratch: inout [UInt8], handler: inout H) throws(CSVSyntaxError) -> Int {
        try scan(buffer, from: start, to: end, delimiter: delimiter, kernel: .best, scratch: &scratch, handler: &handler)
    }

    /// The same scan with a chosen `kernel` (spans shorter than a few blocks are scanned byte
    /// by byte whatever the kernel).
    @inlinable
    public static func scan<H: RecordHandler>(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter = .comma,
                                              kernel: Kernel, scratch: inout [UInt8], handler: inout H) throws(CSVSyntaxError) -> Int {
        if kernel != .scalar && end - start >= 256 {
            return try scanIndexed(buffer, from: start, to: end, delimiter: delimiter, kernel: kernel, scratch: &scratch, handler: &handler)
        }
        let base = buffer.baseAddress!
        var p = start
        while p < end {
            let first = base[p]
            if first == 0x0A || first == 0x0D { p += 1; continue } // blank line
            let more: Bool
            (p, more) = try scanRecord(buffer, at: p, to: end, delimiter: delimiter, scratch: &scratch, handler: &handler)
            if !more { return p }
        }
        return p
    }

    /// The scan from a `StructuralIndex`, chunk by chunk. Each field runs from where the last
    /// one ended to the next structural byte; the bitmaps tell, without reading its bytes,
    /// whether it is plain (no quote, all ASCII) or quoted with no quote inside and all ASCII,
    /// and such a field is handed on as a slice. Any other field (a doubled quote, a byte of
    /// 0x80 or more, a stray quote, a field that runs past the chunk) goes to the byte loop,
    /// from that field to the end of its record, so that what the handler sees and every error
    /// are the byte loop's own. The index stays true after such a record when the byte loop
    /// accepts it (an accepted record has an even number of quotes in every field, so it leaves
    /// the quote state where the index has it); a chunk runs out, or a record runs past it, and
    /// the next chunk is indexed from the next record's start. The first chunk is short and
    /// each next one twice as long, up to `StructuralIndex.chunkLength`, so that a handler that
    /// stops after one record (`CSVReader`, the reads again of single records) does not pay for
    /// indexing 16 KiB each time.
    @inlinable
    static func scanIndexed<H: RecordHandler>(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter,
                                              kernel: Kernel, scratch: inout [UInt8], handler: inout H) throws(CSVSyntaxError) -> Int {
        let base = buffer.baseAddress!
        let quote: UInt8 = 0x22, separator: UInt8 = delimiter.rawValue, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var index = StructuralIndex(length: end - start, kernel: kernel)
        defer { index.deallocate() }
        var cursor = 0, chunk = 256
        var p = start
        records: while p < end {
            if p >= index.end {
                index.fill(base, from: p, to: end, length: chunk, delimiter: delimiter)
                cursor = 0
                chunk = min(2 * chunk, StructuralIndex.chunkLength)
            }
            let first = base[p]
            if first == lf || first == cr { p += 1; cursor += 1; continue } // blank line: a structural byte
            let recordOffset = p
            var fieldStart = p, fieldIndex = 0
            while true {
                var plain = false
                var fieldEnd = end
                if cursor < index.count {
                    fieldEnd = index.start + Int(index.positions[cursor])
                    let quoted = fieldEnd > fieldStart && base[fieldStart] == quote
                    if index.isSimple(fieldStart - index.start, fieldEnd - index.start, quoted: quoted && fieldEnd - fieldStart >= 2) {
                        let skip = quoted ? 1 : 0
                        handler.field(fieldIndex, UnsafeBufferPointer(start: base + fieldStart + skip, count: fieldEnd - fieldStart - 2 * skip),
                                      recordOffset: recordOffset)
                        plain = true
                    }
                }
                guard plain else {
                    // The byte loop takes the rest of the record, from this field.
                    let (next, more) = try scanRecord(buffer, recordOffset: recordOffset, at: fieldStart, field: fieldIndex, to: end,
                                                      delimiter: delimiter, scratch: &scratch, handler: &handler)
                    p = next
                    if !more { return p }
                    if p < index.end {
                        while cursor < index.count && index.start + Int(index.positions[cursor]) < p { cursor += 1 }
                    } else {
                        index.end = p // index again from here
                    }
                    continue records
                }
                fieldIndex += 1
                cursor += 1
                let byte = base[fieldEnd]
                if byte == separator {
                    fieldStart = fieldEnd + 1
                    continue
                }
                p = fieldEnd + 1
                if byte == cr && p < end && base[p] == lf { p += 1; cursor += 1 }
                break
            }
            if !handler.endRecord(fieldCount: fieldIndex, recordOffset: recordOffset) { return p }
        }
        return p
    }

    /// Scans the one record that starts at `p` (not a blank line), hands its fields and its end
    /// to `handler`, and returns the offset just after it and whether the handler wants more.
    @inlinable @inline(__always)
    static func scanRecord<H: RecordHandler>(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, to end: Int, delimiter: Delimiter,
                                             scratch: inout [UInt8], handler: inout H) throws(CSVSyntaxError) -> (Int, Bool) {
        try scanRecord(buffer, recordOffset: start, at: start, field: 0, to: end, delimiter: delimiter, scratch: &scratch, handler: &handler)
    }

    /// The rest of the record at `recordOffset` from its field number `field` (zero-based), which
    /// starts at `start`; the fields before it were handed on already.
    @inlinable @inline(__always)
    static func scanRecord<H: RecordHandler>(_ buffer: UnsafeBufferPointer<UInt8>, recordOffset: Int, at start: Int, field: Int, to end: Int,
                                             delimiter: Delimiter, scratch: inout [UInt8], handler: inout H) throws(CSVSyntaxError) -> (Int, Bool) {
        let base = buffer.baseAddress!
        var p = start
        let quote: UInt8 = 0x22, separator: UInt8 = delimiter.rawValue, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let separators = 0x0101_0101_0101_0101 &* UInt64(separator)
        var fieldIndex = field
        while true {
            if p < end && base[p] == quote {
                // Quoted field: copy into scratch only if it holds a doubled quote.
                let quoteOffset = p
                p += 1
                var segment = p
                var copied = false
                scratch.removeAll(keepingCapacity: true)
                while true {
                    guard p < end else {
                        throw CSVSyntaxError(.unclosedQuote, recordOffset: recordOffset, offset: end, quoteOffset: quoteOffset, field: fieldIndex + 1)
                    }
                    let byte = base[p]
                    if byte == quote {
                        if p + 1 < end && base[p + 1] == quote {
                            scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: p + 1 - segment))
                            copied = true
                            p += 2
                            segment = p
                            continue
                        }
                        break
                    }
                    if byte >= 0x80 {
                        p += try utf8Length(buffer, at: p, end: end, recordOffset, fieldIndex)
                        continue
                    }
                    p += 1
                }
                if copied {
                    scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: p - segment))
                    scratch.withUnsafeBufferPointer { handler.field(fieldIndex, $0, recordOffset: recordOffset) }
                } else {
                    handler.field(fieldIndex, UnsafeBufferPointer(start: base + segment, count: p - segment), recordOffset: recordOffset)
                }
                p += 1 // closing quote
                if p < end {
                    let next = base[p]
                    if next != separator && next != lf && next != cr {
                        throw CSVSyntaxError(.textAfterQuote(found: next, delimiter: delimiter), recordOffset: recordOffset, offset: p,
                                             quoteOffset: quoteOffset, field: fieldIndex + 1)
                    }
                }
            } else {
                let fieldStart = p
                while true {
                    // Eight bytes at a time to the next byte that needs a look.
                    while p + 8 <= end {
                        let mask = specialBytes(UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self), delimiters: separators)
                        if mask != 0 {
                            p += mask.trailingZeroBitCount >> 3
                            break
                        }
                        p += 8
                    }
                    guard p < end else { break }
                    let byte = base[p]
                    if byte == separator || byte == lf || byte == cr { break }
                    if byte == quote {
                        throw CSVSyntaxError(.quoteInUnquotedField, recordOffset: recordOffset, offset: p, field: fieldIndex + 1)
                    }
                    if byte >= 0x80 {
                        p += try utf8Length(buffer, at: p, end: end, recordOffset, fieldIndex)
                        continue
                    }
                    p += 1
                }
                handler.field(fieldIndex, UnsafeBufferPointer(start: base + fieldStart, count: p - fieldStart), recordOffset: recordOffset)
            }
            fieldIndex += 1
            if p >= end { break }
            let byte = base[p]
            p += 1
            if byte == separator { continue }
            if byte == cr && p < end && base[p] == lf { p += 1 }
            break
        }
        return (p, handler.endRecord(fieldCount: fieldIndex, recordOffset: recordOffset))
    }

    /// The same scan with a shortcut for records that repeat: each record is first seen as a
    /// line, split at its last delimiter, and offered whole to `handler` (`takeRecord`); only when
    /// the handler declines is it scanned field by field as by `scan(_:from:to:scratch:handler:)`,
    /// and if it was also such a line the handler is told (`scannedRecord`), so that it can
    /// recognise the same head next time. The line end is found with `memchr`. A line end
    /// inside quotes makes a head that was never scanned whole (a scanned head ends at a delimiter
    /// outside quotes with an even number of quotes before it, and the tail holds none), so a
    /// handler that takes only heads it has seen scanned can never take a partial record.
    @inlinable
    public static func scan<H: RecordShortcut>(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter = .comma,
                                               scratch: inout [UInt8], shortcut handler: inout H) throws(CSVSyntaxError) -> Int {
        let base = buffer.baseAddress!
        let quote: UInt8 = 0x22, separator: UInt8 = delimiter.rawValue, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var p = start
        while p < end {
            let first = base[p]
            if first == lf || first == cr { p += 1; continue }
            // A candidate end: the first LF, or the CR of a CRLF.
            let lfAt = memchr(base + p, Int32(lf), end - p).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
            let q = lfAt > p && base[lfAt - 1] == cr ? lfAt - 1 : lfAt
            // The tail: back from the end to the last delimiter, with no quote in between.
            var c = q - 1
            while c > p && base[c] != separator && base[c] != quote { c -= 1 }
            let isLine = c > p && base[c] == separator
            let lineEnd = lfAt < end ? lfAt + 1 : end
            let head = UnsafeBufferPointer(start: base + p, count: max(0, c - p))
            if isLine && handler.takeRecord(head: head, tail: UnsafeBufferPointer(start: base + c + 1, count: q - c - 1), recordOffset: p) {
                p = lineEnd
                continue
            }
            let (next, more) = try scanRecord(buffer, at: p, to: end, delimiter: delimiter, scratch: &scratch, handler: &handler)
            if isLine && next == lineEnd { handler.scannedRecord(head: head, recordOffset: p) }
            p = next
            if !more { return p }
        }
        return p
    }

    /// Whether `bytes` scans as exactly one field of ASCII text without calling the scanner:
    /// unquoted with no quote, `delimiter`, LF or CR in it, or quoted at both ends with no quote
    /// inside (a delimiter or a line break may stand inside). `false` means only "not sure":
    /// scan it. For the fields a decoder skips, which a real ledger fills with free text.
    @inlinable @inline(__always)
    public static func isSimpleField(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: Delimiter) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        let quoted = base[0] == 0x22
        if quoted && (bytes.count < 2 || base[bytes.count - 1] != 0x22) { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter.rawValue)
        // Inside quotes only a quote or a byte of 0x80 or more needs the scanner; unquoted, also
        // the delimiter and the line ends.
        @inline(__always) func needsScan(_ word: UInt64) -> Bool {
            (quoted ? zeroBytes(word ^ (ones &* 0x22)) | (word & highs) : specialBytes(word, delimiters: delimiters)) != 0
        }
        var p = quoted ? 1 : 0
        let end = quoted ? bytes.count - 1 : bytes.count
        while p + 8 <= end {
            if needsScan(UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)) { return false }
            p += 8
        }
        while p < end {
            // A last byte alone, in a word of letters.
            if needsScan(0x6161_6161_6161_6100 | UInt64(base[p])) { return false }
            p += 1
        }
        return true
    }

    /// A mask with the high bit of each byte of `word` that is the delimiter (`delimiters`
    /// holds it in each of its bytes), a quote, LF, CR or non-ASCII; the lowest set bit marks
    /// the first such byte (higher bits may be false alarms from borrows, which only the lowest
    /// matters for).
    @inlinable @inline(__always)
    static func specialBytes(_ word: UInt64, delimiters: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return zeroBytes(word ^ delimiters) | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x0A))
            | zeroBytes(word ^ (ones &* 0x0D)) | (word & 0x8080_8080_8080_8080)
    }

    /// A mask with the high bit set in the bytes of `v` that are zero (and possibly in bytes
    /// above one: it is nonzero exactly when some byte is zero, and its lowest bit is exact).
    @inlinable @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// The length of the UTF-8 sequence at `p`, which must end before `end`.
    @inlinable @inline(__always)
    static func utf8Length(_ buffer: UnsafeBufferPointer<UInt8>, at p: Int, end: Int, _ recordOffset: Int, _ fieldIndex: Int) throws(CSVSyntaxError) -> Int {
        guard let length = utf8SequenceLength(buffer, at: p), p + length <= end else {
            throw CSVSyntaxError(.invalidUTF8(found: buffer[p]), recordOffset: recordOffset, offset: p, field: fieldIndex + 1)
        }
        return length
    }

    /// The offset just after the first record of `buffer` (which starts at a record boundary),
    /// or `nil` when the buffer ends inside it.
    public static func firstBoundary(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        boundary(after: 0, quotesBefore: 0, buffer, to: buffer.count)
    }

    /// The offset just after the first line end outside quotes at or after `target`, given the
    /// number of quotes before `target` (counted from a record boundary).
    public static func boundary(after target: Int, quotesBefore: Int, _ buffer: UnsafeBufferPointer<UInt8>, to end: Int) -> Int? {
        var p = target, inQuotes = quotesBefore % 2 == 1
        while p < end {
            let byte = buffer[p]
            if byte == 0x22 { inQuotes.toggle() } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                var cut = p + 1
                if byte == 0x0D && cut < end && buffer[cut] == 0x0A { cut += 1 }
                return cut
            }
            p += 1
        }
        return nil
    }

    /// Where each field of the well-formed record at `start` begins (at its opening quote when
    /// it is quoted), then where the record ends (its line end outside quotes, or the end of
    /// the buffer): for locating a problem in a field, on the error path.
    public static func fieldStarts(_ buffer: UnsafeBufferPointer<UInt8>, recordAt start: Int, delimiter: Delimiter = .comma) -> [Int] {
        var starts = [start]
        var p = start, inQuotes = false
        let separator = delimiter.rawValue
        while p < buffer.count {
            let byte = buffer[p]
            if byte == 0x22 { inQuotes.toggle() } else if !inQuotes {
                if byte == separator { starts.append(p + 1) } else if byte == 0x0A || byte == 0x0D { break }
            }
            p += 1
        }
        starts.append(p)
        return starts
    }

    /// The number of quote bytes in `buffer[start..<end]`, counted 32 bytes at a time by the C
    /// kernel of the fastest `Kernel` (Swift's generic SIMD types measured 7 times slower here).
    public static func quoteCount(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress, end > start else { return 0 }
        return fingov_count_byte(base + start, end - start, 0x22, Kernel.best.level)
    }
}


