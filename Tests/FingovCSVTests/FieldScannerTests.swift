import Testing
@testable import FingovCSV

/// Collects what the scanner hands on.
struct Collector: RecordHandler {
    var records: [[String]] = []
    var current: [String] = []
    var offsets: [Int] = []

    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        current.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        records.append(current)
        offsets.append(recordOffset)
        current = []
        return true
    }
}

@Suite struct FieldScannerTests {
    static func scan(_ text: String) throws(CSVSyntaxError) -> Collector {
        var collector = Collector()
        var scratch: [UInt8] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer throws(CSVSyntaxError) in
            _ = try FieldScanner.scan(buffer, from: 0, to: buffer.count, scratch: &scratch, handler: &collector)
        }
        return collector
    }

    /// Fields and record offsets, worked out by hand: quotes, doubled quotes, a quoted line
    /// break, CRLF, a lone CR and a blank line.
    @Test func fieldsAndOffsets() throws {
        let c = try Self.scan("a,\"b,\"\"c\"\"\"\r\n\n\"x\ny\",z\rlast,\n")
        #expect(c.records == [["a", "b,\"c\""], ["x\ny", "z"], ["last", ""]])
        #expect(c.offsets == [0, 14, 22])
    }

    /// A quote left open is a syntax error at the record's first field.
    @Test func unterminatedQuote() {
        #expect(throws: CSVSyntaxError.self) { _ = try Self.scan("a,b\n\"open,c\n") }
    }

    /// The first record boundary is after a line end outside quotes.
    @Test func firstBoundarySkipsQuotedLineBreaks() {
        let bytes = Array("\"a\nb\",c\nd\n".utf8)
        #expect(bytes.withUnsafeBufferPointer { FieldScanner.firstBoundary($0) } == 8)
        #expect(Array("\"a\nb".utf8).withUnsafeBufferPointer { FieldScanner.firstBoundary($0) } == nil)
    }
}

/// A shortcut handler that takes a line whole when it has seen its head scanned, as the ledger
/// decoder does, and records what it takes in the same form as `Collector`.
struct HeadCache: RecordShortcut {
    var collector = Collector()
    var heads: [[UInt8]: [String]] = [:]
    var taken = 0

    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        collector.field(index, bytes, recordOffset: recordOffset)
    }

    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        collector.endRecord(fieldCount: fieldCount, recordOffset: recordOffset)
    }

    mutating func takeRecord(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, recordOffset: Int) -> Bool {
        guard let fields = heads[Array(head)] else { return false }
        collector.records.append(fields + [String(decoding: tail, as: UTF8.self)])
        collector.offsets.append(recordOffset)
        taken += 1
        return true
    }

    mutating func scannedRecord(head: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        heads[Array(head)] = Array(collector.records.last!.dropLast())
    }
}

extension FieldScannerTests {
    /// The shortcut mode hands on the same records as the plain scan, however quoted line
    /// breaks, quotes in the last field and CRLF lie, and takes the repeated lines whole.
    @Test(arguments: [1, 2, 3]) func shortcutModeGivesTheSameRecords(seed: UInt64) throws {
        var state = seed
        func below(_ n: UInt64) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % n) }
        var text = ""
        let heads = ["2020,drug,HQ", "2021,\"Office\nNorth\",field", "2020,\"a \"\"b\"\", c\",x", "2020,plain,\"q\""]
        for i in 0..<400 {
            let tail = [String(i), "\"\(i),5\"", "\"x\ny\"", ""][below(4)]
            text += heads[below(4)] + "," + tail + (below(3) == 0 ? "\r\n" : "\n")
        }
        let plain = try Self.scan(text)
        var cache = HeadCache()
        var scratch: [UInt8] = []
        try Array(text.utf8).withUnsafeBufferPointer { buffer throws(CSVSyntaxError) in
            _ = try FieldScanner.scan(buffer, from: 0, to: buffer.count, scratch: &scratch, shortcut: &cache)
        }
        #expect(cache.collector.records == plain.records)
        #expect(cache.collector.offsets == plain.offsets)
        #expect(cache.taken > 100)
    }
}

extension FieldScannerTests {
    /// Counts the fields of one record and where it ends.
    struct FieldCount: RecordHandler {
        var fields = 0
        mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {}
        mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { fields = fieldCount; return false }
    }

    /// `isSimpleField` says yes only to what the scanner reads as exactly one field to the end,
    /// over every string of up to five bytes drawn from the bytes that matter (quote, comma,
    /// semicolon, LF, CR, a letter, a byte of 0x80 or more), and to long ones around the word
    /// boundaries; and it says yes to plain and simply quoted descriptions.
    @Test(arguments: Delimiter.allCases) func simpleFieldsScanAsOneField(delimiter: Delimiter) {
        let alphabet: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x61, 0xC3]
        var cases: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 0..<5 {
            frontier = frontier.flatMap { s in alphabet.map { s + [$0] } }
            cases += frontier
        }
        for length in [7, 8, 9, 15, 16, 17, 30] {
            for position in 0..<length {
                for byte in alphabet {
                    var plain = [UInt8](repeating: 0x61, count: length)
                    plain[position] = byte
                    cases.append(plain)
                    cases.append([0x22] + plain + [0x22])
                }
            }
        }
        var simple = 0
        for bytes in cases {
            let says = bytes.withUnsafeBufferPointer { FieldScanner.isSimpleField($0, delimiter: delimiter) }
            guard says else { continue }
            simple += 1
            var count = FieldCount()
            var scratch: [UInt8] = []
            let stop = bytes.withUnsafeBufferPointer { buffer in
                try? FieldScanner.scan(buffer, from: 0, to: buffer.count, delimiter: delimiter, kernel: .scalar, scratch: &scratch, handler: &count)
            }
            if bytes.isEmpty { continue }
            #expect(stop == bytes.count && count.fields == 1, "\(bytes)")
        }
        #expect(simple > 100)
        func says(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { FieldScanner.isSimpleField($0, delimiter: delimiter) } }
        // Descriptions as a ledger holds them: one field.
        for text in ["INV-2024-000123 Travel to Vienna", "\"PO 77, consultancy; phase 2\tlot 3\"", "\"line\nbreak\""] {
            #expect(says(text), "\(text)")
        }
        // Two fields, a doubled quote, text after the closing quote, a line end, non-ASCII: not sure.
        let d = String(UnicodeScalar(delimiter.rawValue))
        for text in ["a\(d)b", "\"a\"\"b\"", "\"a\"b", "a\"b", "a\nb", "Genève", "\"Genève\""] {
            #expect(!says(text), "\(text)")
        }
    }
}
