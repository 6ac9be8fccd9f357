import FingovCSV
import FingovIngest
#if canImport(Glibc)
import Glibc
#endif

/// One ledger row as the byte-level decoder hands it on: fund, funding source and category as
/// their positions in the vocabulary (`LedgerVocabulary`), the office and region as ids into the
/// decoder's interners.
public struct LedgerRow: Sendable {
    public var period: Period
    /// The position of the fund in `LedgerVocabulary.funds`.
    public var fund: UInt16
    /// The position of the source in `LedgerVocabulary.fundingSources`.
    public var fundingSource: UInt16
    public var officeID: Int32
    public var officeType: OfficeType
    /// The position of the category in `LedgerVocabulary.categories`.
    public var category: UInt16
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
    static let placeholder = LedgerRow(period: Period(year: 2000)!, fund: 0, fundingSource: 0, officeID: 0,
                                       officeType: .field, category: 0, amount: .zero, pscRateBasisPoints: nil, regionID: -1)
}

/// The names behind a decoder's ids: the vocabulary, and each office and region by id.
public struct LedgerNames: Sendable {
    public var vocabulary: LedgerVocabulary
    public var offices: [String]
    public var regions: [String]

    public init(vocabulary: LedgerVocabulary, offices: [String], regions: [String]) {
        self.vocabulary = vocabulary
        self.offices = offices
        self.regions = regions
    }

    /// The office of `row`.
    public func office(of row: LedgerRow) -> String { offices[Int(row.officeID)] }

    /// The region of `row`: its `region` field, else the vocabulary's.
    public func region(of row: LedgerRow) -> String {
        row.regionID < 0 ? vocabulary.region(of: offices[Int(row.officeID)]) : regions[Int(row.regionID)]
    }

