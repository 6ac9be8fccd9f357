import Foundation
import Testing
@testable import FingovReports

/// Golden files for each chart type at a fixed width (60 columns), with and without colour.
/// The files were checked by eye and against the sums in the comments; set
/// FINGOV_UPDATE_GOLDEN=1 to rewrite them after an intended change.
@Suite struct ChartGoldenTests {
    static let bars = BarChart(title: "Bars", bars: [
        .init(label: "Vienna", value: 120, valueText: "120.0"),
        .init(label: "Côte d’Ivoire", value: 61.5, valueText: "61.5"),
        .init(label: "中文 office", value: 0, valueText: "0.0"),
        .init(label: "Refunds", value: -28, valueText: "-28.0"),
    ])
    static let stacked = StackedBarChart(title: "Stacked", series: ["RB", "SP", "PSC"], bars: [
        .init(label: "headquarters", values: [10, 20, 10], totalText: "40"),
        .init(label: "field", values: [0, 70, 10], totalText: "80"),
    ])
    static let strip = RangeStripChart(title: "Ranges", rows: [
        .init(label: "Tuvalu", lower: 3, midpoint: 7, upper: 14, headcount: 0, status: "unrepresented", position: -1),
        .init(label: "Türkiye", lower: 10, midpoint: 20, upper: 30, headcount: 25, status: "within-range-at-or-above-midpoint", position: 0),
        .init(label: "Japan", lower: 153, midpoint: 180, upper: 207, headcount: 310, status: "overrepresented", position: 1),
    ])
    static let sparkline = Sparkline(label: "PSC", periods: ["2018", "2019", "2020", "2021"], values: [1, 8, 4.5, 1],
                                     firstText: "1.0", lastText: "1.0")

    static func render(_ name: String, _ style: TextStyle) -> String {
        switch name {
        case "bar": return bars.render(style: style)
        case "stacked": return stacked.render(style: style)
        case "range-strip": return strip.render(style: style)
        default: return sparkline.render(style: style)
        }
    }

    @Test(arguments: ["bar", "stacked", "range-strip", "sparkline"], [false, true])
    func matchesGolden(name: String, color: Bool) throws {
        let text = Self.render(name, TextStyle(width: 60, color: color))
        var folder = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        folder.removeLast()
        let path = folder.joined(separator: "/") + "/Golden/" + name + (color ? "-color" : "") + ".txt"
        if ProcessInfo.processInfo.environment["FINGOV_UPDATE_GOLDEN"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == golden)
    }

    /// What the golden bar chart shows, computed by hand. At 60 columns the bars get 60 - 13
    /// (label) - 5 (value) - 4 = 38 cells; the span 148 gives -28 ceil(7.19) = 8 cells left of the
    /// baseline and 30 to the right, so the scale is min(38/148, 30/120) = 0.25 cells per unit:
    /// 120 -> 30 full blocks; 61.5 -> 15.375 cells = 15 full and a three-eighths block (▍);
    /// -28 -> 7 full blocks left of the baseline.
    @Test func barLengthsByHand() throws {
        let text = Self.bars.render(style: TextStyle(width: 60))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count == 7, "\(text)")
        #expect(lines[2].filter { $0 == "█" }.count == 30)
        #expect(lines[3].filter { $0 == "█" }.count == 15 && lines[3].contains("▍"))
        #expect(!lines[4].contains("█"))
        #expect(lines[5].filter { $0 == "█" }.count == 7 && lines[5].contains(" ███████│"))
        for line in lines.dropFirst(2) { #expect(displayWidth(line) <= 60) }
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Self.bars.render(style: TextStyle(width: 60, color: false)).contains("\u{1B}"))
        #expect(Self.bars.render(style: TextStyle(width: 60, color: true)).contains("\u{1B}[36m"))
        #expect(stripANSI(Self.strip.render(style: TextStyle(width: 60, color: true))) == Self.strip.render(style: TextStyle(width: 60)))
    }

    /// Levels round((v - 1) / 7 * 7): 1 -> 0 (▁), 8 -> 7 (█), 4.5 -> 3.5 -> 4 (▅).
    @Test func sparklineLevels() {
        #expect(Self.sparkline.line == "▁█▅▁")
    }
}
