import FingovCSV
import FingovIngest

/// Staff counts by nationality as published (for example the tables of the Secretary-General's
/// composition report), read instead of a roster: a file with columns `iso3,staff` (other
/// columns ignored), one row per code.
///
/// A Member State's code gives its count; the ISO 3166-1 code of a State or territory that is
/// not a Member (`PSE`, `VAT`) is accepted and counted apart, in no Member State's row; any other
/// code is an error, as is a code listed twice or a count that is not a whole number from 0.
public struct PublishedCounts: Hashable, Sendable {
    /// The columns of a counts file.
    public static let columns = ["iso3", "staff"]
    /// The file of ISO 3166-1 codes in a data folder.
    public static let isoFile = "iso3166.csv"

    /// Each Member State's count (States not listed have none).
    public var members: [MemberState: Int]
    /// Each non-member code's count, with its ISO name.
    public var nonMembers: [(code: String, name: String, staff: Int)]
    /// Data rows read.
    public var rowsRead: Int
    /// Columns of the file that were ignored.
    public var ignoredColumns: [String]
    /// How the file was read (its delimiter and encoding, when not the default), for the notes.
    public var formatNotes = IntakeNotes()

    public static func == (a: PublishedCounts, b: PublishedCounts) -> Bool {
        a.members == b.members && a.rowsRead == b.rowsRead && a.ignoredColumns == b.ignoredColumns
            && a.nonMembers.map(\.code) == b.nonMembers.map(\.code) && a.nonMembers.map(\.staff) == b.nonMembers.map(\.staff)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members)
        hasher.combine(rowsRead)
    }

    /// The staff of Member States.
    public var memberStaff: Int { members.values.reduce(0, +) }
    /// The staff of non-members.
    public var nonMemberStaff: Int { nonMembers.reduce(0) { $0 + $1.staff } }

    /// Reads the counts at `path`, checking codes against the Member States of `reference` and
    /// the ISO 3166-1 codes of `isoFolder/iso3166.csv`.
    ///
    /// - Throws: `DataError` for a bad header, no data rows, a code that is not ISO 3166-1, a
    ///   code listed twice, or a count that is not a whole number from 0 (every problem, up to
    ///   the limit).
    ///   `format` says how the text is written where the file cannot tell (`InputFormat`).
    public static func load(path: String, reference: ReferenceData, isoFolder: String, format: InputFormat = .automatic) throws(DataError) -> PublishedCounts {
        var isoFile = try DataFile(path: isoFolder + "/" + isoFile, required: ["iso3", "iso2", "numeric", "name"])
        let isoRows = try isoFile.decodeRows { (row: DataRow) throws(CSVError) -> (String, String) in (row.text("iso3"), row.text("name")) }
        let isoNames = Dictionary(isoRows, uniquingKeysWith: { first, _ in first })
        var file = try DataFile(path: path, required: columns, acceptsOthers: true, format: format)
        var seen: [String: Int] = [:]
        let rows = try file.decodeRows { (row: DataRow) throws(CSVError) -> (String, Int) in
            let raw = row.text("iso3")
            var code = Substring(raw)
            while code.first == " " { code = code.dropFirst() }
            while code.last == " " { code = code.dropLast() }
            let iso3 = code.uppercased()
            guard isoNames[iso3] != nil else {
                throw row.error("iso3", "invalid iso3 (found '\(raw)', expected an ISO 3166-1 alpha-3 code such as FRA)")
            }
            if let first = seen[iso3] { throw row.error("iso3", "\(iso3) is listed twice (already on line \(first))") }
            seen[iso3] = row.line
            let staff = try row.value("staff", expected: "a whole number of staff from 0") { Int($0).flatMap { $0 >= 0 ? $0 : nil } }
            return (iso3, staff)
        }
        if rows.isEmpty {
            throw DataError(CSVError(file: path, line: 0, column: 0, message: "no data rows (found only the header, expected at least one row under iso3,staff)"))
        }
        var members: [MemberState: Int] = [:]
        var nonMembers: [(code: String, name: String, staff: Int)] = []
        for (code, staff) in rows {
            if let state = MemberState(rawValue: code), reference.isMember(state) { members[state] = staff } else {
                nonMembers.append((code, isoNames[code] ?? code, staff))
            }
        }
        nonMembers.sort { $0.code < $1.code }
        var counts = PublishedCounts(members: members, nonMembers: nonMembers, rowsRead: rows.count, ignoredColumns: file.unknownColumns)
        counts.formatNotes = file.formatNotes
        return counts
    }

    /// Counts made in code.
    public init(members: [MemberState: Int], nonMembers: [(code: String, name: String, staff: Int)] = [], rowsRead: Int, ignoredColumns: [String] = []) {
        self.members = members
        self.nonMembers = nonMembers
        self.rowsRead = rowsRead
        self.ignoredColumns = ignoredColumns
    }
}
