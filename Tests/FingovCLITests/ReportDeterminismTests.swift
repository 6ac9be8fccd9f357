import Foundation
import Testing

@Suite struct ReportDeterminismTests {
    /// The report made by two separate processes, one with a single worker and one with three
    /// (so the inputs are cut into different parts, merged in a different order), is the same to
    /// the byte, file by file.
    @Test func twoProcessesWriteTheSameBytes() throws {
        let folder = try CLI.temporaryFolder()
        let a = folder + "/a", b = folder + "/b"
        let first = try CLI.run(["report", "--data", CLI.root + "/data", "--out", a, "--color", "never"], environment: ["FINGOV_WORKERS": "1"])
        let second = try CLI.run(["report", "--data", CLI.root + "/data", "--out", b, "--color", "never"], environment: ["FINGOV_WORKERS": "3"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(files.count == 32)
        #expect(try FileManager.default.contentsOfDirectory(atPath: b).sorted() == files)
        for file in files {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + file)), y = try Data(contentsOf: URL(fileURLWithPath: b + "/" + file))
            #expect(x == y, "\(file) differs")
        }
    }
}
