import FingovCSV
import FingovIngest

/// A grade of the United Nations common system, in the UN's display order (highest first
/// within each category).
public enum Grade: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case underSecretaryGeneral = "USG"
    case assistantSecretaryGeneral = "ASG"
    case d2 = "D-2", d1 = "D-1"
    case p5 = "P-5", p4 = "P-4", p3 = "P-3", p2 = "P-2", p1 = "P-1"
    case noE = "NO-E", noD = "NO-D", noC = "NO-C", noB = "NO-B", noA = "NO-A"
    case g7 = "G-7", g6 = "G-6", g5 = "G-5", g4 = "G-4", g3 = "G-3", g2 = "G-2", g1 = "G-1"
    case fs7 = "FS-7", fs6 = "FS-6", fs5 = "FS-5", fs4 = "FS-4", fs3 = "FS-3", fs2 = "FS-2", fs1 = "FS-1"
    case s7 = "S-7", s6 = "S-6", s5 = "S-5", s4 = "S-4", s3 = "S-3", s2 = "S-2", s1 = "S-1"
    case tc8 = "TC-8", tc7 = "TC-7", tc6 = "TC-6", tc5 = "TC-5", tc4 = "TC-4", tc3 = "TC-3", tc2 = "TC-2", tc1 = "TC-1"
    case ll7 = "LL-7", ll6 = "LL-6", ll5 = "LL-5", ll4 = "LL-4", ll3 = "LL-3", ll2 = "LL-2", ll1 = "LL-1"

    /// The category the grade belongs to.
    public var category: GradeCategory {
        switch self {
        case .underSecretaryGeneral, .assistantSecretaryGeneral, .d2, .d1, .p5, .p4, .p3, .p2, .p1:
            return .professionalAndHigher
        case .noE, .noD, .noC, .noB, .noA: return .nationalProfessionalOfficer
        case .g7, .g6, .g5, .g4, .g3, .g2, .g1: return .generalService
        case .fs7, .fs6, .fs5, .fs4, .fs3, .fs2, .fs1: return .fieldService
        case .s7, .s6, .s5, .s4, .s3, .s2, .s1: return .securityService
        case .tc8, .tc7, .tc6, .tc5, .tc4, .tc3, .tc2, .tc1: return .tradesAndCrafts
        case .ll7, .ll6, .ll5, .ll4, .ll3, .ll2, .ll1: return .localLevel
        }
    }

    /// The position in display order.
    public var displayOrder: Int { Grade.allCases.firstIndex(of: self)! }

    public static func < (a: Grade, b: Grade) -> Bool { a.displayOrder < b.displayOrder }
}

/// The staff categories of the United Nations Secretariat.
public enum GradeCategory: String, CaseIterable, Hashable, Sendable, Codable {
    case professionalAndHigher = "Professional and higher"
    case nationalProfessionalOfficer = "National Professional Officers"
    case generalService = "General Service and related"
    case fieldService = "Field Service"
    case securityService = "Security Service"
    case tradesAndCrafts = "Trades and Crafts"
    case localLevel = "Local Level"
}

extension Grade {
    /// The grade a spreadsheet or HR extract may write in another form: any case, surrounding
    /// spaces, and the hyphen optional (`p3`, `D1`, `GS-7`, `GS7` and `G7` for `G-7`, `NOB`
    /// for `NO-B`). `nil` when the text is no grade in any of these forms.
    public init?(lenient text: String) {
        var t = text.trimmedCode.uppercased()
        if let exact = Grade(rawValue: t) { self = exact; return }
        if t.hasPrefix("GS") { t = "G" + t.dropFirst(2) } // General Service: GS-7, GS7
        // Put the hyphen back between the letters and the digit or letter that follows them.
        let letters = t.prefix { $0.isLetter }
        var rest = t.dropFirst(letters.count)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        if let g = Grade(rawValue: letters + "-" + rest) { self = g; return }
        // National Officers written without the hyphen: NOA.
        if letters.hasPrefix("NO"), letters.count == 3, rest.isEmpty, let g = Grade(rawValue: "NO-" + letters.suffix(1)) { self = g; return }
        return nil
    }
}

extension Gender {
    /// The gender in any case, with surrounding spaces (`f`, ` M `).
    public init?(lenient text: String) { self.init(rawValue: text.trimmedCode.uppercased()) }
}

extension PostFunding {
    /// The funding in any case, with surrounding spaces (`rb`, ` PSC`).
    public init?(lenient text: String) { self.init(rawValue: text.trimmedCode.uppercased()) }
}

/// Reads `language_post`: `yes`/`no`, `true`/`false`, `y`/`n`, `1`/`0`, in any case, with
/// surrounding spaces; `nil` for anything else.
public func languagePostFlag(lenient text: String) -> Bool? {
    switch text.trimmedCode.lowercased() {
    case "yes", "true", "y", "1": return true
    case "no", "false", "n", "0": return false
    default: return nil
    }
}

