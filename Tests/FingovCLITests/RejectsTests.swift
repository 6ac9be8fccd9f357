import Foundation
import Testing

/// `--rejects FILE`: rows with problems are left out, written down and counted; without it they
/// stop the run.
@Suite struct RejectsTests {
    static let rosterHeader = "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date,email"

    /// Seven rows: three good (two FRA, one DEU), a row with three bad fields, a repeated id, a
    /// short row and a separation before appointment.
    static let roster = [
        rosterHeader,
        "S1,FRA,F,P-3,RB,no,Vienna,UNODC,2020-01-01,,a@un.org",
        "S2,XXX,Q,P-9,RB,no,Vienna,UNODC,2020-01-01,,b@un.org",
        "S3,DEU,M,P-4,RB,no,Vienna,UNODC,2020-01-01,,c@un.org",
        "S1,ITA,M,P-2,RB,no,Vienna,UNODC,2021-01-01,,d@un.org",
        "S4,ESP,M,P-2,RB,no,Vienna",
        "S5,GBR,F,D-1,RB,no,\"Vienna, Austria\",UNODC,2019-05-01,2019-01-01,=cmd",
        "S6,FRA,M,P-5,RB,no,Vienna,UNODC,2018-01-01,,f@un.org",
    ].joined(separator: "\n") + "\n"

    @Test func rosterRowsLeftOutAreWrittenDownAndCounted() throws {
        let folder = try CLI.temporaryFolder()
        let staff = folder + "/staff.csv", rejects = folder + "/rejects.csv"
        try Self.roster.write(toFile: staff, atomically: true, encoding: .utf8)

        // Without --rejects: exit 65, every problem listed, nothing written.
        let stopped = try CLI.run(["representation", "--staff", staff, "--as-of", "2025-06-30", "--format", "csv"])
        #expect(stopped.status == 65)
        #expect(stopped.stderr.split(separator: "\n").count == 7) // the heading and six problems
        #expect(!FileManager.default.fileExists(atPath: rejects))

        let r = try CLI.run(["representation", "--staff", staff, "--as-of", "2025-06-30", "--rejects", rejects, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        // Counted by hand: S1 and S6 (FRA) and S3 (DEU) are kept.
        let rows = try #require((document["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])
        let staffOf = Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["iso3"] as? String).map { ($0, row["staff"] as? Int ?? -1) } })
        #expect(staffOf["FRA"] == 2)
        #expect(staffOf["DEU"] == 1)
        #expect(staffOf["ITA"] == 0 && staffOf["ESP"] == 0 && staffOf["GBR"] == 0)
        let input = try #require((document["inputs"] as? [[String: Any]])?.first)
        #expect(input["rows_read"] as? Int == 7)
        #expect(input["rows_used"] as? Int == 3)
        #expect((input["rows_excluded"] as? [String: Int])?["with problems (written to \(rejects))"] == 4)
        let notes = try #require(document["notes"] as? [String])
        #expect(notes.contains("\(staff): 4 rows with problems left out, written to \(rejects) with their lines and problems."))