    /// `row` as a ledger line with its names.
    public func line(_ row: LedgerRow) -> LedgerLine {
        LedgerLine(period: row.period, fund: vocabulary.funds[Int(row.fund)].fund, fundingSource: vocabulary.fundingSources[Int(row.fundingSource)].fundingSource,
                   office: offices[Int(row.officeID)], officeType: row.officeType, category: vocabulary.categories[Int(row.category)].category,
                   amount: row.amount, pscRateBasisPoints: row.pscRateBasisPoints,
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
    @usableFromInline enum Role: Sendable, Hashable { case period, fund, source, office, officeType, category, amount, pscRate, region, basis, ignored }

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
    /// Values read in another form than the vocabulary's (another case, surrounding spaces), for the notes.
    public var intakeNotes = IntakeNotes()
    /// The lists the codes come from.
    public let vocabulary: LedgerVocabulary

    @usableFromInline var row = LedgerRow.placeholder
    // The problems of the record being decoded, every field checked; `rowFailed` is the cheap
    // test of the hot path.
    @usableFromInline var rowProblems: [OffsetProblem] = []
    @usableFromInline var rowFailed = false
    /// Whether a field of the record was read in another form: such a record is not cached, so
    /// that every one is counted in the notes.
    @usableFromInline var rowNormalised = false
    /// For each office id: the id of the office it is read as (itself, or the vocabulary's
    /// spelling of an office written in another case or with surrounding spaces; -1 for an
    /// empty name), and the office's position in `offices.csv` (-1 when not listed).
    @usableFromInline var officeCanonical: [Int32] = []
    @usableFromInline var officeListed: [Int32] = []
    @usableFromInline let sourceColumn: Int, officeTypeColumn: Int
    /// The bytes of each row prefix seen (everything before the amount) and its decoded row.
    @usableFromInline var prefixes = ByteInterner(sampledHash: true)
    @usableFromInline var prefixRows: [LedgerRow] = []
    @usableFromInline let amountIsLast: Bool
    /// How amounts write their decimals (a point unless the file says otherwise: `DataHeader.decimalMark`).
    @usableFromInline let decimalMark: DecimalMark
    /// Ignored columns just before the amount, left out of the cache's keys (`LedgerRowKeys.swift`).
    @usableFromInline let ignoredBeforeAmount: Int
    /// The file's delimiter, for the cache's keys.
    @usableFromInline let separator: Delimiter
    /// Whether the record just scanned was accepted, and its row.
    @usableFromInline var accepted = false
    @usableFromInline var lastAccepted = LedgerRow.placeholder

    /// How many distinct row prefixes the cache keeps.
    public static var prefixLimit: Int { 1 << 16 }

    @usableFromInline let fundWords: ByteVocabulary<UInt16>
    @usableFromInline let sourceWords: ByteVocabulary<UInt16>
    @usableFromInline let categoryWords: ByteVocabulary<UInt16>
    @usableFromInline let officeTypeWords = ByteVocabulary(OfficeType.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let basisWords = ByteVocabulary(Basis.allCases.map { ($0.rawValue, $0) })
    /// Each code lower-cased, for the codes written in another form.
    @usableFromInline let lenientCodes: [Role: [String: (code: String, index: UInt16)]]

    /// Cuts may be made without counting quotes: the decoder's state stays small.
    public static var allowsSpeculativeCuts: Bool { true }

    /// Ledger rows hold amounts (and PSC rates), read with the file's decimal mark.
    public static var readsAmounts: Bool { true }

    /// The sink's output, offices and regions named.
    public func output() -> Sink.Output { sink.output(names: LedgerNames(vocabulary: vocabulary, offices: offices.strings, regions: regions.strings)) }

    /// A decoder for a ledger whose header is `header` (already checked), with the codes of `vocabulary`.
    public init(header: DataHeader, vocabulary: LedgerVocabulary, sink: Sink) {
        self.vocabulary = vocabulary
        func words(_ codes: [String]) -> ByteVocabulary<UInt16> { ByteVocabulary(codes.enumerated().map { ($1, UInt16($0)) }) }
        func lenient(_ codes: [String]) -> [String: (code: String, index: UInt16)] {
            Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1.lowercased(), ($1, UInt16($0))) })
        }
        let funds = vocabulary.funds.map(\.fund.rawValue), sources = vocabulary.fundingSources.map(\.fundingSource.rawValue)
        let categories = vocabulary.categories.map(\.category.rawValue)
        fundWords = words(funds)
        sourceWords = words(sources)
        categoryWords = words(categories)
        lenientCodes = [.fund: lenient(funds), .source: lenient(sources), .category: lenient(categories),
                        .officeType: lenient(OfficeType.allCases.map(\.rawValue)), .basis: lenient(Basis.allCases.map(\.rawValue)),
                        .office: lenient(vocabulary.offices.map(\.office))]
        sourceColumn = (header.columnIndex["funding_source"] ?? 0) + 1
        officeTypeColumn = (header.columnIndex["office_type"] ?? 0) + 1
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
        decimalMark = header.decimalMark
        ignoredBeforeAmount = amountIsLast ? Self.ignoredBeforeAmount(roles) : 0
        separator = header.delimiter
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
    public mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter,
                                     scratch: inout [UInt8]) throws(CSVSyntaxError) {
        if amountIsLast {
            _ = try FieldScanner.scan(buffer, from: start, to: end, delimiter: delimiter, scratch: &scratch, shortcut: &self)
        } else {
            _ = try FieldScanner.scan(buffer, from: start, to: end, delimiter: delimiter, scratch: &scratch, handler: &self)
        }
    }

    /// The cents of an amount, read with the file's decimal mark (the common case, a point,
    /// tested first).
    @inlinable @inline(__always)
    func amountCents(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, MoneyParseFailure> {
        decimalMark == .point ? Money.cents(parsing: bytes) : Money.cents(parsing: bytes, decimalMark: decimalMark)
    }

    @inlinable @inline(__always)
    public mutating func takeRecord(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, recordOffset: Int) -> Bool {
        guard case .success(let cents) = amountCents(tail), let key = rowKey(head), let id = prefixes.find(key) else { return false }
        var known = prefixRows[Int(id)]
        known.amount = Money(cents: cents)
        known.repeatID = id
        rowsRead += 1
        sink.accept(known)
        return true
    }

    @inlinable
    public mutating func scannedRecord(head: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        // A record with a value read in another form is not cached (`rowNormalised`).
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
        rowProblems.append(OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: message))
        rowFailed = true
    }

    /// The vocabulary's code for a field that did not match exactly: the same code in another
    /// case or with surrounding spaces, noted for the notes; `nil` when there is none.
    @usableFromInline
    mutating func lenient(_ role: Role, _ column: String, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        let text = found(bytes)
        guard let (code, index) = lenientCodes[role]?[text.trimmedCode.lowercased()] else { return nil }
        intakeNotes.noteNormalised(column: column, found: text, readAs: code)
        rowNormalised = true
        return index
    }

