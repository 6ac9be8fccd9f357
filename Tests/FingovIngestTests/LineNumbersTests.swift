import Testing
@testable import FingovIngest

@Suite struct LineNumbersTests {
    /// Lines counted by hand, with LF, CRLF and a lone CR; from memory and from the file alike.
    @Test func linesOfOffsets() throws {
        let text = "a\nb\r\nc\rd\n\ne"
        // Bytes: a \n b \r \n c \r d \n \n e at offsets 0 to 10.
        let offsets = [0, 2, 3, 5, 7, 9, 10]
        let expected = [1, 2, 2, 3, 4, 5, 6]
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { LineNumbers.lines(of: offsets, in: $0) } == expected)
        #expect(LineNumbers.lines(of: offsets, inFile: try temporaryFile(text)) == expected)
        #expect(LineNumbers.lines(of: offsets.reversed(), inFile: try temporaryFile(text)) == expected.reversed())
    }
}