extension String {
    /// The text without leading or trailing spaces and tabs.
    var trimmedCode: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Gender as recorded; `X` where it was not recorded.
public enum Gender: String, CaseIterable, Hashable, Sendable, Codable {
    case female = "F"
    case male = "M"
    case notRecorded = "X"
}

/// What funds a post.
public enum PostFunding: String, CaseIterable, Hashable, Sendable, Codable {
    /// The regular budget (assessed contributions).
    case regularBudget = "RB"
    /// General-purpose (unearmarked voluntary) funds.
    case generalPurpose = "GP"
    /// Special-purpose (earmarked voluntary) funds.
    case specialPurpose = "SP"
    /// Programme support cost funds.
    case programmeSupportCost = "PSC"
    /// Other assessed funds, such as peacekeeping.
    case otherAssessed = "OA"
}

/// One staff member of a roster.
public struct StaffMember: Hashable, Sendable, Codable {
    public var id: String
    public var nationality: MemberState
    public var gender: Gender
    public var grade: Grade
    public var postFunding: PostFunding
    /// Whether the post has special language requirements (such posts are outside the system of
    /// desirable ranges).
    public var isLanguagePost: Bool
    public var dutyStation: String
    /// The department or office, such as `UNODC`.
    public var entity: String
    public var appointmentDate: CalendarDate
    /// The last day of service; `nil` while the person serves. (A roster that records the
    /// first day out of service is read with `SeparationReading.firstDayOut`, which turns it
    /// into the last day.)
    public var separationDate: CalendarDate?
    /// The date of birth, when the roster gives it (`date_of_birth`).
    public var birthDate: CalendarDate?

    public init(id: String, nationality: MemberState, gender: Gender, grade: Grade, postFunding: PostFunding,
                isLanguagePost: Bool, dutyStation: String, entity: String,
                appointmentDate: CalendarDate, separationDate: CalendarDate?, birthDate: CalendarDate? = nil) {
        self.birthDate = birthDate
        self.id = id
        self.nationality = nationality
        self.gender = gender
        self.grade = grade
        self.postFunding = postFunding
        self.isLanguagePost = isLanguagePost
        self.dutyStation = dutyStation
        self.entity = entity
        self.appointmentDate = appointmentDate
        self.separationDate = separationDate
    }

    /// Whether the post is *subject to geographical distribution* (METHODOLOGY.md section 1):
    /// a Professional or higher grade, funded by the regular budget, without special language
    /// requirements.
    public var isSubjectToGeographicalDistribution: Bool {
        StaffMember.isSubjectToGeographicalDistribution(grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost)
    }

    /// The rule itself: a Professional or higher grade, the regular budget, no special language
    /// requirements.
    public static func isSubjectToGeographicalDistribution(grade: Grade, postFunding: PostFunding, isLanguagePost: Bool) -> Bool {
        grade.category == .professionalAndHigher && postFunding == .regularBudget && !isLanguagePost
    }

    /// Whether the person counts on `date`: `appointmentDate <= date <= separationDate`, the
    /// separation date being the last day of service ("effective close of business").
    public func isServing(on date: CalendarDate) -> Bool {
        StaffMember.isServing(appointed: appointmentDate, separated: separationDate, on: date)
    }

    /// The rule itself: appointed on or before `date`, and `date` no later than the last day of
    /// service `separated`.
    @inlinable
    public static func isServing(appointed: CalendarDate, separated: CalendarDate?, on date: CalendarDate) -> Bool {
        appointed <= date && (separated.map { date <= $0 } ?? true)
    }
}

/// What the `separation_date` of a roster means.
public enum SeparationReading: String, CaseIterable, Hashable, Sendable, Codable {
    /// The last day of service, as on a UN personnel action ("effective close of business"):
    /// a person separated on D still counts on D. The default.
    case lastDay = "last-day"
    /// The first day out of service, as some HR extracts record it: a person separated on D
    /// last counts on the day before. The decoder turns it into the last day.
    case dayAfter = "day-after"
}

extension StaffMember {
    /// The member as the cells of a roster row.
    public var csvCells: [CSVCell] {
        [.text(id), .text(nationality.rawValue), .text(gender.rawValue), .text(grade.rawValue), .text(postFunding.rawValue),
         .text(isLanguagePost ? "yes" : "no"), .text(dutyStation), .text(entity), .text(appointmentDate.rawValue),
         separationDate.map { .text($0.rawValue) } ?? .empty, birthDate.map { .text($0.rawValue) } ?? .empty]
    }
}

/// A staff roster and how to read it.
public enum Roster {
    /// The required columns of a roster file, in order.
    public static let columns = ["staff_id", "nationality", "gender", "grade", "post_funding", "language_post",
                                 "duty_station", "entity", "appointment_date", "separation_date"]
    /// The optional columns: `date_of_birth` (ISO date, may be empty).
    public static let optionalColumns = ["date_of_birth"]

    /// The columns of a roster file; any other column is ignored and listed in the notes.
    public static let fileColumns = Columns(required: columns, optional: optionalColumns, acceptsOthers: true)

    /// Reads a roster file into memory, checking every field (for small rosters and tests: the
    /// analyses read the file into their accumulators instead).
    ///
    /// - Throws: `DataError` naming file, line, column and value for an unknown nationality,
    ///   grade or vocabulary value, a bad date, a separation before the appointment, or a
    ///   duplicated staff id.
    public static func load(path: String, reference: ReferenceData, format: InputFormat = .automatic) throws(DataError) -> [StaffMember] {
        // One worker, so that the rows keep their file order.
        try Ingest.read(path, columns: fileColumns, format: format, workers: 1) {
            RosterRowDecoder(header: $0, reference: reference, keepsStaffIDs: true, sink: RowCollector())
        }
    }

    /// Decodes roster bytes already in memory (see `load(path:reference:)`).
    public static func decode(bytes: [UInt8], file: String, reference: ReferenceData, format: InputFormat = .automatic) throws(DataError) -> [StaffMember] {
        try Ingest.read(bytes: bytes, file: file, columns: fileColumns, format: format) {
            RosterRowDecoder(header: $0, reference: reference, keepsStaffIDs: true, sink: RowCollector())
        }
    }

    /// A sink that keeps every row.
    struct RowCollector: RosterRowSink {
        var rows: [RosterRow] = []
        mutating func accept(_ row: RosterRow) { rows.append(row) }
        func output(names: RosterNames) -> [StaffMember] { rows.map(names.member) }
    }
}
