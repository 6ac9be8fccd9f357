import FingovCSV

/// The key under which the ledger decoder caches a decoded row (see
/// `LedgerRowDecoder.scanRecords`): a row's bytes before the amount, less any ignored columns just
/// before the amount.
///
/// A transaction ledger carries a description or a document number on every row, just before
/// the amount (`generate ledger --with-description`): no two rows' bytes before the amount are
/// the same, so a cache keyed on all of them never hits. Keyed on the bytes before the ignored
/// columns instead (period to category), it hits as often as on a plain ledger, and the ignored
/// columns cost only their scan: the `FieldScanner` splits them from the rest of the record and
/// checks them (quotes, UTF-8) exactly as in a full scan, with nothing decoded.
///
/// Why a hit is the row the full scan would decode: a key is cached only from a record that was
/// scanned field by field, accepted, and in which the key ends at a real field boundary (an
/// even number of quotes before it: in a record without syntax errors a comma is inside quotes
/// exactly when an odd number of quotes precede it) and is followed by exactly the ignored
/// fields and the amount. A later record that starts with the same key and a comma is split by
/// the scanner, left to right, into the same leading fields, ending at the same place; the
/// rest of it is then scanned from there as the full scan would, and must be exactly the
/// ignored fields, ending where the amount begins. Anything else (a different field count, a
/// syntax error, a line break right after the key) declines the shortcut, and the record is
/// scanned in full, so that its problems are reported exactly as for any record.
extension LedgerRowDecoder {
    /// The number of ignored columns just before the amount (the last column), or 0.
    static func ignoredBeforeAmount(_ roles: [Role]) -> Int {
        guard roles.count > 1 else { return 0 }
        var n = 0
        for role in roles.dropLast().reversed() {
            guard case .ignored = role else { break }
            n += 1
        }
        // At least one decoded field must remain in the key.
        return n < roles.count - 1 ? n : 0
    }

    /// The key of a record whose bytes before its last comma are `head`: `head` itself when no
    /// ignored column precedes the amount, else its bytes before the ignored columns, once the
    /// scanner has found exactly those columns after them (`nil` when it does not).
    @inlinable @inline(__always)
    func rowKey(_ head: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        if ignoredBeforeAmount == 0 { return head }
        guard let split = proposedSplit(head), scansAsIgnoredFields(head, from: split + 1) else { return nil }
        return UnsafeBufferPointer(rebasing: head[0..<split])
    }

    /// Where the ignored fields at the end of `head` seem to begin: the offset of the comma
    /// before them, found backwards (a quoted field back to its opening quote, over doubled
    /// quotes; an unquoted one back to the previous comma). Only a proposal: `rowKey` has it
    /// checked by the scanner, and a key is trusted only once cached (see above).
    @inlinable @inline(__always)
    func proposedSplit(_ head: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = head.baseAddress else { return nil }
        let quote: UInt8 = 0x22, comma: UInt8 = separator.rawValue // the file's delimiter
        var end = head.count // the field ends before `end`
        for _ in 0..<ignoredBeforeAmount {
            guard end > 0 else { return nil }
            var start: Int
            if base[end - 1] == quote {
                // Quoted: back over doubled quotes to the opening one.
                var limit = end - 1
                while true {
                    let q = Self.lastByte(base, before: limit, quote, quote)
                    guard q >= 0 else { return nil }
                    if q > 0 && base[q - 1] == quote { limit = q - 1; continue }
                    start = q
                    break
                }
            } else {
                // Unquoted: back to the previous comma; a quote on the way makes it malformed.
                let c = Self.lastByte(base, before: end, comma, quote)
                guard c < 0 || base[c] == comma else { return nil }
                start = c + 1
            }
            guard start > 0, base[start - 1] == comma else { return nil }
            end = start - 1
        }
        return end > 0 ? end : nil
    }

    /// The offset of the last byte before `end` that is `a` or `b`, or -1: eight bytes at a time
    /// from the end (`memrchr` is not in Swift's Glibc module), with an exact test for equal
    /// bytes, since the usual faster one can flag a byte above a match.
    @inlinable @inline(__always)
    static func lastByte(_ base: UnsafePointer<UInt8>, before end: Int, _ a: UInt8, _ b: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { ~(((v & lows) &+ lows) | v | lows) }
        var e = end
        while e >= 8 {
            let word = UnsafeRawPointer(base + e - 8).loadUnaligned(as: UInt64.self)
            let mask = zeroBytes(word ^ (ones &* UInt64(a))) | zeroBytes(word ^ (ones &* UInt64(b)))
            if mask != 0 { return e - 8 + (63 - mask.leadingZeroBitCount) >> 3 }
            e -= 8
        }
        while e > 0 {
            e -= 1
            if base[e] == a || base[e] == b { return e }
        }
        return -1
    }

    /// Whether `head[from...]` scans as exactly the ignored fields, the last ending at the end
    /// of `head` (its UTF-8 and its quotes checked by `FieldScanner`).
    @inlinable @inline(__always)
    func scansAsIgnoredFields(_ head: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        // Nothing after the split: one empty field.
        if start == head.count { return ignoredBeforeAmount == 1 }
        guard start < head.count, head[start] != 0x0A, head[start] != 0x0D else { return false }
        // One plain field (the rule: a description or a document number) needs no scan.
        if ignoredBeforeAmount == 1 && FieldScanner.isSimpleField(UnsafeBufferPointer(rebasing: head[start...]), delimiter: separator) { return true }
        var counter = FieldCounter()
        var scratch: [UInt8] = []
        do throws(CSVSyntaxError) {
            let stop = try FieldScanner.scan(head, from: start, to: head.count, delimiter: separator, scratch: &scratch, handler: &counter)
            return stop == head.count && counter.fields == ignoredBeforeAmount
        } catch {
            return false
        }
    }

    /// Whether the key `head[0..<split]` of a record just scanned in full and accepted ends at
    /// a field boundary: an even number of quotes before it.
    @inlinable
    static func endsOutsideQuotes(_ head: UnsafeBufferPointer<UInt8>, at split: Int) -> Bool {
        FieldScanner.quoteCount(head, from: 0, to: split) % 2 == 0
    }
}

/// Counts the fields of one record.
@usableFromInline
struct FieldCounter: RecordHandler {
    @usableFromInline var fields = 0
    @inlinable init() {}
    @inlinable @inline(__always)
    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {}
    @inlinable @inline(__always)
    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        fields = fieldCount
        return false
    }
}
