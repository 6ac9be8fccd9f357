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
