import Foundation
import Testing
import FingovCSV
import FingovIngest
@testable import FingovModel

/// Writes `bytes` to a new temporary file and returns its path.
private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "fingov-export-" + UUID().uuidString + ".csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// `text` in Windows-1252, encoded here one character at a time (the fixture's own encoder,
/// independent of the reader's decoder): Latin-1 characters as their byte, and the few others
/// these fixtures use from Windows-1252's 0x80-0x9F.
private func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
        switch scalar {
        case "€": return 0x80
        case "’": return 0x92
        case "Œ": return 0x8C
        default:
            precondition(scalar.value < 0x100 && !(0x80...0x9F).contains(scalar.value), "not in the fixture's table: \(scalar)")
            return UInt8(scalar.value)
        }
    }
}

/// `text` in UTF-16LE with its byte-order mark, as Excel saves "Unicode text".
private func utf16LE(_ text: String) -> [UInt8] {
    [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

/// Rosters and ledgers as spreadsheets save them, checked against values written by hand.
@Suite struct SpreadsheetExportTests {
    let reference: ReferenceData
    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    static let rosterHeader = ["staff_id", "nationality", "gender", "grade", "post_funding", "language_post", "duty_station", "entity",
                               "appointment_date", "separation_date", "nom"]
    static let rosterRows = [
        ["S1", "FRA", "F", "P-4", "RB", "no", "Genève", "Bureau régional", "2020-01-15", "", "François"],
        ["S2", "CIV", "M", "P-3", "RB", "no", "Abidjan", "Côte d’Ivoire office", "2019-05-01", "", "Kouassi €"],
        ["S3", "DEU", "F", "G-5", "SP", "no", "Zürich", "Büro; Œuvre", "2018-01-01", "2024-06-30", "Müller"],
    ]

    static func roster(_ separator: String, lineEnd: String = "\r\n") -> String {
        ([rosterHeader] + rosterRows).map { row in
            row.map { $0.contains(separator) ? "\"\($0)\"" : $0 }.joined(separator: separator)
        }.joined(separator: lineEnd) + lineEnd
    }

    /// What the three rows hold, by hand.
    func checkRoster(_ staff: [StaffMember]) {
        #expect(staff.map(\.id) == ["S1", "S2", "S3"])
        #expect(staff.map(\.nationality.rawValue) == ["FRA", "CIV", "DEU"])
        #expect(staff.map(\.dutyStation) == ["Genève", "Abidjan", "Zürich"])
        #expect(staff.map(\.entity) == ["Bureau régional", "Côte d’Ivoire office", "Büro; Œuvre"])
        #expect(staff.map(\.grade.rawValue) == ["P-4", "P-3", "G-5"])
        #expect(staff.map { $0.separationDate?.rawValue } == [nil, nil, "2024-06-30"])
    }

    /// A semicolon-separated Windows-1252 roster (Excel's "CSV" in a French locale): refused
    /// without --encoding, with the message that names the encoding, at the first é; read with
    /// it, with the notes saying how.
    @Test func semicolonWindows1252Roster() throws {
        let path = try temporaryFile(windows1252(Self.roster(";")))
        do {
            _ = try Roster.load(path: path, reference: reference)
            Issue.record("expected an error")
        } catch {
            // `S1;FRA;F;P-4;RB;no;Gen` is 22 characters: è (0xE8) is at column 23 of line 2.
            #expect(error.description.hasPrefix("\(path):2:23: invalid UTF-8 (found byte 0xE8, expected UTF-8 text): the file looks like Windows-1252"))
            #expect(error.description.contains("read it with --encoding windows-1252"))
        }
        checkRoster(try Roster.load(path: path, reference: reference, format: InputFormat(encoding: .windows1252)))
        let box = NotesBox()
        _ = try Ingest.read(path, columns: Roster.fileColumns, format: InputFormat(encoding: .windows1252), notes: box) {
            RosterRowDecoder(header: $0, reference: reference, keepsStaffIDs: true, sink: Roster.RowCollector())
        }
        #expect(box.notes.sentences(file: "staff.csv") == [
            "staff.csv: read as semicolon-separated Windows-1252 text, transcoded to UTF-8.",
            "staff.csv: column ignored (not used by Fingov): 'nom'.",
        ])
        // The same bytes in memory, and with the delimiter forced.
        checkRoster(try Roster.decode(bytes: windows1252(Self.roster(";")), file: "staff.csv", reference: reference,
                                      format: InputFormat(encoding: .windows1252, delimiter: .semicolon)))
    }

    /// Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF; found
    /// without any option, on one worker or several.
    @Test func utf16TabSeparatedRoster() throws {
        let bytes = utf16LE(Self.roster("\t"))
        let path = try temporaryFile(bytes)
        checkRoster(try Roster.load(path: path, reference: reference))
        checkRoster(try Roster.decode(bytes: bytes, file: "staff.txt", reference: reference))
        // A bad grade in it is located in characters: `S9\tFRA\tF\t` is 9.
        let bad = utf16LE(Self.roster("\t") + "S9\tFRA\tF\tP-9\tRB\tno\tGenève\tUNOG\t2020-01-01\t\tx\r\n")
        let badPath = try temporaryFile(bad)
        do {
            _ = try Roster.load(path: badPath, reference: reference)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map { "\($0.line):\($0.column)" } == ["5:10"])
        }
    }

    static let ledgerHead = "2020;drug;SP;Bureau de Genève;field;monitoring;"

    /// A semicolon ledger with decimal commas, its head repeated so that the decoder's cache
    /// reads most amounts. By hand: 1234.56 + 100.50 - 0.25 + 2000.00 + 12.50 = 3347.31 for
    /// Geneva; 1,000,000.01 for crime; 7.00 for the regular budget.
    @Test func semicolonLedgerWithDecimalCommas() throws {
        let text = "period;fund;funding_source;office;office_type;category;amount_usd\r\n"
            + ["1.234,56", "100,5", "-0,25", "2.000", "12.50"].map { Self.ledgerHead + $0 + "\r\n" }.joined()
            + "2020;crime;GP;HQ;headquarters;oversight;1.000.000,01\r\n2021;regular;RB;HQ;headquarters;oversight;7\r\n"
        let path = try temporaryFile(Array(text.utf8))
        for lines in [try Ledger.load(path: path, vocabulary: unodcVocabulary), try Ledger.decode(bytes: Array(text.utf8), file: "l.csv", vocabulary: unodcVocabulary)] {
            #expect(lines.map(\.amount.cents) == [123_456, 10_050, -25, 200_000, 1_250, 100_000_001, 700])
            #expect(lines.filter { $0.office == "Bureau de Genève" }.reduce(0) { $0 + $1.amount.cents } == 334_731)
            #expect(lines.reduce(0) { $0 + $1.amount.cents } == 100_335_432)
        }
        // --decimal-comma: a point is then only between thousands, so 12.50 is refused, at its
        // character: `2020;drug;SP;Bureau de Genève;field;monitoring;` is 47 characters.
        do {
            _ = try Ledger.load(path: path, vocabulary: unodcVocabulary, format: InputFormat(decimalComma: true))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path):6:48: invalid amount_usd (found '12.50', expected dollars with up to two decimals: read with a decimal comma, a '.' may only separate groups of three digits, as in 1.234.567,89)")
        }
        // A comma-separated ledger whose amounts are quoted with decimal commas: --decimal-comma.
        let commas = "period,fund,funding_source,office,office_type,category,amount_usd\n2020,drug,SP,HQ,field,monitoring,\"1.234,56\"\n2020,drug,SP,HQ,field,monitoring,\"0,5\"\n"
        #expect(try Ledger.decode(bytes: Array(commas.utf8), file: "l.csv", vocabulary: unodcVocabulary, format: InputFormat(decimalComma: true)).map(\.amount.cents) == [123_456, 50])
        // Without it, a comma-separated file keeps the decimal point.
        #expect(throws: DataError.self) { _ = try Ledger.decode(bytes: Array(commas.utf8), file: "l.csv", vocabulary: unodcVocabulary) }
    }
}
