import Dispatch
import FingovCSV

/// One roster row as the byte-level decoder hands it on, without a `String` per row: the
/// nationality as an index into the reference table, text fields as interner ids.
public struct RosterRow: Sendable {
    /// The index of the nationality in `ReferenceData.states`.
    public var stateIndex: Int
    public var gender: Gender
    public var grade: Grade
    public var postFunding: PostFunding
    public var isLanguagePost: Bool
    /// Whether the entity is the one the decoder was asked to mark (always true without one).
    public var isInEntity: Bool
    public var entityID: Int32
    public var dutyStationID: Int32
    public var staffID: Int32
    public var appointmentDate: CalendarDate
    public var separationDate: CalendarDate?

    @usableFromInline
    static let placeholder = RosterRow(stateIndex: 0, gender: .female, grade: .p4, postFunding: .regularBudget, isLanguagePost: false,
                                       isInEntity: true, entityID: 0, dutyStationID: 0, staffID: 0,
                                       appointmentDate: CalendarDate(year: 2000, month: 1, day: 1)!, separationDate: nil)

    /// Whether the post is subject to geographical distribution (see `StaffMember`).
    public var isSubjectToGeographicalDistribution: Bool {
        StaffMember.isSubjectToGeographicalDistribution(grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost)
    }

    /// Whether the person counts on `date` (see `StaffMember.isServing(on:)`).
    public func isServing(on date: CalendarDate) -> Bool {
        StaffMember.isServing(appointed: appointmentDate, separated: separationDate, on: date)
    }
}

/// Where decoded roster rows go.
public protocol RosterRowSink {
    mutating func accept(_ row: RosterRow, recordOffset: Int)
}

/// Decodes roster rows from CSV bytes, checking every field as `Roster` documents, and hands each
/// good row to a sink: the one place where roster rows are validated, for the in-memory
/// `Roster.decode` and the streaming analyses alike.
public struct RosterRowDecoder<Sink: RosterRowSink>: RecordHandler {
    @usableFromInline enum Role: Sendable { case id, nationality, gender, grade, funding, language, station, entity, appointed, separated }

    @usableFromInline let roles: [Role?]
    /// The one-based column of `staff_id`.
    public let staffIDColumn: Int
    @usableFromInline let appointedColumn: Int
    @usableFromInline let separatedColumn: Int
    /// State index of each three-letter code packed as `a*676 + b*26 + c`, or -1.
    @usableFromInline let stateOfCode: [Int16]
    @usableFromInline let entityOfInterest: [UInt8]?
    /// Each staff id's text, kept only when asked (`keepsStaffIDs`, for the in-memory roster).
    public var staffIDs = ByteInterner()
    @usableFromInline let keepsStaffIDs: Bool
    @usableFromInline let internsEntities: Bool
    /// The hash of every row's staff id and the file offset of its record, for the duplicate
    /// check that follows the scan (`StaffIDCheck`).
    public var idHashes: [UInt64] = []
    public var idOffsets: [Int] = []
    public var entities = ByteInterner()
    public var dutyStations = ByteInterner()
    public var sink: Sink
    public var problems = ProblemList()
    public var rowsRead = 0
    public var baseOffset = 0

    @usableFromInline var row = RosterRow.placeholder
    @usableFromInline var rowError: OffsetProblem?
    @usableFromInline let genderWords = ByteVocabulary(Gender.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let gradeWords = ByteVocabulary(Grade.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let fundingWords = ByteVocabulary(PostFunding.allCases.map { ($0.rawValue, $0) })

    /// A decoder for a roster whose header is `header` (already checked).
    ///
    /// - Parameter entity: mark rows of this entity (`RosterRow.isInEntity`).
    /// - Parameters:
    ///   - keepsStaffIDs: keep every staff id and duty station as text (the in-memory roster).
    ///   - internsEntities: give each entity an id (`RosterRow.entityID`); otherwise only
    ///     `isInEntity` is set.
    public init(header: DataHeader, reference: ReferenceData, entity: String? = nil, keepsStaffIDs: Bool = false,
                internsEntities: Bool = false, sink: Sink) {
        self.keepsStaffIDs = keepsStaffIDs
        self.internsEntities = internsEntities || keepsStaffIDs
        roles = header.names.map { name in
            switch name {
            case "staff_id": return .id
            case "nationality": return .nationality
            case "gender": return .gender
            case "grade": return .grade
            case "post_funding": return .funding
            case "language_post": return .language
            case "duty_station": return .station
            case "entity": return .entity
            case "appointment_date": return .appointed
            case "separation_date": return .separated
            default: return nil
            }
        }
        staffIDColumn = header.columnIndex["staff_id"]! + 1
        appointedColumn = header.columnIndex["appointment_date"]! + 1
        separatedColumn = header.columnIndex["separation_date"]! + 1
        var table = [Int16](repeating: -1, count: 26 * 26 * 26)
        for (i, profile) in reference.states.enumerated() {
            let u = Array(profile.state.rawValue.utf8).map { Int($0) - 65 }
            let code: Int = u[0] * 676 + u[1] * 26 + u[2]
            table[code] = Int16(i)
        }
        stateOfCode = table
        entityOfInterest = entity.map { Array($0.utf8) }
        self.sink = sink
    }

    /// Decodes the records of `buffer[start..<end]`, which begins at a record boundary.
    @inlinable
    public mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, scratch: inout [UInt8]) throws(CSVSyntaxError) {
        _ = try FieldScanner.scan(buffer, from: start, to: end, scratch: &scratch, handler: &self)
    }

    @inlinable
    mutating func fail(_ index: Int, _ recordOffset: Int, _ message: String) {
        if rowError == nil { rowError = OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: message) }
    }

