import FingovCSV
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

    @usableFromInline
    static let placeholder = LedgerRow(period: Period(year: 2000)!, fund: .drugProgramme, fundingSource: .specialPurpose, officeID: 0,
                                       officeType: .field, category: .programmeDelivery, amount: .zero, pscRateBasisPoints: nil, regionID: -1)
}

/// Where decoded rows go: a list of lines, or accumulators for a streaming summary.
public protocol LedgerRowSink {
    mutating func accept(_ row: LedgerRow, recordOffset: Int)
}

/// A closed vocabulary matched on bytes: each spelling's length and first eight bytes packed in
/// a word, compared as integers; longer spellings then compare their remaining bytes.
@usableFromInline
struct ByteVocabulary<T>: Sendable where T: Sendable {
    @usableFromInline let lengths: [Int]
    @usableFromInline let words: [UInt64]
    @usableFromInline let spellings: [[UInt8]]
    @usableFromInline let values: [T]

    @usableFromInline
    init(_ pairs: [(String, T)]) {
        spellings = pairs.map { Array($0.0.utf8) }
        lengths = spellings.map(\.count)
        words = spellings.map { bytes in bytes.withUnsafeBufferPointer { ByteVocabulary.prefixWord($0) } }
        values = pairs.map(\.1)
    }

    /// The first eight bytes (fewer for a shorter string) as a little-endian word.
    @inlinable @inline(__always)
    static func prefixWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for i in 0..<min(8, bytes.count) { word |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return word
    }

    @inlinable
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> T? {
        let word = ByteVocabulary.prefixWord(bytes)
        for i in 0..<words.count where words[i] == word && lengths[i] == bytes.count {
            if bytes.count <= 8 { return values[i] }
            if spellings[i].withUnsafeBufferPointer({ memcmpEqual($0, bytes) }) { return values[i] }
        }
        return nil
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
public struct LedgerRowDecoder<Sink: LedgerRowSink>: RecordHandler {
    @usableFromInline enum Role: Sendable { case period, fund, source, office, officeType, category, amount, pscRate, region, ignored }

    @usableFromInline let roles: [Role]
    @usableFromInline let names: [String]
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
    @usableFromInline var rowError: OffsetProblem?

    @usableFromInline let fundWords = ByteVocabulary(Fund.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let sourceWords = ByteVocabulary(FundingSource.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let officeTypeWords = ByteVocabulary(OfficeType.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let categoryWords = ByteVocabulary(Category.allCases.map { ($0.rawValue, $0) })

    /// A decoder for a ledger whose header is `header` (already checked).
    public init(header: DataHeader, sink: Sink) {
        names = header.names
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
            default: return .ignored
            }
        }
        self.sink = sink
    }

    @inlinable
    mutating func fail(_ index: Int, _ recordOffset: Int, _ message: String) {
        if rowError == nil { rowError = OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: message) }
    }

    @inlinable
    func found(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @inlinable @inline(__always)
    public mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        guard rowError == nil, index < roles.count else { return }
        switch roles[index] {
        case .period:
            if let p = Ledger.period(bytes) { row.period = p } else {
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
        case .ignored:
            break
        }
    }

    @inlinable @inline(__always)
    public mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        rowsRead += 1
        defer {
            row.pscRateBasisPoints = nil
            row.regionID = -1
            rowError = nil
        }
        if fieldCount != roles.count {
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: min(fieldCount, roles.count) + 1,
                                       message: "wrong number of fields (found \(fieldCount), expected \(roles.count))"))
            return true
        }
        if let rowError {
            problems.add(rowError)
            return true
        }
        if (row.fund == .regularBudget) != (row.fundingSource == .regularBudget) {
            let column = roles.firstIndex { if case .source = $0 { return true } else { return false } }! + 1
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: column, message: row.fund == .regularBudget
                ? "invalid funding_source for the regular budget fund (found '\(row.fundingSource.rawValue)', expected RB)"
                : "invalid funding_source for a voluntary fund (found 'RB', expected GP, SP or PSC)"))
            return true
        }
        sink.accept(row, recordOffset: recordOffset)
        return true
    }
}

extension Ledger {
    /// Parses `YYYY` or `YYYY-YYYY` from bytes (see `Period(rawValue:)`).
    @inlinable
    public static func period(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        @inline(__always) func year(_ at: Int) -> Int? {
            var value = 0
            for i in at..<(at + 4) {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        if bytes.count == 4, let y = year(0) { return Period(year: y) }
        if bytes.count == 9, bytes[4] == UInt8(ascii: "-"), let a = year(0), let b = year(5), b > a {
            return Period(firstYear: a, lastYear: b)
        }
        return nil
    }

    /// `invalid COLUMN (found 'VALUE', expected one of A, B, C)`, as `DataRow.vocabulary` says it.
    public static func vocabularyMessage<T: RawRepresentable & CaseIterable>(_ column: String, _ found: String, _: T.Type) -> String where T.RawValue == String {
        "invalid \(column) (found '\(found)', expected one of " + T.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }
}
