import Foundation
import Testing

/// `--chart-format svg`, `--chart-out` and `export --xlsx` from the command line.
@Suite struct ChartOptionsTests {
    @Test func svgOnStandardOutputReplacesTheTables() throws {
        let r = try CLI.run(["representation", "--chart-format", "svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(r.stdout.hasSuffix("</svg>\n"))
        #expect(r.stdout.contains("<title id=\"chart-title\">Geographical representation on 2025-12-31"))
        #expect(!r.stdout.contains("Posts subject"), "no table text")
        let again = try CLI.run(["representation", "--chart-format", "svg"])
        #expect(again.stdout == r.stdout, "same input, same bytes")
    }

    /// The trend draws its statuses year by year: one bar per status and year, each titled with
    /// the count the trend table gives.
    @Test func trendDrawsItsStatuses() throws {
        let r = try CLI.run(["trend", "--from", "2024", "--to", "2025", "--chart-format", "svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<title id=\"chart-title\">Member States by status on 31 December of each year"))
        let csv = try CLI.run(["trend", "--from", "2024", "--to", "2025", "--format", "csv"])
        let row = try #require(csv.stdout.split(separator: "\r\n").first { $0.hasPrefix("2025,") }).split(separator: ",")
        // unrepresented + underrepresented, columns 7 and 8 of the trend table.
        let under = try #require(Int(row[6])) + (try #require(Int(row[7])))
        #expect(r.stdout.contains("<title>2025, under target: \(under)</title>"))
        #expect(r.stdout.hasSuffix("</svg>\n"))
    }

    @Test func chartOutWritesTheFileAndKeepsTheTables() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["gender", "--chart-format", "svg", "--chart-out", folder + "/gender.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Women's share by grade on 2025-12-31: all staff"))
        #expect(!r.stdout.contains("<svg"))
        let svg = try String(contentsOfFile: folder + "/gender.svg", encoding: .utf8)
        #expect(svg.contains("<title id=\"chart-title\">Women&apos;s share by grade, all staff, 2025-12-31"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["gender.svg"], "no temporary file left")
    }

    @Test func summaryDrawsTheChartItIsAskedFor() throws {
        let stacked = try CLI.run(["summary", "--by", "office_type,category_group", "--chart", "stacked", "--chart-format", "svg"])
        #expect(stacked.status == 0, "\(stacked.stderr)")
        #expect(stacked.stdout.contains("class=\"segment\""))
        let bar = try CLI.run(["summary", "--by", "office", "--chart", "bar", "--chart-format", "svg"])
        #expect(bar.stdout.contains("class=\"bar\"") && !bar.stdout.contains("class=\"segment\""))
    }

    @Test(arguments: [(["summary", "--chart-format", "svg"], "--chart-format svg needs --chart bar or --chart stacked"),
                      (["gender", "--chart-out", "x.svg"], "--chart-out needs --chart-format svg")])
    func inconsistentOptionsAreRejected(arguments: [String], message: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func exportWritesOneWorkbookTheSameEachTime() throws {
        let folder = try CLI.temporaryFolder()
        let a = try CLI.run(["export", "--xlsx", folder + "/a.xlsx"])
        let b = try CLI.run(["export", "--xlsx", folder + "/b.xlsx"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)")
        // One sheet per CSV file of the committed report.
        let csvFiles = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/notebooks-out").filter { $0.hasSuffix(".csv") }
        #expect(a.stderr == "Wrote \(csvFiles.count) sheets to \(folder)/a.xlsx\n")
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))
        let bytesB = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.xlsx"))
        #expect(bytesA.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a ZIP archive")
        #expect(bytesA == bytesB)
    }
}
