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
    /// Twelve series, more than the ten block patterns: S11 and S12 are drawn with letters A and B.
    static let manySeries = (1...12).map { "S" + ($0 < 10 ? "0" : "") + String($0) }
    static let stackedMany = StackedBarChart(title: "Stacked, 12 series", series: manySeries, bars: [
        .init(label: "headquarters", values: (1...12).map(Double.init), totalText: "78"),
        .init(label: "field", values: Array(repeating: 24, count: 12), totalText: "288"),
        .init(label: "regional", values: Array(repeating: 0, count: 10) + [50, 50], totalText: "100"),
        .init(label: "refunds", values: [-20] + Array(repeating: 0, count: 10) + [40], totalText: "20"),
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
        case "stacked-12": return stackedMany.render(style: style)
        case "range-strip": return strip.render(style: style)
        default: return sparkline.render(style: style)
        }
    }

    @Test(arguments: ["bar", "stacked", "stacked-12", "range-strip", "sparkline"], [false, true])
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

    /// The 12-series chart by hand. At 60 columns the bars get 60 - 12 (label) - 3 (total) - 4 =
    /// 41 cells; the largest positive total is field's 288, so a bar has round(total / 288 * 41)
    /// cells: field 41, headquarters 78 -> 11.10 -> 11, regional 100 -> 14.24 -> 14, refunds
    /// (positive part 40) -> 5.69 -> 6. Field's 41 cells split 12 equal ways: 3.42 each, floors
    /// 36, the 5 left to the first five series (equal remainders go to the earlier series):
    /// S01-S05 4 cells, S06-S12 3. Regional: S11 (A) 7, S12 (B) 7. Every series is in the legend.
    @Test func stackedManySeriesByHand() throws {
        let text = Self.stackedMany.render(style: TextStyle(width: 60))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for name in Self.manySeries { #expect(text.contains(" " + name), "\(name) missing from the legend") }
        #expect(text.contains("AA S11") && text.contains("BB S12"))
        func bar(_ label: String) throws -> [Character] {
            let line = try #require(lines.first { $0.hasPrefix(label + " ") })
            let after = line.split(separator: "│", maxSplits: 1)[1]
            return Array(after.prefix(41)).filter { $0 != " " }
        }
        #expect(try bar("field").count == 41)
        #expect(try bar("headquarters").count == 11)
        #expect(try bar("regional").count == 14)
        #expect(try bar("refunds").count == 6)
        let field = try bar("field")
        #expect(StackedBarChart.glyphs.prefix(12).map { g in field.filter { $0 == g }.count } == [4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3])
        #expect(try bar("regional") == Array("AAAAAAABBBBBBB"))
        #expect(text.contains("Negative amounts are drawn as zero"))
        for line in lines { #expect(displayWidth(line) <= 60, "\(line)") }
    }

    /// Bar lengths follow the totals on one scale, whatever the number of series: for each bar,
    /// round(total / largest * area) cells with the totals summed here from the values.
    @Test(arguments: [3, 10, 12, 40, 75, 200]) func barsProportionalToTotals(seriesCount: Int) {
        var random = SplitMix(seed: UInt64(seriesCount))
        let bars = (0..<5).map { b in
            StackedBarChart.Bar(label: "bar \(b)", values: (0..<seriesCount).map { _ in Double(random.next() % 1000) }, totalText: "x")
        }
        let chart = StackedBarChart(title: "t", series: (0..<seriesCount).map { "series \($0)" }, bars: bars)
        let totals = bars.map { $0.values.reduce(0, +) }
        let largest = totals.max()!
        #expect(chart.barCells(area: 50) == totals.map { Int(($0 / largest * 50).rounded()) })
        let text = chart.render(style: TextStyle(width: 64)) // label 5, total 1: area 64 - 5 - 1 - 4 = 54
        let drawn = text.split(separator: "\n").filter { $0.hasPrefix("bar ") }.map { $0.split(separator: "│")[1].filter { $0 != " " }.count - 1 }
        #expect(drawn == totals.map { Int(($0 / largest * 54).rounded()) })
        if seriesCount > StackedBarChart.glyphs.count {
            #expect(chart.series.count == StackedBarChart.glyphs.count && chart.otherSeries.count == seriesCount - StackedBarChart.glyphs.count + 1)
            #expect(text.contains("other: the \(chart.otherSeries.count) smallest series drawn together"))
        } else {
            #expect(chart.series.count == seriesCount && chart.otherSeries.isEmpty)
        }
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

/// SplitMix64, for seeded test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
