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