    @inlinable
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @inlinable @inline(__always)
    public mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        guard rowError == nil, index < roles.count, let role = roles[index] else { return }
        switch role {
        case .id:
            guard !bytes.isEmpty else { return fail(index, recordOffset, "missing staff_id (found '', expected an identifier)") }
            idHashes.append(ByteInterner.hash(bytes))
            idOffsets.append(baseOffset + recordOffset)
            if keepsStaffIDs { row.staffID = staffIDs.id(of: bytes) }
        case .nationality:
            var state = -1
            if bytes.count == 3, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
                let a = Int(bytes[0]) - 65, b = Int(bytes[1]) - 65, c = Int(bytes[2]) - 65
                let code: Int = a * 676 + b * 26 + c
                state = Int(stateOfCode[code])
            }
            if state >= 0 { row.stateIndex = state } else {
                fail(index, recordOffset, "invalid nationality (found '\(text(bytes))', expected the ISO alpha-3 code of a Member State, such as FRA)")
            }
        case .gender:
            if let g = genderWords.match(bytes) { row.gender = g } else { fail(index, recordOffset, Ledger.vocabularyMessage("gender", text(bytes), Gender.self)) }
        case .grade:
            if let g = gradeWords.match(bytes) { row.grade = g } else { fail(index, recordOffset, Ledger.vocabularyMessage("grade", text(bytes), Grade.self)) }
        case .funding:
            if let f = fundingWords.match(bytes) { row.postFunding = f } else {
                fail(index, recordOffset, Ledger.vocabularyMessage("post_funding", text(bytes), PostFunding.self))
            }
        case .language:
            if bytes.count == 3 && bytes[0] == 0x79 && bytes[1] == 0x65 && bytes[2] == 0x73 { row.isLanguagePost = true } else if bytes.count == 2 && bytes[0] == 0x6E && bytes[1] == 0x6F {
                row.isLanguagePost = false
            } else {
                fail(index, recordOffset, "invalid language_post (found '\(text(bytes))', expected yes or no)")
            }
        case .station:
            if keepsStaffIDs { row.dutyStationID = dutyStations.id(of: bytes) }
        case .entity:
            guard !bytes.isEmpty else { return fail(index, recordOffset, "invalid entity (found '', expected the name of a department or office)") }
            if internsEntities { row.entityID = entities.id(of: bytes) }
            row.isInEntity = entityOfInterest.map { e in e.withUnsafeBufferPointer { memcmpEqual($0, bytes) } } ?? true
        case .appointed:
            if let d = CalendarDate.parse(bytes) { row.appointmentDate = d } else {
                fail(index, recordOffset, "invalid appointment_date (found '\(text(bytes))', expected a date YYYY-MM-DD)")
            }
        case .separated:
            if bytes.isEmpty { row.separationDate = nil } else if let d = CalendarDate.parse(bytes) { row.separationDate = d } else {
                fail(index, recordOffset, "invalid separation_date (found '\(text(bytes))', expected a date YYYY-MM-DD, or empty while the person serves)")
            }
        }
    }

    @inlinable @inline(__always)
    public mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        rowsRead += 1
        defer { rowError = nil; row.separationDate = nil; row.isInEntity = true }
        if fieldCount != roles.count {
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: min(fieldCount, roles.count) + 1,
                                       message: "wrong number of fields (found \(fieldCount), expected \(roles.count))"))
            return true
        }
        if let rowError {
            problems.add(rowError)
            return true
        }
        if let separated = row.separationDate, separated < row.appointmentDate {
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: separatedColumn,
                                       message: "separation before appointment (found \(separated), expected \(row.appointmentDate) or later)"))
            return true
        }
        sink.accept(row, recordOffset: baseOffset + recordOffset)
        return true
    }
}

