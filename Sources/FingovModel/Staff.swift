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

    /// The category the grade belongs to.
    public var category: GradeCategory {
        switch self {
        case .underSecretaryGeneral, .assistantSecretaryGeneral, .d2, .d1, .p5, .p4, .p3, .p2, .p1:
            return .professionalAndHigher
        case .noE, .noD, .noC, .noB, .noA: return .nationalProfessionalOfficer
        case .g7, .g6, .g5, .g4, .g3, .g2, .g1: return .generalService
        case .fs7, .fs6, .fs5, .fs4, .fs3, .fs2, .fs1: return .fieldService
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
    /// The date of separation; `nil` while the person serves.
    public var separationDate: CalendarDate?

    public init(id: String, nationality: MemberState, gender: Gender, grade: Grade, postFunding: PostFunding,
                isLanguagePost: Bool, dutyStation: String, entity: String,
                appointmentDate: CalendarDate, separationDate: CalendarDate?) {
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

    /// Whether the person counts on `date`: appointed on or before it and not separated by then.
    /// A person separated on `date` no longer counts on it.
    public func isServing(on date: CalendarDate) -> Bool {
        StaffMember.isServing(appointed: appointmentDate, separated: separationDate, on: date)
    }

    /// The rule itself: appointed on or before `date`, and not separated on or before it.
    @inlinable
    public static func isServing(appointed: CalendarDate, separated: CalendarDate?, on date: CalendarDate) -> Bool {
        appointed <= date && (separated.map { $0 > date } ?? true)
    }
}

extension StaffMember {
    /// The member as the cells of a roster row.
    public var csvCells: [CSVCell] {
        [.text(id), .text(nationality.rawValue), .text(gender.rawValue), .text(grade.rawValue), .text(postFunding.rawValue),
         .text(isLanguagePost ? "yes" : "no"), .text(dutyStation), .text(entity), .text(appointmentDate.rawValue),
         separationDate.map { .text($0.rawValue) } ?? .empty]
    }
}

/// A staff roster and how to read it.
public enum Roster {
    /// The columns of a roster file, in order.
    public static let columns = ["staff_id", "nationality", "gender", "grade", "post_funding", "language_post",
                                 "duty_station", "entity", "appointment_date", "separation_date"]

    /// The columns of a roster file.
    public static let fileColumns = Columns(required: columns)

    /// Reads a roster file into memory, checking every field (for small rosters and tests: the
    /// analyses read the file into their accumulators instead).
    ///
    /// - Throws: `DataError` naming file, line, column and value for an unknown nationality,
    ///   grade or vocabulary value, a bad date, a separation before the appointment, or a
    ///   duplicated staff id.
    public static func load(path: String, reference: ReferenceData) throws(DataError) -> [StaffMember] {
        // One worker, so that the rows keep their file order.
        try Ingest.read(path, columns: fileColumns, workers: 1) { RosterRowDecoder(header: $0, reference: reference, keepsStaffIDs: true, sink: RowCollector()) }
    }

    /// Decodes roster bytes already in memory (see `load(path:reference:)`).
    public static func decode(bytes: [UInt8], file: String, reference: ReferenceData) throws(DataError) -> [StaffMember] {
        try Ingest.read(bytes: bytes, file: file, columns: fileColumns) {
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
