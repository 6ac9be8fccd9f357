import Testing
@testable import FingovReports

@Suite struct DisplayWidthTests {
    @Test(arguments: [("abc", 3), ("Côte d’Ivoire", 13), ("Türkiye", 7), ("中文", 4), ("e\u{301}", 1), ("", 0)])
    func displayWidths(text: String, width: Int) {
        #expect(displayWidth(text) == width)
    }
}
