import FingovCSV
import FingovIngest
#if canImport(Glibc)
import Glibc
#endif

/// One ledger row as the byte-level decoder hands it on: closed vocabularies decoded, the office
/// and region as ids into the decoder's interners.
public struct LedgerRow: Sendable {
    public var period: Period
    public var fund: Fund
    public var fundingSource: FundingSource
    public var officeID: Int32
    public var officeType: OfficeType
    public var category: Category
    public var amount: Money
    public var pscRateBasisPoints: Int?
    /// The id of the row's `region` field, or -1 when the ledger gives none.
    public var regionID: Int32
    /// Budget or actual.
    public var basis: Basis = .actual
    /// An opaque hint from the decoder, or -1: two rows with the same non-negative `repeatID`
    /// are equal in every field but the amount, so a sink may reuse what it derived from the
    /// first (such as the cell it went into).
    public var repeatID: Int32 = -1

    @usableFromInline
    static let placeholder = LedgerRow(period: Period(year: 2000)!, fund: .drugProgramme, fundingSource: .specialPurpose, officeID: 0,
                                       officeType: .field, category: .programmeDelivery, amount: .zero, pscRateBasisPoints: nil, regionID: -1)
}

/// The names behind a decoder's ids: each office and region by id.
public struct LedgerNames: Sendable {
    public var offices: [String]
    public var regions: [String]

    public init(offices: [String], regions: [String]) {
        self.offices = offices
        self.regions = regions
    }

    /// The office of `row`.
    public func office(of row: LedgerRow) -> String { offices[Int(row.officeID)] }

    /// The region of `row`: its `region` field, else `OfficeRegions`'.
    public func region(of row: LedgerRow) -> String {
        row.regionID < 0 ? OfficeRegions.region(of: offices[Int(row.officeID)], type: row.officeType) : regions[Int(row.regionID)]
    }

    /// `row` as a ledger line with its names.
    public func line(_ row: LedgerRow) -> LedgerLine {
        LedgerLine(period: row.period, fund: row.fund, fundingSource: row.fundingSource, office: offices[Int(row.officeID)],
                   officeType: row.officeType, category: row.category, amount: row.amount, pscRateBasisPoints: row.pscRateBasisPoints,
                   region: row.regionID < 0 ? nil : regions[Int(row.regionID)], basis: row.basis)
    }
}

/// Where a worker's decoded ledger rows go: the worker-local form of an accumulator, which may
/// key by the decoder's ids, and which turns into the accumulator itself, ids named, at the end.
public protocol LedgerRowSink {
    /// The accumulator this sink turns into.
    associatedtype Output: Mergeable
    /// Takes one good row.
    mutating func accept(_ row: LedgerRow)
    /// What the sink gathered, with the decoder's ids turned into names.
    func output(names: LedgerNames) -> Output
}

/// A closed vocabulary matched on bytes: each spelling's length and first eight bytes packed in
/// a word, compared as integers; longer spellings then compare their remaining bytes.
@usableFromInline
struct ByteVocabulary<T>: Sendable where T: Sendable {
    @usableFromInline let lengths: [Int]
    @usableFromInline let words: [UInt64]
    @usableFromInline let spellings: [[UInt8]]
    @usableFromInline let values: [T]
    /// Open addressing on (word, length): each slot holds a spelling's index + 1, or 0.
    @usableFromInline let table: [Int]