    /// The code of a field that did not match exactly, read leniently, or a problem listing the
    /// vocabulary's codes and their file.
    @usableFromInline
    mutating func lenientOrFail(_ role: Role, _ column: String, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ recordOffset: Int) -> UInt16? {
        if let code = lenient(role, column, bytes) { return code }
        fail(index, recordOffset, vocabulary.unknownMessage(column, found: found(bytes)))
        return nil
    }

    /// The id of an office seen for the first time: the vocabulary's spelling when it lists the
    /// office in another case or with surrounding spaces (noted), the text without surrounding
    /// spaces (noted) otherwise; and whether `offices.csv` lists it.
    @usableFromInline
    mutating func newOffice(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let text = found(bytes)
        var canonical = id, listed: Int32 = -1
        if let i = vocabulary.officeIndex(of: text) {
            listed = Int32(i)
        } else if text.trimmedCode.isEmpty {
            canonical = -1
        } else {
            let name = lenientCodes[.office]?[text.trimmedCode.lowercased()]?.code ?? text.trimmedCode
            if name != text {
                canonical = Array(name.utf8).withUnsafeBufferPointer { offices.id(of: $0) }
                listed = vocabulary.officeIndex(of: name).map(Int32.init) ?? -1
            }
        }
        while officeCanonical.count <= Int(id) {
            officeCanonical.append(Int32(officeCanonical.count))
            officeListed.append(-1)
        }
        officeCanonical[Int(id)] = canonical
        officeListed[Int(id)] = listed
        if canonical >= 0 && Int(canonical) >= officeCanonical.count {
            while officeCanonical.count <= Int(canonical) {
                officeCanonical.append(Int32(officeCanonical.count))
                officeListed.append(-1)
            }
            officeListed[Int(canonical)] = listed
        }
    }

    @inlinable
    func found(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @inlinable @inline(__always)
    public mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        // Every field is checked, even after a problem, so that one run reports them all. Each
        // code is matched exactly first (the hot path); only a miss tries the other forms.
        guard index < roles.count else { return }
        switch roles[index] {
        case .period:
            if let p = Period.parse(bytes) { row.period = p } else {
                fail(index, recordOffset, "invalid period (found '\(found(bytes))', expected a year YYYY or a biennium YYYY-YYYY)")
            }
        case .fund:
            if let f = fundWords.match(bytes) ?? lenientOrFail(.fund, "fund", index, bytes, recordOffset) { row.fund = f }
        case .source:
            if let s = sourceWords.match(bytes) ?? lenientOrFail(.source, "funding_source", index, bytes, recordOffset) { row.fundingSource = s }
        case .office:
            let id = offices.id(of: bytes)
            if Int(id) >= officeCanonical.count { newOffice(id, bytes) }
            let canonical = officeCanonical[Int(id)]
            if canonical < 0 {
                fail(index, recordOffset, "invalid office (found '\(found(bytes))', expected the name of an office)")
            } else {
                if canonical != id {
                    intakeNotes.noteNormalised(column: "office", found: found(bytes), readAs: offices.string(canonical))
                    rowNormalised = true
                }
                row.officeID = canonical
            }
        case .officeType:
            if let t = officeTypeWords.match(bytes) { row.officeType = t } else if let t = lenient(.officeType, "office_type", bytes) {
                row.officeType = OfficeType.allCases[Int(t)]
            } else {
                fail(index, recordOffset, Ledger.vocabularyMessage("office_type", found(bytes), OfficeType.self))
            }
        case .category:
            if let c = categoryWords.match(bytes) ?? lenientOrFail(.category, "category", index, bytes, recordOffset) { row.category = c }
        case .amount:
            switch amountCents(bytes) {
            case .success(let cents): row.amount = Money(cents: cents)
            case .failure(let failure):
                fail(index, recordOffset, "invalid amount_usd (found '\(found(bytes))', expected dollars with up to two decimals: \(failure.reason))")
            }
        case .pscRate:
            if bytes.isEmpty { row.pscRateBasisPoints = nil } else if case .success(let bp) = amountCents(bytes), (0...10_000).contains(bp) {
                row.pscRateBasisPoints = bp
            } else {
                fail(index, recordOffset, "invalid \(Ledger.pscRateColumn) (found '\(found(bytes))', expected a rate in per cent from 0 to 100 with up to two decimals)")
            }
        case .region:
            row.regionID = bytes.isEmpty ? -1 : regions.id(of: bytes)
        case .basis:
            if bytes.isEmpty { row.basis = .actual } else if let b = basisWords.match(bytes) { row.basis = b } else if let b = lenient(.basis, Ledger.basisColumn, bytes) {
                row.basis = Basis.allCases[Int(b)]
            } else {
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
        // The fields checked, with the fields they are checked against (for the rules between fields).
        defer {
            row.pscRateBasisPoints = nil
            row.regionID = -1
            row.basis = .actual
            rowNormalised = false
            if rowFailed {
                rowProblems.removeAll(keepingCapacity: true)
                rowFailed = false
            }
        }
        let more = true
        if fieldCount != roles.count {
            // The fields are misplaced: what they hold says nothing more.
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: min(fieldCount, roles.count) + 1,
                                       message: "wrong number of fields (found \(fieldCount), expected \(roles.count))"))
            return more
        }
        if rowFailed {
            // The rules between fields, where both fields are good, then every problem of the row.
            checkRules(recordOffset, failedColumns: Set(rowProblems.map(\.column)))
            for problem in rowProblems.sorted(by: { $0.column < $1.column }) { problems.add(problem) }
            return more
        }
        if !vocabulary.allows(fund: Int(row.fund), source: Int(row.fundingSource))
            || (Int(row.officeID) < officeListed.count && officeListed[Int(row.officeID)] >= 0
                && vocabulary.offices[Int(officeListed[Int(row.officeID)])].officeType != row.officeType) {
            checkRules(recordOffset, failedColumns: [])
            for problem in rowProblems.sorted(by: { $0.column < $1.column }) { problems.add(problem) }
            rowFailed = true
            return more
        }
        sink.accept(row)
        accepted = !rowNormalised
        lastAccepted = row
        return more
    }

