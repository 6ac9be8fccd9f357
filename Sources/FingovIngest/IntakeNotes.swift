import FingovCSV

/// What reading a file forgave, for the notes: the columns ignored and the values read in
/// another form than the documented one (`p3` read as `P-3`), each counted.
public struct IntakeNotes: Hashable, Sendable, Mergeable {
    /// A value read in another form: the column, the text found and the value it was read as.
    public struct Normalised: Hashable, Sendable, Comparable {
        public var column: String
        public var found: String
        public var readAs: String

        public init(column: String, found: String, readAs: String) {
            self.column = column
            self.found = found
            self.readAs = readAs
        }

        public static func < (a: Normalised, b: Normalised) -> Bool {
            (a.column, a.found, a.readAs) < (b.column, b.found, b.readAs)
        }
    }

    /// How many distinct forms the notes list before they only count the rest.
    public static let listedForms = 12

    /// Columns of the header that no decoder reads, in header order.
    public var ignoredColumns: [String] = []
    /// The delimiter the file was read with.
    public var delimiter: Delimiter = .comma
    /// The encoding the file was read in.
    public var encoding: TextEncoding = .utf8
    /// How the file's amounts write their decimals.
    public var decimalMark: DecimalMark = .point

    /// Notes how the file of `header` was read: delimiter, encoding, and with `amounts` (a
    /// file with amounts) the decimal mark.
    public mutating func noteFormat(of header: DataHeader, amounts: Bool) {
        delimiter = header.delimiter
        encoding = header.encoding
        decimalMark = amounts ? header.decimalMark : .point
    }
    /// Each value read in another form, with the number of fields that had it.
    public var normalised: [Normalised: Int] = [:]

    /// Nothing forgiven.
    public init() {}

    /// Counts one field read as `readAs` from `found`.
    public mutating func noteNormalised(column: String, found: String, readAs: String) {
        normalised[Normalised(column: column, found: found, readAs: readAs), default: 0] += 1
    }

    /// Adds what another part of the same file forgave (the header is the same).
    public mutating func merge(_ other: IntakeNotes) {
        if ignoredColumns.isEmpty { ignoredColumns = other.ignoredColumns }
        if delimiter == .comma { delimiter = other.delimiter }
        if encoding == .utf8 { encoding = other.encoding }
        if decimalMark == .point { decimalMark = other.decimalMark }
        for (form, n) in other.normalised { normalised[form, default: 0] += n }
    }

    /// Whether nothing was forgiven.
    public var isEmpty: Bool { ignoredColumns.isEmpty && normalised.isEmpty && delimiter == .comma && encoding == .utf8 && decimalMark == .point }

    /// The notes about `file`: one sentence for the ignored columns, one for the values read in
    /// another form (the most frequent forms first, up to `listedForms`).
    public func sentences(file: String) -> [String] {
        var notes: [String] = []
        if delimiter != .comma || encoding != .utf8 || decimalMark != .point {
            var text = "\(file): read as \(delimiter)-separated \(encoding) text" + (encoding == .utf8 ? "" : ", transcoded to UTF-8")
            switch decimalMark {
            case .point: break
            case .pointOrComma: text += "; amounts read with a decimal comma (1234,56 or 1.234,56) where so written, else with a decimal point"
            case .comma: text += "; amounts read with a decimal comma (1234,56 or 1.234,56: --decimal-comma)"
            }
            notes.append(text + ".")
        }
        if !ignoredColumns.isEmpty {
            notes.append("\(file): column\(ignoredColumns.count == 1 ? "" : "s") ignored (not used by Fingov): "
                         + ignoredColumns.map { "'\($0)'" }.joined(separator: ", ") + ".")
        }
        if !normalised.isEmpty {
            let forms = normalised.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let total = forms.reduce(0) { $0 + $1.value }
            var text = "\(file): \(total) value\(total == 1 ? "" : "s") read in another form: "
                + forms.prefix(IntakeNotes.listedForms).map { "\($0.key.column) '\($0.key.found)' as '\($0.key.readAs)' (\($0.value))" }
                    .joined(separator: ", ")
            if forms.count > IntakeNotes.listedForms { text += " and \(forms.count - IntakeNotes.listedForms) other forms" }
            notes.append(text + ".")
        }
        return notes
    }
}

/// Where a read puts its `IntakeNotes`: a box the caller keeps, filled on the caller's thread
/// after the workers have finished (never shared while they run).
public final class NotesBox {
    /// What was gathered so far (several reads may add to one box).
    public var notes = IntakeNotes()
    /// Whether rows with problems are left out (and listed in `rejected`) rather than stopping
    /// the read: the user asked to go on (`--rejects FILE`).
    public let rejecting: Bool
    /// The rows left out by the last read, when `rejecting`; `nil` when none was. Several reads
    /// of one file into one box list its rows once.
    public var rejected: RejectedRows?

    /// An empty box; `rejecting` leaves bad rows out instead of stopping the read.
    public init(rejecting: Bool = false) { self.rejecting = rejecting }

    /// How many rows the reads left out.
    public var rejectedCount: Int { rejected?.rows.count ?? 0 }
}
