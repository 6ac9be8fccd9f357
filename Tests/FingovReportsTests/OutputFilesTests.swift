import Foundation
import Testing
@testable import FingovReports

@Suite struct OutputFilesTests {
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "fingov-output-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesEveryFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = try Self.temporaryFolder() + "/a/b"
        try OutputFiles.write([("one.csv", Array("x\r\n1\r\n".utf8)), ("two.txt", [])], into: folder)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/one.csv")) == Data("x\r\n1\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["one.csv", "two.txt"])
        // Writing again replaces the file.
        try OutputFiles.write(Array("y".utf8), to: folder + "/one.csv")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/one.csv")) == Data("y".utf8))
    }

    @Test func aFolderThatIsAFileIsAnError() throws {
        let folder = try Self.temporaryFolder()
        try OutputFiles.write(Array("not a folder".utf8), to: folder + "/file")
        #expect(throws: OutputError.self) { try OutputFiles.ensureDirectory(folder + "/file") }
        #expect(throws: OutputError.self) { try OutputFiles.write([("x.csv", [])], into: folder + "/file/sub") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test func streamingWriteAppearsOnlyWhenComplete() throws {
        let folder = try Self.temporaryFolder()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try OutputFiles.writeStreaming(to: folder + "/big.csv") { emit in
                try emit(Array("part one\n".utf8))
                throw Stop()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        try OutputFiles.writeStreaming(to: folder + "/big.csv") { emit in
            try emit(Array("part one\n".utf8))
            try emit(Array("part two\n".utf8))
        }
        #expect(try String(contentsOfFile: folder + "/big.csv", encoding: .utf8) == "part one\npart two\n")
    }
}
