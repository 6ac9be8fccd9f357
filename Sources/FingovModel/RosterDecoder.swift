import FingovCSV
import FingovIngest

/// One roster row as the byte-level decoder hands it on, without a `String` per row: the
/// nationality as an index into the reference table, text fields as interner ids.
public struct RosterRow: Sendable {
    /// The index of the nationality in `ReferenceData.states`, or past its end for a
    /// non-member's ISO code (`ReferenceData.nonMembers`, in order).
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
    /// The last day of service (a file that gives the first day out is read into the last day).
    public var separationDate: CalendarDate?
    /// The date of birth, when the roster has a `date_of_birth` column and it is not empty.
    public var birthDate: CalendarDate?

    @usableFromInline
    static let placeholder = RosterRow(stateIndex: 0, gender: .female, grade: .p4, postFunding: .regularBudget, isLanguagePost: false,
                                       isInEntity: true, entityID: 0, dutyStationID: 0, staffID: 0,
                                       appointmentDate: CalendarDate(year: 2000, month: 1, day: 1)!, separationDate: nil, birthDate: nil)

    /// Whether the post is subject to geographical distribution (see `StaffMember`).
    public var isSubjectToGeographicalDistribution: Bool {
        StaffMember.isSubjectToGeographicalDistribution(grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost)
    }

    /// Whether the person counts on `date` (see `StaffMember.isServing(on:)`).
    public func isServing(on date: CalendarDate) -> Bool {
        StaffMember.isServing(appointed: appointmentDate, separated: separationDate, on: date)
    }
}

/// The names behind a roster decoder's ids: Member States by index, and the interned text fields.
public struct RosterNames: Sendable {
    /// The reference table's States, then the non-members' ISO codes, by `RosterRow.stateIndex`.
    public var states: [MemberState]
    /// Entities by `RosterRow.entityID` (empty unless the decoder interns them).
    public var entities: [String]
    /// Staff ids and duty stations by id (empty unless the decoder keeps them).
    public var staffIDs: [String]
    public var dutyStations: [String]

    /// The member of `row`; the decoder must have kept staff ids (`keepsStaffIDs`).
    public func member(_ row: RosterRow) -> StaffMember {
        StaffMember(id: staffIDs[Int(row.staffID)], nationality: states[row.stateIndex], gender: row.gender, grade: row.grade,
                    postFunding: row.postFunding, isLanguagePost: row.isLanguagePost, dutyStation: dutyStations[Int(row.dutyStationID)],
                    entity: entities[Int(row.entityID)], appointmentDate: row.appointmentDate, separationDate: row.separationDate,
                    birthDate: row.birthDate)
    }
}

/// Where a worker's decoded roster rows go: the worker-local form of an accumulator, which turns
/// into the accumulator itself, ids named, at the end.
public protocol RosterRowSink {
    /// The accumulator this sink turns into.
    associatedtype Output: Mergeable
    /// Takes one good row.
    mutating func accept(_ row: RosterRow)
    /// What the sink gathered, with the decoder's ids turned into names.
    func output(names: RosterNames) -> Output
}

/// Decodes roster rows from CSV bytes, checking every field as `Roster` documents, and hands each
/// good row to a sink: the one place where roster rows are validated, for the in-memory
/// `Roster.decode` and the streaming analyses alike.
public struct RosterRowDecoder<Sink: RosterRowSink>: RowDecoder {
    @usableFromInline enum Role: Sendable { case id, nationality, gender, grade, funding, language, station, entity, appointed, separated, birth }

    @usableFromInline let roles: [Role?]
    /// The one-based column of `staff_id`.
    public let staffIDColumn: Int
    @usableFromInline let appointedColumn: Int
    @usableFromInline let separatedColumn: Int
    @usableFromInline let birthColumn: Int
    /// What `separation_date` means in this file.
    @usableFromInline let separationReading: SeparationReading
    /// Values read in another form than the documented one, for the notes.
    public var intakeNotes = IntakeNotes()
    /// State index of each three-letter code packed as `a*676 + b*26 + c`, or -1.
    @usableFromInline let stateOfCode: [Int16]
    @usableFromInline let entityOfInterest: [UInt8]?
    /// Each staff id's text, kept only when asked (`keepsStaffIDs`, for the in-memory roster).
    public var staffIDs = ByteInterner()
    @usableFromInline let keepsStaffIDs: Bool
    @usableFromInline let internsEntities: Bool
    /// Every row's staff id (as a hash) and the file offset of its record, for the duplicate
    /// check that follows the scan (`DuplicateIDs`).
    public var ids = RowIDs()
    public var entities = ByteInterner()
    public var dutyStations = ByteInterner()
    public var sink: Sink
    public var problems = ProblemList()
    public var rowsRead = 0
    public var baseOffset = 0

