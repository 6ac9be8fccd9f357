import CStructural
import Testing
@testable import FingovCSV

/// The vector kernels against the byte loop: the structural index against a direct walk over
/// the bytes, and whole scans (fields, records, where the scan stops, every error) against the
/// scalar scan on random files, well formed and not, long enough to cross blocks and chunks.
@Suite struct StructuralKernelTests {
    /// A repeatable pseudo-random sequence (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Everything a handler is told, in order, so that two scans can be compared whole.
    struct Log: RecordHandler {
        var events: [String] = []
        /// Stop (return false) at the end of this record, counted from one; 0 never.
        var stopAfter = 0
        var records = 0
        mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
            events.append("f\(index)@\(recordOffset)=\(Array(bytes))")
        }
        mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
            events.append("end \(fieldCount)@\(recordOffset)")
            records += 1
            return records != stopAfter
        }
    }

    /// A scan's whole outcome: the handler's log, then where it stopped or the error it threw.
    static func outcome(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil, delimiter: Delimiter = .comma,
                        kernel: FieldScanner.Kernel, stopAfter: Int = 0) -> [String] {
        var log = Log(stopAfter: stopAfter)
        var scratch: [UInt8] = []
        let result: String = bytes.withUnsafeBufferPointer { buffer in
            do {
                let stop = try FieldScanner.scan(buffer, from: start, to: end ?? buffer.count, delimiter: delimiter, kernel: kernel,
                                                 scratch: &scratch, handler: &log)
                return "stopped at \(stop)"
            } catch {
                return "error \(error)"
            }
        }
        return log.events + [result]
    }

    /// Where two outcomes first differ (`nil` when they are the same), so that a failure prints
    /// one event and not two whole logs.
    static func difference(_ a: [String], _ b: [String]) -> String? {
        guard a != b else { return nil }
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "event \(i): \(i < a.count ? a[i] : "(none)") against \(i < b.count ? b[i] : "(none)")"
    }

    /// The index of `bytes` as a direct walk finds it: structural offsets, and the quote and
    /// high-byte bitmaps interleaved a word each.
    static func walk(_ bytes: [UInt8], delimiter: UInt8) -> (positions: [UInt32], marks: [UInt64]) {
        var positions: [UInt32] = []
        var marks = [UInt64](repeating: 0, count: 2 * ((bytes.count + 63) / 64))
        var inQuotes = false
        for (i, byte) in bytes.enumerated() {
            if byte == 0x22 { inQuotes.toggle(); marks[2 * (i / 64)] |= 1 << UInt64(i % 64) }
            if byte >= 0x80 { marks[2 * (i / 64) + 1] |= 1 << UInt64(i % 64) }
            if !inQuotes && (byte == delimiter || byte == 0x0A || byte == 0x0D) { positions.append(UInt32(i)) }
        }
        return (positions, marks)
    }

    /// Every kernel this processor runs gives the index a direct walk gives, at every length
    /// from 0 to 300 (whole and partial blocks) and at random lengths up to 5,000, on bytes drawn
    /// mostly from the structural ones, at unaligned starts.
    @Test(arguments: FieldScanner.Kernel.available.filter { $0 != .scalar })
    func indexMatchesAWalk(kernel: FieldScanner.Kernel) {
        var random = Random(state: 15)
        let alphabet: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x61, 0x62, 0xC3, 0xA9, 0xFF, 0x00, 0x20, 0x22]
        let lengths = Array(0...300) + (0..<60).map { _ in random.below(5000) }
        for length in lengths {
            let skew = random.below(7)
            let bytes = (0..<(length + skew)).map { _ in alphabet[random.below(alphabet.count)] }
            let span = Array(bytes[skew...])
            for delimiter in [UInt8(0x2C), 0x3B, 0x09] {
                let expected = Self.walk(span, delimiter: delimiter)
                // The kernel may write up to 63 offsets past its count, never past `length + 64`
                // entries, nor past its bitmaps: the guard entries after them must stay as filled.
                var positions = [UInt32](repeating: 0xFFFF_FFFF, count: length + 64 + 16)
                var marks = [UInt64](repeating: 0xDEAD, count: expected.marks.count + 8)
                let count = bytes.withUnsafeBufferPointer { buffer in
                    fingov_structurals(buffer.baseAddress! + skew, length, delimiter, Int32(kernel.rawValue), &positions, &marks)
                }
                #expect(Array(positions.prefix(count)) == expected.positions, "length \(length), delimiter \(delimiter)")
                #expect(Array(marks.prefix(expected.marks.count)) == expected.marks, "length \(length), delimiter \(delimiter)")
                #expect(positions[(length + 64)...].allSatisfy { $0 == 0xFFFF_FFFF } && marks[expected.marks.count...].allSatisfy { $0 == 0xDEAD })
                // The quote count for the cuts, by the same kernel.
                let quotes = bytes.withUnsafeBufferPointer { fingov_count_byte($0.baseAddress! + skew, length, 0x22, Int32(kernel.rawValue)) }
                #expect(quotes == span.count { $0 == 0x22 })
            }
        }
    }

    /// One record of a random file: mostly the fields real exports hold (plain, empty, quoted
    /// with a delimiter, a doubled quote or a line break inside, accented), and, where `faults`
    /// allows, now and then a broken one (a stray quote, text after a closing quote, a quote left
    /// open, a byte that is not UTF-8).
    static func record(_ random: inout Random, delimiter: UInt8, faults: Bool) -> [UInt8] {
        let d = String(UnicodeScalar(delimiter))
        let fields = 1 + random.below(12)
        var text: [UInt8] = []
        for i in 0..<fields {
            if i > 0 { text.append(delimiter) }
            let kind = random.below(faults ? 40 : 34)
            switch kind {
            case 0..<12: text += Array("S\(random.below(1_000_000))".utf8)
            case 12..<15: break
            case 15..<22: text += Array("\"Vienna\(d) Austria \(random.below(100))\"".utf8)
            case 22..<24: text += Array("\"the \"\"field\"\" unit\"".utf8)
            case 24..<26: text += Array("\"Santiago\n(Chile)\"".utf8)
            case 26..<28: text += Array("Genève".utf8)
            case 28..<30: text += Array("\"Bogotá\(d) Colombia\"".utf8)
            case 30..<32: text += Array(String(repeating: "x", count: random.below(200)).utf8)
            case 32..<34: text += Array("\"\"".utf8)
            case 34: text += Array("ab\"c".utf8)
            case 35: text += Array("\"ab\"c".utf8)
            case 36: text += Array("\"open".utf8)
            case 37: text += [0x61, 0xFF, 0x62]
            case 38: text += [0x22, 0xC3, 0x28, 0x22]
            default: text += [0xE2, 0x82]
            }
        }
        let ends: [[UInt8]] = [[0x0A], [0x0A], [0x0A], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A]]
        return text + ends[random.below(ends.count)]
    }

    /// A random file of `records` records.
    static func file(_ random: inout Random, records: Int, delimiter: UInt8, faultEvery: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<records {
            bytes += record(&random, delimiter: delimiter, faults: faultEvery > 0 && random.below(faultEvery) == 0)
        }
        return bytes
    }

    /// Well-formed files of 40 to 80 KiB (several chunks of the index), scanned whole, from a
    /// later record, to a cut inside the file, and stopped by the handler: every kernel tells
    /// the handler what the byte loop tells it, and stops where it stops.
    @Test(arguments: FieldScanner.Kernel.available.filter { $0 != .scalar })
    func wellFormedFilesScanAlike(kernel: FieldScanner.Kernel) throws {
        var random = Random(state: 2026)
        for delimiter in Delimiter.allCases {
            for _ in 0..<4 {
                let bytes = Self.file(&random, records: 600 + random.below(600), delimiter: delimiter.rawValue, faultEvery: 0)
                let whole = Self.outcome(bytes, delimiter: delimiter, kernel: .scalar)
                #expect(Self.difference(Self.outcome(bytes, delimiter: delimiter, kernel: kernel), whole) == nil)
                #expect(whole.last == "stopped at \(bytes.count)")
                let cut = random.below(bytes.count)
                #expect(Self.difference(Self.outcome(bytes, to: cut, delimiter: delimiter, kernel: kernel),
                                        Self.outcome(bytes, to: cut, delimiter: delimiter, kernel: .scalar)) == nil)
                let stop = 1 + random.below(500)
                #expect(Self.difference(Self.outcome(bytes, delimiter: delimiter, kernel: kernel, stopAfter: stop),
                                        Self.outcome(bytes, delimiter: delimiter, kernel: .scalar, stopAfter: stop)) == nil)
                // From the start of a later record, found by the scalar scan stopped after it.
                let later = Self.outcome(bytes, delimiter: delimiter, kernel: .scalar, stopAfter: 1 + random.below(100))
                let start = Int(later.last!.split(separator: " ").last!)!
                #expect(Self.difference(Self.outcome(bytes, from: start, delimiter: delimiter, kernel: kernel),
                                        Self.outcome(bytes, from: start, delimiter: delimiter, kernel: .scalar)) == nil)
            }
        }
    }

    /// Files with a broken field here and there: the same records before it, the same error at
    /// the same offsets.
    @Test(arguments: FieldScanner.Kernel.available.filter { $0 != .scalar })
    func brokenFilesFailAlike(kernel: FieldScanner.Kernel) {
        var random = Random(state: 11)
        var errors = 0
        for round in 0..<300 {
            let delimiter = Delimiter.allCases[round % 3]
            let bytes = Self.file(&random, records: 20 + random.below(400), delimiter: delimiter.rawValue, faultEvery: 60)
            let scalar = Self.outcome(bytes, delimiter: delimiter, kernel: .scalar)
            #expect(Self.difference(Self.outcome(bytes, delimiter: delimiter, kernel: kernel), scalar) == nil, "round \(round)")
            if scalar.last!.hasPrefix("error") { errors += 1 }
        }
        // The test means something only if most files did break somewhere.
        #expect(errors > 150)
    }

    /// A field longer than a chunk, a record of many chunks, and a file with no line end at
    /// the end: the slow paths of the index scan.
    @Test(arguments: FieldScanner.Kernel.available.filter { $0 != .scalar })
    func longFieldsAndRecords(kernel: FieldScanner.Kernel) {
        let long = String(repeating: "y", count: 40_000)
        let quoted = "\"" + String(repeating: "a,b\n", count: 9_000) + "\""
        for text in ["a,\(long),c\nd,e\n", "\(quoted),z\r\nq\n", "a,b\n" + String(repeating: "k,", count: 20_000) + "end",
                     String(repeating: "p,q\n", count: 5_000) + "\"no close"] {
            let bytes = Array(text.utf8)
            #expect(Self.difference(Self.outcome(bytes, kernel: kernel), Self.outcome(bytes, kernel: .scalar)) == nil)
        }
    }
}
