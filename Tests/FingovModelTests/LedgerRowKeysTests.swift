import Testing
import FingovCSV
@testable import FingovModel
import FingovIngest

/// A transaction ledger's rows are cached under their bytes before the description
/// (`LedgerRowKeys.swift`): that must change no result, and must be used.
@Suite struct LedgerRowKeysTests {
    let header = "period,fund,funding_source,office,office_type,category,description,amount_usd\n"
    let plainHeader = "period,fund,funding_source,office,office_type,category,amount_usd\n"
    let prefixes = ["2020,drug,SP,\"Office, Kabul\",field,monitoring", "2021,crime,PSC,\"Say \"\"hi\"\", Vienna\",headquarters,facilities",
                    "2019,regular,RB,HQ,headquarters,oversight"]
    // Descriptions that a backward search can misread: commas and doubled quotes inside quotes,
    // quotes next to commas, empty ones, a line break, non-ASCII text.
    let descriptions = ["INV-1 Payment", "\"PO-2, instalment 3\"", "\"JV-3 \"\"phase 1\"\", revised\"", "\"\"\"\"", "\"\"", "",
                        "\"a\"\",\"\"b\"", "\"ends with a comma,\"", "\"line\nbreak\"", "\"Genève, café\"", "\",\"", "\"\"\",\""]

    func decoder(_ text: String) -> LedgerRowDecoder<Ledger.LineCollector> {
        var reader = CSVReader(bytes: Array(text.utf8), file: "t.csv")
        let h = try! DataHeader(reading: &reader, columns: Ledger.fileColumns)
        return LedgerRowDecoder(header: h, vocabulary: unodcVocabulary, sink: Ledger.LineCollector())
    }

    /// Every description with every prefix, many times over: the lines decoded are those of the
    /// same file without the description column (which has no ignored column, so no split), and
    /// the cache holds one key per prefix, not one per row.
    @Test func transactionRowsDecodeAsThePlainLedgersAndHitTheCache() throws {
        var text = header, plain = plainHeader
        var n = 0
        for round in 0..<4 {
            for prefix in prefixes {
                for description in descriptions {
                    n += 1
                    text += "\(prefix),\(description),\(n).\(round)5\n"
                    plain += "\(prefix),\(n).\(round)5\n"
                }
            }
        }
        let lines = try Ledger.decode(bytes: Array(text.utf8), file: "t.csv", vocabulary: unodcVocabulary)
        #expect(lines == (try Ledger.decode(bytes: Array(plain.utf8), file: "p.csv", vocabulary: unodcVocabulary)))
        #expect(lines.count == n)
        var d = decoder(text)
        var scratch: [UInt8] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { try d.scanRecords($0, from: header.utf8.count, to: $0.count, delimiter: .comma, scratch: &scratch) }
        #expect(d.sink.rows.count == n)
        #expect(d.prefixes.count == prefixes.count)
        #expect(d.sink.rows.filter { $0.repeatID >= 0 }.count > n - 2 * prefixes.count * descriptions.count / 4)
    }

    /// The key of a head is its bytes before the description, found back over the description's
    /// quotes; a head whose description does not scan as one field has none.
    @Test func keysEndBeforeTheDescription() {
        let d = decoder(header + "2020,drug,SP,HQ,headquarters,monitoring,x,1\n")
        #expect(d.ignoredBeforeAmount == 1)
        func key(_ head: String) -> String? {
            Array(head.utf8).withUnsafeBufferPointer { d.rowKey($0).map { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(key("2020,a,\"b, c\",INV-1 x") == "2020,a,\"b, c\"")
        #expect(key("2020,a,b,\"x, \"\"y\"\"\"") == "2020,a,b")
        #expect(key("2020,a,b,\"a\"\",\"\"b\"") == "2020,a,b")
        #expect(key("2020,a,b,") == "2020,a,b")
        #expect(key("2020,a,b,x\"y") == nil)       // a quote inside an unquoted field
        #expect(key("2020,a,b,\"x\"y\"") == nil)   // text after a closing quote
        #expect(key("description only") == nil)
        // A plain ledger's key is the whole head.
        let p = decoder(plainHeader + "2020,drug,SP,HQ,headquarters,monitoring,1\n")
        #expect(p.ignoredBeforeAmount == 0)
    }

    /// The backward search eight bytes at a time finds what a byte-by-byte search finds, also
    /// next to bytes that differ from a comma or a quote only in their high bit, or in one bit.
    @Test func lastByteMatchesAByteByByteSearch() {
        let alphabet: [UInt8] = [0x2C, 0x22, 0x61, 0xAC, 0xA2, 0x2D, 0x23, 0x00, 0xFF, 0x0A]
        var state: UInt64 = 0x1234_5678
        for length in 0..<40 {
            for _ in 0..<200 {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    bytes.append(alphabet[Int(state >> 33) % alphabet.count])
                }
                let expected = bytes.lastIndex { $0 == 0x2C || $0 == 0x22 } ?? -1
                let found = bytes.withUnsafeBufferPointer { b in
                    b.baseAddress.map { LedgerRowDecoder<Ledger.LineCollector>.lastByte($0, before: length, 0x2C, 0x22) } ?? -1
                }
                #expect(found == expected, "\(bytes)")
            }
        }
    }

    /// `text` with the lines of `LINE:COLUMN` positions left out (the same row is on another
    /// line in each file compared).
    static func withoutLines(_ text: String) -> String {
        text.replacing(/[0-9]+:([0-9]+)/) { "L:" + $0.1 }
    }

    /// A problem in the description of a row whose prefix is cached is reported as for a row
    /// decoded in full (the same row first in the file, where nothing is cached yet).
    @Test(arguments: ["\"bad \"quote\"", "bad\"quote", "two, fields", "\"unterminated, 1.00\n", "caf\u{00E9}\u{FFFD}"])
    func descriptionProblemsAreReportedAsInAFullScan(description: String) {
        func problems(_ text: String) -> [String] {
            do { _ = try Ledger.decode(bytes: Array(text.utf8), file: "t.csv", vocabulary: unodcVocabulary); return [] } catch { return error.problems.map { "\($0.column): \($0.message)" }.map(Self.withoutLines) }
        }
        let bad = "2020,drug,SP,HQ,headquarters,monitoring,\(description),1.00\n"
        var cachedFirst = header
        for i in 0..<5 { cachedFirst += "2020,drug,SP,HQ,headquarters,monitoring,row \(i),\(i).00\n" }
        let alone = problems(header + bad), after = problems(cachedFirst + bad)
        #expect(after == alone)
        if description.contains("\u{FFFD}") { #expect(alone.isEmpty) } else { #expect(!alone.isEmpty) }
    }

    /// Invalid UTF-8 in a description is caught by the scan of the ignored field, cached or not.
    @Test func invalidUTF8InADescriptionIsReported() {
        var text = Array(header.utf8)
        for i in 0..<5 { text += Array("2020,drug,SP,HQ,headquarters,monitoring,row \(i),\(i).00\n".utf8) }
        text += Array("2020,drug,SP,HQ,headquarters,monitoring,bad ".utf8) + [0xFF] + Array(",1.00\n".utf8)
        do {
            _ = try Ledger.decode(bytes: text, file: "t.csv", vocabulary: unodcVocabulary)
            Issue.record("expected an error")
        } catch {
            // Column 45: the description starts at 41 (`2020,drug,SP,HQ,headquarters,monitoring,`), then `bad `.
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.description.hasPrefix("t.csv:7:45: invalid UTF-8 (found byte 0xFF, expected UTF-8 text)") == true)
        }
    }
}