    /// The rules between fields: the source must be one the fund may use (`funds.csv`), and an
    /// office that `offices.csv` lists must have the type it lists. Checked only where the fields
    /// involved are good.
    @usableFromInline
    mutating func checkRules(_ recordOffset: Int, failedColumns: Set<Int>) {
        let fundColumn = (roles.firstIndex { $0 == .fund } ?? 0) + 1, officeColumn = (roles.firstIndex { $0 == .office } ?? 0) + 1
        if !failedColumns.contains(fundColumn) && !failedColumns.contains(sourceColumn)
            && !vocabulary.allows(fund: Int(row.fund), source: Int(row.fundingSource)) {
            let fund = vocabulary.funds[Int(row.fund)]
            rowProblems.append(OffsetProblem(offset: baseOffset + recordOffset, column: sourceColumn,
                                             message: "invalid funding_source for fund \(fund.fund.rawValue) (found '\(vocabulary.fundingSources[Int(row.fundingSource)].fundingSource.rawValue)', expected "
                                                 + (fund.sources.count == 1 ? fund.sources[0].rawValue : "one of " + fund.sources.map(\.rawValue).joined(separator: ", "))
                                                 + ", as \(vocabulary.path(LedgerVocabulary.fundsFile)) lists)"))
        }
        if !failedColumns.contains(officeColumn) && !failedColumns.contains(officeTypeColumn),
           Int(row.officeID) < officeListed.count, officeListed[Int(row.officeID)] >= 0 {
            let office = vocabulary.offices[Int(officeListed[Int(row.officeID)])]
            if office.officeType != row.officeType {
                rowProblems.append(OffsetProblem(offset: baseOffset + recordOffset, column: officeTypeColumn,
                                                 message: "invalid office_type for office '\(office.office)' (found '\(row.officeType.rawValue)', expected \(office.officeType.rawValue), as \(vocabulary.path(LedgerVocabulary.officesFile)) lists)"))
            }
        }
    }
}

extension Ledger {
    /// `invalid COLUMN (found 'VALUE', expected one of A, B, C)`, as `DataRow.vocabulary` says it.
    public static func vocabularyMessage<T: RawRepresentable & CaseIterable>(_ column: String, _ found: String, _: T.Type) -> String where T.RawValue == String {
        "invalid \(column) (found '\(found)', expected one of " + T.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }
}
