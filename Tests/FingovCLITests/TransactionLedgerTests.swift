import Foundation
import Testing

/// A transaction ledger (`generate ledger --with-description`): the summary reads it, ignoring
/// the description, and gives the plain ledger's answer on the same lines.
@Suite struct TransactionLedgerTests {
    @Test func summaryOfATransactionLedgerEqualsThePlainLedgers() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = folder + "/plain.csv", described = folder + "/described.csv"
        for (path, extra) in [(plain, [String]()), (described, ["--with-description"])] {
            let r = try CLI.run(["generate", "ledger", "--rows", "60000", "--seed", "3", "--out", path] + extra)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let arguments = ["summary", "--by", "office,funding_source", "--period", "all", "--format", "csv"]
        let a = try CLI.run(arguments + ["--ledger", plain]), b = try CLI.run(arguments + ["--ledger", described])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(b.stdout.split(separator: "\r\n").count > 20)
        // The control total, summed here from the plain file's last field on every physical line
        // that ends in an amount (a quoted line break splits a few records over two lines).
        var cents = 0
        for line in try String(contentsOfFile: plain, encoding: .utf8).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
            let last = line.split(separator: ",").last!
            guard let value = Decimal(string: String(last)), last.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { continue }
            cents += NSDecimalNumber(decimal: value * 100).intValue
        }
        let total = try #require(b.stdout.split(separator: "\r\n").first { $0.hasPrefix("Total") })
        #expect(cents > 0 && total.contains(",\(cents / 100).\(String(format: "%02d", cents % 100)),"), "\(total) against \(cents) cents")
    }

    /// A semicolon-separated transaction ledger with decimal commas, whose descriptions hold
    /// commas (plain text there) and quoted semicolons: rows repeat all but their description,
    /// so the decoder's cache splits its keys at the semicolons. Totals by hand: drug
    /// 50 x (100.50 + 200.25) = 15,037.50; crime 50 x 10.00 = 500.00.
    @Test func semicolonTransactionLedger() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = "period;fund;funding_source;office;office_type;category;description;amount_usd\r\n"
        for i in 0..<50 {
            text += "2021;drug;SP;Headquarters (Vienna);headquarters;programme-management;Doc \(i), travel;100,50\r\n"
            text += "2021;drug;SP;Headquarters (Vienna);headquarters;programme-management;\"Doc \(i); quoted\";200,25\r\n"
            text += "2021;crime;GP;Headquarters (Vienna);headquarters;oversight;Doc \(i), x, y;10\r\n"
        }
        try text.write(toFile: folder + "/l.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--ledger", folder + "/l.csv", "--by", "fund", "--period", "2021", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("drug,15037.50,"), "\(r.stdout)")
        #expect(r.stdout.contains("crime,500.00,"))
        #expect(r.stdout.contains("Total,15537.50,100"))
    }

    @Test func withDescriptionNeedsRows() throws {
        let r = try CLI.run(["generate", "ledger", "--with-description", "--out", "/dev/null"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--with-description"))
    }
}