extension CalendarDate {
    /// Parses `YYYY-MM-DD` from bytes (see `init?(rawValue:)`).
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        @inline(__always) func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for i in from..<to {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}

/// Finds staff ids used twice, after the scan, from the hashes and record offsets the decoders
/// kept: each decoder's hashes are sorted (on its own core), equal hashes are found by merging
/// the sorted lists, and only those few records are read again to compare the ids themselves.
/// Memory is 16 bytes a row, and no id is kept as text.
public enum StaffIDCheck {
    /// The duplicates, each reported on the later record with the line of the first.
    ///
    /// - Parameters:
    ///   - parts: each decoder's hashes and offsets.
    ///   - column: the one-based column of `staff_id`.
    ///   - idAt: the staff id of the record at a file offset.
    public static func duplicates(_ parts: [(hashes: [UInt64], offsets: [Int])], column: Int, idAt: (Int) -> String) -> [OffsetProblem] {
        // Sort each part's hashes on its own core.
        var sorted: [[UInt64]] = parts.map(\.hashes)
        sorted.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let b = buffer
            DispatchQueue.concurrentPerform(iterations: parts.count) { k in radixSort(&b[k]) }
        }
        // Merge the sorted lists, noting every hash that appears more than once.
        var repeated = Set<UInt64>()
        var heads = [Int](repeating: 0, count: sorted.count)
        var previous: UInt64? = nil
        while true {
            var best = -1
            var bestHash: UInt64 = 0
            for k in sorted.indices where heads[k] < sorted[k].count {
                let h = sorted[k][heads[k]]
                if best < 0 || h < bestHash { best = k; bestHash = h }
            }
            if best < 0 { break }
            heads[best] += 1
            if previous == bestHash { repeated.insert(bestHash) }
            previous = bestHash
        }
        if repeated.isEmpty { return [] }
        // Gather the records of the repeated hashes (few), in file order.
        var candidates: [UInt64: [Int]] = [:]
        for part in parts {
            for (hash, offset) in zip(part.hashes, part.offsets) where repeated.contains(hash) { candidates[hash, default: []].append(offset) }
        }
        // Compare the ids themselves: equal hashes may (very rarely) be different ids.
        var problems: [OffsetProblem] = []
        for offsets in candidates.values {
            var firstOf: [String: Int] = [:]
            for offset in offsets.sorted() {
                let id = idAt(offset)
                if let first = firstOf[id] {
                    problems.append(OffsetProblem(offset: offset, column: column,
                                                  message: "duplicate staff_id (found '\(id)', already on line \(OffsetProblem.relatedLine))",
                                                  relatedOffset: first))
                } else {
                    firstOf[id] = offset
                }
            }
        }
        return problems.sorted { $0.offset < $1.offset }
    }

    /// Field `column` (one-based) of the record that starts at `offset` in `buffer`.
    public static func field(_ column: Int, ofRecordAt offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        struct One: RecordHandler {
            let index: Int
            var value = ""
            mutating func field(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
                if i == index { value = String(decoding: bytes, as: UTF8.self) }
            }
            mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool { false }
        }
        var handler = One(index: column - 1)
        var scratch: [UInt8] = []
        _ = try? FieldScanner.scan(buffer, from: offset, to: buffer.count, scratch: &scratch, handler: &handler)
        return handler.value
    }
}

/// Sorts 64-bit values in place, least significant byte first (eight counting passes over the
/// array and a buffer of the same size): linear time, several times faster than a comparison
/// sort for a million hashes.
public func radixSort(_ values: inout [UInt64]) {
    let n = values.count
    guard n > 1 else { return }
    var buffer = [UInt64](repeating: 0, count: n)
    values.withUnsafeMutableBufferPointer { a in
        buffer.withUnsafeMutableBufferPointer { b in
            var source = a, target = b
            var counts = [Int](repeating: 0, count: 256)
            for shift in stride(from: UInt64(0), to: 64, by: 8) {
                for i in 0..<256 { counts[i] = 0 }
                for v in source { counts[Int((v >> shift) & 0xFF)] += 1 }
                var total = 0
                for i in 0..<256 { let c = counts[i]; counts[i] = total; total += c }
                for v in source {
                    let digit = Int((v >> shift) & 0xFF)
                    target[counts[digit]] = v
                    counts[digit] += 1
                }
                swap(&source, &target)
            }
            // Eight passes: the sorted values are back in `a`.
        }
    }
}
