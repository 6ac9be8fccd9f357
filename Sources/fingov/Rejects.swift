import ArgumentParser
import FingovAnalytics
import FingovCSV
import FingovIngest
import FingovReports
#if canImport(Glibc)
import Glibc
#endif

/// `--rejects FILE`: go on past rows with problems, leave them out and write them down.
struct RejectsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Leave rows with problems out instead of stopping, and write them to this CSV file: their own columns, then line and problem (every problem of the row, joined by '; '; for a staff_id used twice in a roster, the second and later rows). The notes and the JSON inputs count them. Without it, a bad row stops the run (exit 65) with every problem listed.", valueName: "file"), completion: .file())
    var rejects: String?

    /// Reads `path` with `body`, given the box the read fills; writes the rejects file when
    /// asked, and returns what the read gave with what the intake has to say. A command that
    /// reads several files of one kind gives each a `part` (such as its year), which goes into
    /// the rejects file's name: `rejects.csv` becomes `rejects-2019.csv`.
    func read<T>(_ path: String, part: String? = nil, _ body: (NotesBox) throws -> T) throws -> (T, Intake) {
        if let rejects { try Self.refuseSameFile(Self.name(rejects, part: part), as: path) }
        let box = NotesBox(rejecting: rejects != nil)
        let result = try body(box)
        var intake = Intake(notes: box.notes.sentences(file: path))
        if let rejects = rejects.map({ Self.name($0, part: part) }), let rejected = box.rejected {
            try OutputFiles.write(Self.csv(rejected), to: rejects)
            intake.rejected = rejected.rows.count
            intake.rejectsFile = rejects
            intake.notes.append(rejected.rows.isEmpty
                ? "\(path): no row had a problem (\(rejects) holds only the header)."
                : "\(path): \(rejected.rows.count) row\(rejected.rows.count == 1 ? "" : "s") with problems left out, written to \(rejects) with their lines and problems.")
            if !rejected.rows.isEmpty {
                // Also on standard error, for a pipeline that reads only the CSV or JSON.
                writeStderr("fingov: note: " + intake.notes.last!)
            }
            if rejected.rowsRead > 0 && rejected.rows.count == rejected.rowsRead {
                throw Failure.data("\(path): every one of its \(rejected.rowsRead) data rows has a problem, so nothing is left to count (the rows are in \(rejects) with their problems)")
            }
        }
        return (result, intake)
    }

    /// Writes the rows a report left out, each input's to the rejects file named with its part
    /// (`rejects-staff.csv`, `rejects-ledger.csv`); returns a line for each, for the terminal.
    func write(_ parts: [(part: String, rows: RejectedRows)]) throws -> String {
        guard let rejects else { return "" }
        var lines = ""
        for (part, rows) in parts { try Self.refuseSameFile(Self.name(rejects, part: part), as: rows.file) }
        for (part, rows) in parts {
            let file = Self.name(rejects, part: part)
            try OutputFiles.write(Self.csv(rows), to: file)
            lines += "\n\(rows.file): \(rows.rows.count) row\(rows.rows.count == 1 ? "" : "s") with problems left out, written to \(file)."
        }
        return lines
    }

    /// Refuses a rejects file that is the input itself (the rows left out would replace it).
    static func refuseSameFile(_ rejects: String, as input: String) throws {
        var a = stat(), b = stat()
        guard stat(rejects, &a) == 0, stat(input, &b) == 0 else { return }
        if a.st_dev == b.st_dev && a.st_ino == b.st_ino {
            throw ValidationError("--rejects \(rejects) is the input \(input): the rows left out would replace it; name another file")
        }
    }

    /// `file` with `-part` before its extension.
    static func name(_ file: String, part: String?) -> String {
        guard let part else { return file }
        let slash = file.lastIndex(of: "/").map { file.index(after: $0) } ?? file.startIndex
        if let dot = file[slash...].lastIndex(of: "."), dot > slash { return file[..<dot] + "-" + part + file[dot...] }
        return file + "-" + part
    }

    /// The rejects file: the rows' own columns, then `line` and `problem`, separated as the
    /// input was (a semicolon export gets its rejects with semicolons) and, for an input in
    /// another encoding, in UTF-8 with a byte-order mark, which spreadsheets recognise. A field
    /// that reads as a number is written as it was; other text is guarded against spreadsheet
    /// formulas as in every CSV Fingov writes.
    static func csv(_ rejected: RejectedRows) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: rejected.wasTranscoded, delimiter: rejected.delimiter)
        writer.writeHeader(rejected.columns)
        for record in rejected.records {
            writer.writeRow(record.map { looksNumeric($0) ? .number($0) : .text($0) })
        }
        return writer.bytes
    }

    static func looksNumeric(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where i == 0: break
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}

/// What reading a roster or a ledger has to say besides its rows: the notes on what the intake
/// forgave, and the rows it left out (`--rejects`).
struct Intake {
    /// Sentences for the output's notes.
    var notes: [String]
    /// Rows left out with problems.
    var rejected = 0
    /// Where they were written.
    var rejectsFile: String?
    /// The input's own rows, when they are not the analysis's (a file of published counts has a
    /// row per State, the analysis a count per staff member).
    var fileAccounting: RowAccounting?

    /// The input as the JSON `inputs` list it: the rows the analysis read, plus those left out
    /// with problems, so that the accounting covers every data row of the file.
    func input(_ path: String, _ accounting: RowAccounting) -> InputFile {
        var accounting = fileAccounting ?? accounting
        if let rejectsFile, rejected > 0 {
            accounting.rowsRead += rejected
            accounting.exclude("with problems (written to \(rejectsFile))", count: rejected)
        }
        return InputFile(path: path, accounting: accounting)
    }
}
