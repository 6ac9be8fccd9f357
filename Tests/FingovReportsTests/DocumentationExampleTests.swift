import Foundation
import Testing
import FingovAnalytics
import FingovIngest
import FingovModel
import FingovReports

/// The example of `Sources/FingovReports/FingovReports.docc`, run on the default data, so that
/// it cannot rot. The code between the `// Example` marks is the page's code, line for line;
/// the lines before it are the example of FingovAnalytics's article, which makes `table`.
///
/// By hand (Python's csv module over data/, see FingovAnalyticsTests' DocumentationExampleTests):
/// on 2025-12-31, 18 Member States have no staff counted and 13 fewer than their lower limit.
@Suite struct DocumentationExampleTests {
    static let data: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/data"
    }()

    @Test func representationTableOfStatesUnderTarget() throws {
        let data = Self.data
        let reference = try ReferenceData.load(from: data)
        let asOf = CalendarDate(rawValue: "2025-12-31")!
        let parameters = try ScaleInForce.resolve(on: asOf, reference: reference).applied(to: .official)
        let selection = StaffSelection(asOf: asOf)
        let headcounts = try Ingest.read(roster: data + "/staff.csv", reference: reference,
                                         into: Headcounts(selection: selection))
        let table = try Representation.compute(headcounts: headcounts, reference: reference,
                                               parameters: parameters, selection: selection)

        // Example
        let under = Tables.representation(table, statuses: [.unrepresented, .underrepresented])
        print(under.text(style: TextStyle(width: 100)))       // aligned text
        let csv = under.csv()                                 // UTF-8 bytes, CRLF line ends
        // Example end

        #expect(under.rows.count == 31)
        let lines = String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 31)
        #expect(lines.filter { $0.contains(",unrepresented,") }.count == 18)
        #expect(lines.filter { $0.contains(",underrepresented,") }.count == 13)
    }
}