    @usableFromInline
    init(_ pairs: [(String, T)]) {
        spellings = pairs.map { Array($0.0.utf8) }
        lengths = spellings.map(\.count)
        let words = spellings.map { bytes in bytes.withUnsafeBufferPointer { ByteVocabulary.prefixWord($0) } }
        self.words = words
        values = pairs.map(\.1)
        var size = 8
        while size < 4 * pairs.count { size *= 2 }
        var table = [Int](repeating: 0, count: size)
        for i in words.indices {
            var slot = ByteVocabulary.slot(words[i], lengths[i], size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = i + 1
        }
        self.table = table
    }

    /// The first eight bytes (fewer for a shorter string) as a little-endian word.
    @inlinable @inline(__always)
    static func prefixWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for i in 0..<min(8, bytes.count) { word |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return word
    }

    @inlinable @inline(__always)
    static func slot(_ word: UInt64, _ length: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((word ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inlinable
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> T? {
        let word = ByteVocabulary.prefixWord(bytes)
        let mask = table.count - 1
        var slot = ByteVocabulary.slot(word, bytes.count, mask)
        while true {
            let entry = table[slot]
            if entry == 0 { return nil }
            let i = entry - 1
            if words[i] == word && lengths[i] == bytes.count {
                if bytes.count <= 8 { return values[i] }
                if spellings[i].withUnsafeBufferPointer({ memcmpEqual($0, bytes) }) { return values[i] }
            }
            slot = (slot + 1) & mask
        }
    }
}

@inlinable
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard a.count > 0 else { return true }
    return memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
}

/// Decodes ledger rows from CSV bytes, checking every field as `Ledger` documents, and hands
/// each good row to a sink. The one place where ledger rows are validated, for the in-memory
/// `Ledger.decode` and the streaming summaries alike.
public struct LedgerRowDecoder<Sink: LedgerRowSink>: RowDecoder, RecordShortcut {
    @usableFromInline enum Role: Sendable { case period, fund, source, office, officeType, category, amount, pscRate, region, basis, ignored }

    @usableFromInline let roles: [Role]
    /// Office names, by id.
    public var offices = ByteInterner()
    /// Region names given in the file, by id.
    public var regions = ByteInterner()
    public var sink: Sink
    public var problems = ProblemList()
    /// Data rows seen (good or bad).
    public var rowsRead = 0
    /// Added to the scanner's offsets in problems: the file offset of the buffer being scanned.
    public var baseOffset = 0

    @usableFromInline var row = LedgerRow.placeholder
    // The first problem of the record being decoded; `rowFailed` is the cheap test of the hot path.
    @usableFromInline var rowError: OffsetProblem?
    @usableFromInline var rowFailed = false
    /// The bytes of each row prefix seen (everything before the amount) and its decoded row.
    @usableFromInline var prefixes = ByteInterner(sampledHash: true)
    @usableFromInline var prefixRows: [LedgerRow] = []
    @usableFromInline let amountIsLast: Bool
    /// Ignored columns just before the amount, left out of the cache's keys (`LedgerRowKeys.swift`).
    @usableFromInline let ignoredBeforeAmount: Int
    /// Whether the record just scanned was accepted, and its row.
    @usableFromInline var accepted = false
    @usableFromInline var lastAccepted = LedgerRow.placeholder

    /// How many distinct row prefixes the cache keeps.
    public static var prefixLimit: Int { 1 << 16 }

    @usableFromInline let fundWords = ByteVocabulary(Fund.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let sourceWords = ByteVocabulary(FundingSource.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let officeTypeWords = ByteVocabulary(OfficeType.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let categoryWords = ByteVocabulary(Category.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let basisWords = ByteVocabulary(Basis.allCases.map { ($0.rawValue, $0) })

    /// Cuts may be made without counting quotes: the decoder's state stays small.
    public static var allowsSpeculativeCuts: Bool { true }

    /// The sink's output, offices and regions named.
    public func output() -> Sink.Output { sink.output(names: LedgerNames(offices: offices.strings, regions: regions.strings)) }

    /// A decoder for a ledger whose header is `header` (already checked).
    public init(header: DataHeader, sink: Sink) {
        roles = header.names.map { name in
            switch name {
            case "period": return .period
            case "fund": return .fund
            case "funding_source": return .source
            case "office": return .office
            case "office_type": return .officeType
            case "category": return .category
            case "amount_usd": return .amount
            case Ledger.pscRateColumn: return .pscRate
            case Ledger.regionColumn: return .region
            case Ledger.basisColumn: return .basis
            default: return .ignored
            }
        }
        amountIsLast = header.names.last == "amount_usd"
        ignoredBeforeAmount = amountIsLast ? Self.ignoredBeforeAmount(roles) : 0
        self.sink = sink
    }

    /// Scans the records of `buffer[start..<end]` (which must begin at a record boundary).
    ///
    /// Most ledgers repeat the same few thousand combinations of period, fund, source, office,
    /// type and category over millions of rows. When the amount is the last column, the scan
    /// runs in its shortcut mode (`FieldScanner.scan(_:from:to:scratch:shortcut:)`): each
    /// row's bytes before its amount (its head) are looked up in a cache of heads already
    /// decoded and checked, and a hit needs only the amount parsed (`takeRecord`). A new head,
    /// or anything unusual (a quote in the amount, a bad amount, a malformed record), goes
    /// through the full field-by-field decode, which reports problems exactly as for any row,
    /// and a good new head joins the cache (`scannedRecord`, up to `prefixLimit`). Identical
    /// bytes decode identically, so the cache changes no result; it is private to the decoder
    /// (a sink sees only `LedgerRow.repeatID`).
    @inlinable
    public mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, scratch: inout [UInt8]) throws(CSVSyntaxError) {
        if amountIsLast {
            _ = try FieldScanner.scan(buffer, from: start, to: end, scratch: &scratch, shortcut: &self)
        } else {
            _ = try FieldScanner.scan(buffer, from: start, to: end, scratch: &scratch, handler: &self)
        }
    }

    @inlinable @inline(__always)
    public mutating func takeRecord(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, recordOffset: Int) -> Bool {
        guard case .success(let cents) = Money.cents(parsing: tail), let key = rowKey(head), let id = prefixes.find(key) else { return false }
        var known = prefixRows[Int(id)]
        known.amount = Money(cents: cents)
        known.repeatID = id
        rowsRead += 1
        sink.accept(known)
        return true
    }

    @inlinable
    public mutating func scannedRecord(head: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        guard accepted && prefixRows.count < Self.prefixLimit else { return }
        guard let key = rowKey(head), ignoredBeforeAmount == 0 || Self.endsOutsideQuotes(head, at: key.count) else { return }
        guard Int(prefixes.id(of: key)) == prefixRows.count else { return } // already known
        var cached = lastAccepted
        cached.repeatID = -1
        cached.amount = .zero
        prefixRows.append(cached)
    }

    @inlinable
    mutating func fail(_ index: Int, _ recordOffset: Int, _ message: String) {
        if !rowFailed {
            rowError = OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: message)
            rowFailed = true
        }
    }

    @inlinable
    func found(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @inlinable @inline(__always)
    public mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        guard !rowFailed, index < roles.count else { return }
        switch roles[index] {
        case .period:
            if let p = Period.parse(bytes) { row.period = p } else {
                fail(index, recordOffset, "invalid period (found '\(found(bytes))', expected a year YYYY or a biennium YYYY-YYYY)")
            }
        case .fund:
            if let f = fundWords.match(bytes) { row.fund = f } else { fail(index, recordOffset, Ledger.vocabularyMessage("fund", found(bytes), Fund.self)) }
        case .source:
            if let s = sourceWords.match(bytes) { row.fundingSource = s } else {
                fail(index, recordOffset, Ledger.vocabularyMessage("funding_source", found(bytes), FundingSource.self))
            }
        case .office:
            if bytes.isEmpty { fail(index, recordOffset, "invalid office (found '', expected the name of an office)") } else { row.officeID = offices.id(of: bytes) }
        case .officeType:
            if let t = officeTypeWords.match(bytes) { row.officeType = t } else {
                fail(index, recordOffset, Ledger.vocabularyMessage("office_type", found(bytes), OfficeType.self))
            }
        case .category:
            if let c = categoryWords.match(bytes) { row.category = c } else { fail(index, recordOffset, Ledger.vocabularyMessage("category", found(bytes), Category.self)) }
        case .amount:
            switch Money.cents(parsing: bytes) {
            case .success(let cents): row.amount = Money(cents: cents)
            case .failure(let failure):
                fail(index, recordOffset, "invalid amount_usd (found '\(found(bytes))', expected dollars with up to two decimals: \(failure.reason))")
            }
        case .pscRate:
            if bytes.isEmpty { row.pscRateBasisPoints = nil } else if case .success(let bp) = Money.cents(parsing: bytes), (0...10_000).contains(bp) {
                row.pscRateBasisPoints = bp
            } else {
                fail(index, recordOffset, "invalid \(Ledger.pscRateColumn) (found '\(found(bytes))', expected a rate in per cent from 0 to 100 with up to two decimals)")
            }
        case .region:
            row.regionID = bytes.isEmpty ? -1 : regions.id(of: bytes)
        case .basis:
            if bytes.isEmpty { row.basis = .actual } else if let b = basisWords.match(bytes) { row.basis = b } else {
                fail(index, recordOffset, Ledger.vocabularyMessage(Ledger.basisColumn, found(bytes), Basis.self))
            }
        case .ignored:
            break
        }
    }

    @inlinable @inline(__always)
    public mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        rowsRead += 1
        accepted = false
        defer {
            row.pscRateBasisPoints = nil
            row.regionID = -1
            row.basis = .actual
            if rowFailed {
                rowError = nil
                rowFailed = false
            }
        }
        let more = true
        if fieldCount != roles.count {
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: min(fieldCount, roles.count) + 1,
                                       message: "wrong number of fields (found \(fieldCount), expected \(roles.count))"))
            return more
        }
        if rowFailed, let rowError {
            problems.add(rowError)
            return more
        }
        if (row.fund == .regularBudget) != (row.fundingSource == .regularBudget) {
            let column = roles.firstIndex { if case .source = $0 { return true } else { return false } }! + 1
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: column, message: row.fund == .regularBudget
                ? "invalid funding_source for the regular budget fund (found '\(row.fundingSource.rawValue)', expected RB)"
                : "invalid funding_source for a voluntary fund (found 'RB', expected GP, SP or PSC)"))
            return more
        }
        sink.accept(row)
        accepted = true
        lastAccepted = row
        return more
    }
}

extension Ledger {
    /// `invalid COLUMN (found 'VALUE', expected one of A, B, C)`, as `DataRow.vocabulary` says it.
    public static func vocabularyMessage<T: RawRepresentable & CaseIterable>(_ column: String, _ found: String, _: T.Type) -> String where T.RawValue == String {
        "invalid \(column) (found '\(found)', expected one of " + T.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }
}