    @usableFromInline var row = RosterRow.placeholder
    // The problems of the record being decoded, every field checked; `rowFailed` is the cheap
    // test of the hot path.
    @usableFromInline var rowProblems: [OffsetProblem] = []
    @usableFromInline var rowFailed = false
    @usableFromInline let genderWords = ByteVocabulary(Gender.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let gradeWords = ByteVocabulary(Grade.allCases.map { ($0.rawValue, $0) })
    @usableFromInline let fundingWords = ByteVocabulary(PostFunding.allCases.map { ($0.rawValue, $0) })

    /// A decoder for a roster whose header is `header` (already checked).
    ///
    /// - Parameters:
    ///   - entity: mark rows of this entity (`RosterRow.isInEntity`).
    ///   - separation: what `separation_date` means (the last day of service by default).
    ///   - keepsStaffIDs: keep every staff id and duty station as text (the in-memory roster).
    ///   - internsEntities: give each entity an id (`RosterRow.entityID`); otherwise only
    ///     `isInEntity` is set.
    public init(header: DataHeader, reference: ReferenceData, entity: String? = nil, separation: SeparationReading = .lastDay,
                keepsStaffIDs: Bool = false, internsEntities: Bool = false, sink: Sink) {
        self.separationReading = separation
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
            case "date_of_birth": return .birth
            default: return nil
            }
        }
        staffIDColumn = header.columnIndex["staff_id"]! + 1
        appointedColumn = header.columnIndex["appointment_date"]! + 1
        separatedColumn = header.columnIndex["separation_date"]! + 1
        birthColumn = (header.columnIndex["date_of_birth"] ?? -1) + 1
        var table = [Int16](repeating: -1, count: 26 * 26 * 26)
        // Member States first, then the non-members' ISO codes (counted apart by the sinks).
        let codes = reference.states.map(\.state) + reference.nonMembers.map(\.code)
        for (i, state) in codes.enumerated() {
            let u = Array(state.rawValue.utf8).map { Int($0) - 65 }
            let code: Int = u[0] * 676 + u[1] * 26 + u[2]
            table[code] = Int16(i)
        }
        stateOfCode = table
        states = codes
        entityOfInterest = entity.map { Array($0.utf8) }
        self.sink = sink
    }

    // The ids kept for the duplicate check grow with the roster: no copies per window.
    public static var allowsSpeculativeCuts: Bool { false }

    /// The staff ids, for the duplicate check.
    public var uniqueIDs: (ids: RowIDs, column: Int, name: String)? { (ids, staffIDColumn, "staff_id") }

    /// The reference table's States, then the non-members' codes, for the names.
    @usableFromInline let states: [MemberState]

    /// The sink's output, with States, entities, staff ids and duty stations named.
    public func output() -> Sink.Output {
        sink.output(names: RosterNames(states: states, entities: entities.strings, staffIDs: staffIDs.strings, dutyStations: dutyStations.strings))
    }

    @inlinable
    mutating func fail(_ index: Int, _ recordOffset: Int, _ message: String) {
        rowProblems.append(OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: message))
        rowFailed = true
    }

    /// Counts a value read in another form, for the notes.
    @usableFromInline
    mutating func noteNormalised(_ column: String, _ bytes: UnsafeBufferPointer<UInt8>, _ value: String) {
        intakeNotes.noteNormalised(column: column, found: text(bytes), readAs: value)
    }

    /// The State index of a nationality written in another form (any case, surrounding spaces),
    /// noted; or the problem with it.
    @usableFromInline
    mutating func lenientNationality(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ recordOffset: Int) -> Int? {
        let found = text(bytes)
        let code = found.trimmedCode.uppercased()
        let u = Array(code.utf8)
        if u.count == 3, u.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
            let state = Int(stateOfCode[Int(u[0] - 65) * 676 + Int(u[1] - 65) * 26 + Int(u[2] - 65)])
            if state >= 0 {
                noteNormalised("nationality", bytes, code)
                return state
            }
        }
        if code.contains(where: { $0 == "/" || $0 == "," || $0 == ";" || $0 == "|" || $0 == "+" || $0 == " " }) {
            fail(index, recordOffset, "more than one nationality (found '\(found)', expected one ISO alpha-3 code: the Secretariat recognises one nationality per staff member, give that one)")
        } else {
            fail(index, recordOffset, "invalid nationality (found '\(found)', expected an ISO 3166-1 alpha-3 code, such as FRA)")
        }
        return nil
    }

    @inlinable
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    @inlinable @inline(__always)
    public mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        // Every field is checked, even after a problem, so that one run reports them all.
        guard index < roles.count, let role = roles[index] else { return }
        switch role {
        case .id:
            guard !bytes.isEmpty else { return fail(index, recordOffset, "missing staff_id (found '', expected an identifier)") }
            ids.add(bytes, recordOffset: baseOffset + recordOffset)
            if keepsStaffIDs { row.staffID = staffIDs.id(of: bytes) }
        case .nationality:
            var state = -1
            if bytes.count == 3, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
                let a = Int(bytes[0]) - 65, b = Int(bytes[1]) - 65, c = Int(bytes[2]) - 65
                let code: Int = a * 676 + b * 26 + c
                state = Int(stateOfCode[code])
            }
            if state >= 0 { row.stateIndex = state } else if let lenient = lenientNationality(index, bytes, recordOffset) { row.stateIndex = lenient }
        // Each code is matched exactly first (the hot path); only a miss tries the other forms.
        case .gender:
            if let g = genderWords.match(bytes) { row.gender = g } else if let g = Gender(lenient: text(bytes)) {
                row.gender = g
                noteNormalised("gender", bytes, g.rawValue)
            } else { fail(index, recordOffset, Ledger.vocabularyMessage("gender", text(bytes), Gender.self)) }
        case .grade:
            if let g = gradeWords.match(bytes) { row.grade = g } else if let g = Grade(lenient: text(bytes)) {
                row.grade = g
                noteNormalised("grade", bytes, g.rawValue)
            } else { fail(index, recordOffset, Ledger.vocabularyMessage("grade", text(bytes), Grade.self)) }
        case .funding:
            if let f = fundingWords.match(bytes) { row.postFunding = f } else if let f = PostFunding(lenient: text(bytes)) {
                row.postFunding = f
                noteNormalised("post_funding", bytes, f.rawValue)
            } else {
                fail(index, recordOffset, Ledger.vocabularyMessage("post_funding", text(bytes), PostFunding.self))
            }
        case .language:
            if bytes.count == 3 && bytes[0] == 0x79 && bytes[1] == 0x65 && bytes[2] == 0x73 { row.isLanguagePost = true } else if bytes.count == 2 && bytes[0] == 0x6E && bytes[1] == 0x6F {
                row.isLanguagePost = false
            } else if let flag = languagePostFlag(lenient: text(bytes)) {
                row.isLanguagePost = flag
                noteNormalised("language_post", bytes, flag ? "yes" : "no")
            } else {
                fail(index, recordOffset, "invalid language_post (found '\(text(bytes))', expected yes or no; also read: true/false, y/n, 1/0)")
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
        case .birth:
            if bytes.isEmpty { row.birthDate = nil } else if let d = CalendarDate.parse(bytes) { row.birthDate = d } else {
                fail(index, recordOffset, "invalid date_of_birth (found '\(text(bytes))', expected a date YYYY-MM-DD, or empty)")
            }
        }
    }

    @inlinable @inline(__always)
    public mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        rowsRead += 1
        defer {
            if rowFailed {
                rowProblems.removeAll(keepingCapacity: true)
                rowFailed = false
            }
            row.separationDate = nil
            row.birthDate = nil
            row.isInEntity = true
        }
        if fieldCount != roles.count {
            // The fields are misplaced: what they hold says nothing more.
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: min(fieldCount, roles.count) + 1,
                                       message: "wrong number of fields (found \(fieldCount), expected \(roles.count))"))
            return true
        }
        if rowFailed {
            for problem in rowProblems { problems.add(problem) }
            return true
        }
        if let separated = row.separationDate {
            if separated < row.appointmentDate {
                problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: separatedColumn,
                                           message: "separation before appointment (found \(separated), expected \(row.appointmentDate) or later)"))
                return true
            }
            // The first day out of service: the last day is the day before.
            if separationReading == .dayAfter { row.separationDate = separated.dayBefore }
        }
        if let born = row.birthDate, born >= row.appointmentDate {
            problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: birthColumn,
                                       message: "date_of_birth on or after appointment (found \(born), expected a date before \(row.appointmentDate))"))
            return true
        }
        sink.accept(row)
        return true
    }
}