        // The rejects file read back: the roster's own columns, then line and problem.
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        let lines = written.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)
        #expect(lines[0] == Self.rosterHeader + ",line,problem")
        #expect(lines[1].hasPrefix("S2,XXX,Q,P-9,RB,no,Vienna,UNODC,2020-01-01,,b@un.org,3,\"invalid nationality (found 'XXX'"))
        #expect(lines[1].contains("; invalid gender (found 'Q', expected one of F, M, X); invalid grade (found 'P-9'"))
        #expect(lines[2] == "S1,ITA,M,P-2,RB,no,Vienna,UNODC,2021-01-01,,d@un.org,5,\"duplicate staff_id (found 'S1', already on line 2)\"")
        #expect(lines[3] == "S4,ESP,M,P-2,RB,no,Vienna,,,,,6,\"wrong number of fields (found 7, expected 11)\"")
        // The quoted field keeps its comma; a formula-like cell is guarded as in every CSV written.
        #expect(lines[4] == "S5,GBR,F,D-1,RB,no,\"Vienna, Austria\",UNODC,2019-05-01,2019-01-01,'=cmd,7,\"separation before appointment (found 2019-01-01, expected 2019-05-01 or later)\"")
    }

    @Test func ledgerRowsLeftOutReconcileToTheCent() throws {
        let folder = try CLI.temporaryFolder()
        let ledger = folder + "/ledger.csv", rejects = folder + "/out/rejects.csv"
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try """
        period,fund,funding_source,office,office_type,category,amount_usd
        2021,drug,GP,Headquarters (Vienna),headquarters,programme-management,100.10
        2021,drug,GP,Headquarters (Vienna),headquarters,programme-management,12.3.4
        2021,drug,GP,Headquarters (Vienna),headquarters,programme-management,-20.05
        2021,drug,XX,Headquarters (Vienna),headquarters,programme-management,7.00
        2021,regular,RB,Country Office Afghanistan,field,programme-management,30.00

        """.write(toFile: ledger, atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--ledger", ledger, "--by", "office_type", "--rejects", rejects, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        // 100.10 - 20.05 at headquarters, 30.00 in the field.
        #expect(r.stdout.contains("headquarters,80.05,"))
        #expect(r.stdout.contains("field,30.00,"))
        #expect(r.stdout.contains("Total,110.05,100"))
        let written = try String(contentsOfFile: rejects, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(written[0] == "period,fund,funding_source,office,office_type,category,amount_usd,line,problem")
        #expect(written[1].hasPrefix("2021,drug,GP,Headquarters (Vienna),headquarters,programme-management,12.3.4,3,"))
        #expect(written[2].hasPrefix("2021,drug,XX,Headquarters (Vienna),headquarters,programme-management,7.00,5,"))
        #expect(written.filter { !$0.isEmpty }.count == 3)
    }

    /// Found by a new user: a rejects file that is the input would replace it; a file whose
    /// every row is bad leaves nothing to count; a pipeline reading CSV still hears of the rows
    /// left out (standard error).
    @Test func rejectsThatCouldMislead() throws {
        let folder = try CLI.temporaryFolder()
        let staff = folder + "/staff.csv"
        try Self.roster.write(toFile: staff, atomically: true, encoding: .utf8)
        let same = try CLI.run(["representation", "--staff", staff, "--rejects", folder + "/./staff.csv"])
        #expect(same.status == 64)
        #expect(same.stderr.contains("is the input"), "\(same.stderr)")
        #expect(try String(contentsOfFile: staff, encoding: .utf8) == Self.roster)

        let bad = folder + "/bad.csv"
        try (Self.rosterHeader + "\nS2,XXX,Q,P-9,RB,no,Vienna,UNODC,2020-01-01,,b@un.org\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let none = try CLI.run(["representation", "--staff", bad, "--rejects", folder + "/r.csv"])
        #expect(none.status == 65)
        #expect(none.stderr.contains("every one of its 1 data rows has a problem"), "\(none.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/r.csv"))

        let csv = try CLI.run(["representation", "--staff", staff, "--rejects", folder + "/r2.csv", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stderr.contains("4 rows with problems left out, written to \(folder)/r2.csv"), "\(csv.stderr)")
    }

    /// The rejects of a semicolon-separated Windows-1252 export come back with semicolons, in
    /// UTF-8 with a byte-order mark (which spreadsheets recognise), and read again once fixed.
    @Test func rejectsKeepTheExportsSeparator() throws {
        let folder = try CLI.temporaryFolder()
        let staff = folder + "/export.csv", rejects = folder + "/fix.csv"
        let text = "staff_id;nationality;gender;grade;post_funding;language_post;duty_station;entity;appointment_date;separation_date\r\n"
            + "S1;FRA;F;P-3;RB;no;Gen\u{E8}ve;UNODC;2020-01-01;\r\nS2;XXX;F;P-3;RB;no;Bogot\u{E1}, Colombia;UNODC;2020-01-01;\r\n"
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: staff)) // Latin-1 bytes: Windows-1252 for these letters
        let r = try CLI.run(["representation", "--staff", staff, "--encoding", "windows-1252", "--rejects", rejects, "--format", "csv", "--state", "FRA"])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: rejects))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "staff_id;nationality;gender;grade;post_funding;language_post;duty_station;entity;appointment_date;separation_date;line;problem")
        #expect(lines[1].hasPrefix("S2;XXX;F;P-3;RB;no;\"Bogot\u{E1}, Colombia\";UNODC;2020-01-01;;3;"))
        // Fixed, the rejects file is read like any roster (line and problem are ignored columns).
        try String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "S2;XXX;", with: "S2;COL;").write(toFile: rejects, atomically: true, encoding: .utf8)
        let again = try CLI.run(["representation", "--staff", rejects, "--format", "csv", "--state", "COL"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\r\nCOL,Colombia,1,"))
    }

    /// A clean file with --rejects gets a rejects file with only the header, and a note that says so.
    @Test func nothingLeftOut() throws {
        let folder = try CLI.temporaryFolder()
        let staff = folder + "/staff.csv", rejects = folder + "/rejects.csv"
        try (Self.rosterHeader + "\nS1,FRA,F,P-3,RB,no,Vienna,UNODC,2020-01-01,,a@un.org\n").write(toFile: staff, atomically: true, encoding: .utf8)
        let r = try CLI.run(["gender", "--staff", staff, "--as-of", "2025-06-30", "--rejects", rejects])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == Self.rosterHeader + ",line,problem\r\n")
        #expect(r.stdout.contains("no row had a problem"))
    }

    /// The report goes on past bad rows of its roster and ledger, writes each input's rejects
    /// file, and its README counts them.
    @Test func reportWritesARejectsFilePerInput() throws {
        let folder = try CLI.temporaryFolder()
        let data = folder + "/data"
        try FileManager.default.copyItem(atPath: CLI.root + "/data", toPath: data)
        let staff = try String(contentsOfFile: data + "/staff.csv", encoding: .utf8)
        let ledger = try String(contentsOfFile: data + "/ledger.csv", encoding: .utf8)
        let ledgerColumns = ledger.prefix { $0 != "\n" && $0 != "\r" }.split(separator: ",").count
        try (staff + "S9999999,ZZZ,F,P-3,RB,no,Vienna,UNODC,2020-01-01,,1980-01-01\n").write(toFile: data + "/staff.csv", atomically: true, encoding: .utf8)
        try (ledger + Array(repeating: "x", count: ledgerColumns).joined(separator: ",") + "\n").write(toFile: data + "/ledger.csv", atomically: true, encoding: .utf8)
        let stopped = try CLI.run(["report", "--data", data, "--out", folder + "/stopped"])
        #expect(stopped.status == 65)
        let r = try CLI.run(["report", "--data", data, "--out", folder + "/out", "--rejects", folder + "/rejects.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        for part in ["staff", "ledger"] {
            let lines = try String(contentsOfFile: folder + "/rejects-\(part).csv", encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 2, "\(part)")
        }
        let readme = try String(contentsOfFile: folder + "/out/README.md", encoding: .utf8)
        #expect(readme.components(separatedBy: "; 1 more with problems left out (`--rejects`)").count == 3)
    }

    /// Snapshots of a trend each get their own rejects file, named with the year.
    @Test func trendSnapshotsEachGetAFile() throws {
        let folder = try CLI.temporaryFolder()
        let first = folder + "/2019.csv", second = folder + "/2020.csv"
        try Self.roster.write(toFile: first, atomically: true, encoding: .utf8)
        try Self.roster.write(toFile: second, atomically: true, encoding: .utf8)
        let r = try CLI.run(["trend", "--snapshot", "2019=\(first)", "--snapshot", "2020=\(second)", "--rejects", folder + "/bad.csv", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        for year in ["2019", "2020"] {
            let text = try String(contentsOfFile: folder + "/bad-\(year).csv", encoding: .utf8)
            #expect(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)
        }
        // Without --rejects, one run lists the problems of every snapshot.
        let stopped = try CLI.run(["trend", "--snapshot", "2019=\(first)", "--snapshot", "2020=\(second)"])
        #expect(stopped.status == 65)
        #expect(stopped.stderr.contains("\(first):3:") && stopped.stderr.contains("\(second):3:"), "\(stopped.stderr)")
        let counts = try CLI.run(["trend", "--counts", "2019=\(first)", "--rejects", folder + "/x.csv"])
        #expect(counts.status == 64)
    }
}
