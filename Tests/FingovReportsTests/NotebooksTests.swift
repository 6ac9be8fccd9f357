import Testing
@testable import FingovReports
@testable import FingovModel
import FingovIngest

/// The committed notebooks-out/ must be what `fingov report` produces now.
@Suite struct NotebooksTests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    @Test func committedReportIsCurrent() throws {
        let report = try FullReport.make(settings: ReportSettings(dataFolder: "data"), terminal: TextStyle(), rootFolder: Self.root)
        var stale: [String] = []
        for file in report.files {
            let committed = try? readFileBytes(Self.root + "/notebooks-out/" + file.name)
            if committed != file.bytes { stale.append(file.name) }
        }
        #expect(stale.isEmpty, "stale or missing in notebooks-out/: \(stale.joined(separator: ", ")); run: bash scripts/report.sh")
    }

    @Test func sameInputsGiveIdenticalBytes() throws {
        let a = try FullReport.make(settings: ReportSettings(dataFolder: "data"), terminal: TextStyle(), rootFolder: Self.root)
        let b = try FullReport.make(settings: ReportSettings(dataFolder: "data"), terminal: TextStyle(), rootFolder: Self.root)
        #expect(a.files.map(\.name) == b.files.map(\.name))
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
    }
}
