import Testing
@testable import FingovIngest

@Suite struct MappedWindowsTests {
    /// Windows taken up to their last line end cover the file exactly once, each starting where
    /// the previous one's used bytes ended; a window without a line end is widened.
    @Test(arguments: [8, 64, 4096]) func windowsCoverTheFileOnce(windowBytes: Int) throws {
        var text = ""
        for i in 0..<500 { text += String(repeating: "v", count: i % 37) + "\n" }
        text += String(repeating: "w", count: 100) // a last line longer than small windows, without a line end
        let path = try temporaryFile(text)
        var seen: [UInt8] = []
        var starts: [Int] = []
        try MappedWindows.forEachWindow(path: path, windowBytes: windowBytes) { window, offset, isLast -> Int? in
            #expect(offset == seen.count)
            if isLast {
                seen += window
                return window.count
            }
            guard let lastLF = window.lastIndex(of: 0x0A) else { return 0 }
            starts.append(offset)
            seen += window[0...lastLF]
            return lastLF + 1
        }
        #expect(seen == Array(text.utf8))
        #expect(starts.allSatisfy { $0 == 0 || Array(text.utf8)[$0 - 1] == 0x0A })
    }

    @Test func missingFileAndFolder() {
        #expect(throws: FileReadError.self) { try MappedWindows.forEachWindow(path: "/nonexistent") { _, _, _ in nil } }
        #expect(throws: FileReadError.self) { try MappedWindows.forEachWindow(path: "/tmp") { _, _, _ in nil } }
    }
}
