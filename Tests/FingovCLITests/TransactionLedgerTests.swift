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

    @Test func withDescriptionNeedsRows() throws {
        let r = try CLI.run(["generate", "ledger", "--with-description", "--out", "/dev/null"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--with-description"))
    }
}
