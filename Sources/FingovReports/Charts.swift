/// ANSI colours, used only when the style asks for them.
enum ANSI: String {
    case red = "\u{1B}[31m", green = "\u{1B}[32m", yellow = "\u{1B}[33m", blue = "\u{1B}[34m"
    case magenta = "\u{1B}[35m", cyan = "\u{1B}[36m", dim = "\u{1B}[2m", reset = "\u{1B}[0m"

    static let series: [ANSI] = [.cyan, .yellow, .magenta, .green, .blue, .red]

    func wrap(_ text: String, if enabled: Bool) -> String { enabled && !text.isEmpty ? rawValue + text + ANSI.reset.rawValue : text }
}

/// The eighth blocks, from one eighth to seven eighths of a cell.
let eighthBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

/// A bar of `eighths` eighths of a cell: full blocks, then one partial block.
func bar(eighths: Int) -> String {
    String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : String(eighthBlocks[eighths % 8 - 1]))
}

/// Horizontal bars from a zero baseline, one per label, at eighth-block resolution.
///
/// Negative values extend left of the baseline (in whole cells); positive ones right.
public struct BarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// The value as it should be printed after the bar.
        public var valueText: String
        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var title: String
    public var bars: [Bar]

    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }

    public func render(style: TextStyle) -> String {
        var out = title + "\n\n"
        guard !bars.isEmpty else { return out + "(no data)\n" }
        let labelWidth = min(bars.map { displayWidth($0.label) }.max()!, max(8, style.width / 3))
        let valueWidth = bars.map { displayWidth($0.valueText) }.max()!
        let area = max(10, style.width - labelWidth - valueWidth - 4)
        let maxPositive = max(0, bars.map(\.value).max()!)
        let maxNegative = max(0, -bars.map(\.value).min()!)
        let span = maxPositive + maxNegative
        // One scale (cells per unit) for both sides of the baseline; the negative side gets the
        // whole cells it needs and the positive side the rest.
        var scale = span == 0 ? 0 : Double(area) / span
        let negativeCells = Int((maxNegative * scale).rounded(.up))
        let positiveCells = area - negativeCells
        if maxPositive > 0 { scale = min(scale, Double(positiveCells) / maxPositive) }
        for b in bars {
            var left = String(repeating: " ", count: negativeCells)
            var right = ""
            if b.value < 0 {
                let cells = min(negativeCells, Int((-b.value * scale).rounded()))
                left = String(repeating: " ", count: negativeCells - cells) + ANSI.red.wrap(String(repeating: "█", count: cells), if: style.color)
            } else if b.value > 0 {
                let eighths = Int((b.value * scale * 8).rounded())
                right = ANSI.cyan.wrap(bar(eighths: min(eighths, positiveCells * 8)), if: style.color)
            }
            let rightWidth = displayWidth(stripANSI(right))
            out += padded(truncated(b.label, to: labelWidth), to: labelWidth, rightAligned: false) + " " + left + "│" + right
                + String(repeating: " ", count: max(0, positiveCells - rightWidth)) + " " + padded(b.valueText, to: valueWidth, rightAligned: true)
            out = out.trimmingTrailingSpaces() + "\n"
        }
        return out
    }
}

/// Bars split into segments, one per series, each drawn with its own pattern so that the legend
/// does not rely on colour.
///
/// Every bar's length is its total (the sum of its positive values) on one scale shared by all
/// bars: `round(total / largest total * area)` cells, split between the series by the largest
/// remainder. The first series are drawn with block patterns, the next ones with letters and
/// digits (`glyphs`, 72 in all); beyond that, the largest series keep their own glyph and the
/// rest are drawn together as "other", which a note under the chart lists.
public struct StackedBarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        /// One value per series (negative values are drawn as zero).
        public var values: [Double]
        public var totalText: String
        public init(label: String, values: [Double], totalText: String) {
            self.label = label
            self.values = values
            self.totalText = totalText
        }
    }

    public var title: String
    /// The series drawn, each with the glyph of its position in `glyphs`.
    public var series: [String]
    public var bars: [Bar]
    /// The series drawn together as the last one, "other" (empty when each has its own glyph).
    public var otherSeries: [String]

    public static let patterns: [Character] = ["█", "▓", "▒", "░", "▚", "▞", "▤", "▥", "▦", "▧"]
    /// The block patterns, then A-Z, a-z and 0-9.
    public static let glyphs: [Character] = patterns + Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    public init(title: String, series: [String], bars: [Bar]) {
        for b in bars { precondition(b.values.count == series.count, "Bar \(b.label) has \(b.values.count) values for \(series.count) series") }
        self.title = title
        guard series.count > Self.glyphs.count else {
            self.series = series
            self.bars = bars
            self.otherSeries = []
            return
        }
        // Keep the largest series (by their positive amounts over all bars), in their order.
        let sizes = series.indices.map { i in bars.map { max($0.values[i], 0) }.reduce(0, +) }
        let kept = Set(series.indices.sorted { (sizes[$0], -$0) > (sizes[$1], -$1) }.prefix(Self.glyphs.count - 1))
        let keptIndices = series.indices.filter(kept.contains), otherIndices = series.indices.filter { !kept.contains($0) }
        self.series = keptIndices.map { series[$0] } + ["other (\(otherIndices.count) series)"]
        self.otherSeries = otherIndices.map { series[$0] }
        self.bars = bars.map { b in
            Bar(label: b.label, values: keptIndices.map { b.values[$0] } + [otherIndices.map { max(b.values[$0], 0) }.reduce(0, +)], totalText: b.totalText)
        }
    }

    /// Each bar's length in cells for a drawing area of `area` cells: its positive total over
    /// the largest one, rounded to the nearest cell.
    public func barCells(area: Int) -> [Int] {
        let totals = bars.map { $0.values.map { max($0, 0) }.reduce(0, +) }
        guard let largest = totals.max(), largest > 0 else { return bars.map { _ in 0 } }
        return totals.map { Int(($0 / largest * Double(area)).rounded()) }
    }

    public func render(style: TextStyle) -> String {
        var out = title + "\n\n"
        let entries = series.enumerated().map { i, name in
            (text: ANSI.series[i % ANSI.series.count].wrap(String(repeating: Self.glyphs[i], count: 2), if: style.color) + " " + name,
             width: 3 + displayWidth(name))
        }
        // The legend wraps at the style's width, continuation lines under the first entry.
        let prefix = "Legend: ", gap = "   "
        var line = prefix, lineWidth = prefix.count, first = true
        for entry in entries {
            if !first && lineWidth + gap.count + entry.width > style.width {
                out += line + "\n"
                line = String(repeating: " ", count: prefix.count)
                lineWidth = prefix.count
                first = true
            }
            line += (first ? "" : gap) + entry.text
            lineWidth += (first ? 0 : gap.count) + entry.width
            first = false
        }
        out += line + "\n\n"
        guard !bars.isEmpty else { return out + "(no data)\n" }
        let labelWidth = min(bars.map { displayWidth($0.label) }.max()!, max(8, style.width / 3))
        let valueWidth = bars.map { displayWidth($0.totalText) }.max()!
        let area = max(10, style.width - labelWidth - valueWidth - 4)
        for (b, cells) in zip(bars, barCells(area: area)) {
            let values = b.values.map { max($0, 0) }
            let split = cells == 0 ? values.map { _ in 0 } : apportionCells(cells, values)
            var drawn = ""
            for (i, n) in split.enumerated() where n > 0 {
                drawn += ANSI.series[i % ANSI.series.count].wrap(String(repeating: Self.glyphs[i], count: n), if: style.color)
            }
            out += padded(truncated(b.label, to: labelWidth), to: labelWidth, rightAligned: false) + " │" + drawn
                + String(repeating: " ", count: area - cells) + " " + padded(b.totalText, to: valueWidth, rightAligned: true) + "\n"
        }
        if bars.contains(where: { $0.values.contains { $0 < 0 } }) {
            out += "\n" + wordWrapped("Negative amounts are drawn as zero; the totals after the bars include them.", width: style.width)
        }
        if !otherSeries.isEmpty {
            out += "\n" + wordWrapped("other: the \(otherSeries.count) smallest series drawn together: " + otherSeries.joined(separator: ", ") + ".", width: style.width)
        }
        return out
    }
}

/// `text` broken at spaces into lines of at most `width` columns (a longer word stands alone),
/// each ending with a line break.
func wordWrapped(_ text: String, width: Int) -> String {
    var out = "", line = ""
    for word in text.split(separator: " ") {
        if !line.isEmpty && displayWidth(line) + 1 + displayWidth(String(word)) > width {
            out += line + "\n"
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    return out + line + "\n"
}

/// Splits `cells` whole cells by `values` with the largest-remainder method.
func apportionCells(_ cells: Int, _ values: [Double]) -> [Int] {
    let total = values.reduce(0, +)
    guard total > 0 else { return values.map { _ in 0 } }
    let exact = values.map { $0 / total * Double(cells) }
    var parts = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), -$0) > (exact[$1] - Double(parts[$1]), -$1) }
    var left = cells - parts.reduce(0, +)
    var k = 0
    while left > 0 { parts[order[k % order.count]] += 1; left -= 1; k += 1 }
    return parts
}

/// The representation chart: for each State a strip from 0, the band from the lower to the
/// upper limit, the midpoint mark and the headcount marker, then the figures and the status.
public struct RangeStripChart: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var label: String
        public var lower: Int
        public var midpoint: Int
        public var upper: Int
        public var headcount: Int
        public var status: String
        /// Whether the status is below range (drawn red), within (green) or above (yellow).
        public var position: Int
        public init(label: String, lower: Int, midpoint: Int, upper: Int, headcount: Int, status: String, position: Int) {
            self.label = label
            self.lower = lower
            self.midpoint = midpoint
            self.upper = upper
            self.headcount = headcount
            self.status = status
            self.position = position
        }
    }

    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }

    public func render(style: TextStyle) -> String {
        var out = title + "\n"
        out += "Each row on its own scale from 0:  ─ outside the range   ═ desirable range   ┃ midpoint   ● staff\n\n"
        guard !rows.isEmpty else { return out + "(no States)\n" }
        let labelWidth = min(rows.map { displayWidth($0.label) }.max()!, 24)
        let figures = rows.map { "\($0.headcount) [\($0.lower)–\($0.midpoint)–\($0.upper)]" }
        let figureWidth = figures.map(displayWidth).max()!
        let statusWidth = rows.map { displayWidth($0.status) }.max()!
        let strip = max(10, style.width - labelWidth - figureWidth - statusWidth - 4)
        for (row, figure) in zip(rows, figures) {
            let scaleMax = Double(max(row.upper, row.headcount, 1)) * 1.15
            func cell(_ value: Int) -> Int { min(strip - 1, Int((Double(value) / scaleMax * Double(strip - 1)).rounded())) }
            var glyphs = [Character](repeating: "─", count: strip)
            for i in cell(row.lower)...cell(row.upper) { glyphs[i] = "═" }
            glyphs[cell(row.midpoint)] = "┃"
            let marker = cell(row.headcount)
            var text = ""
            for (i, g) in glyphs.enumerated() {
                if i == marker {
                    let color: ANSI = row.position < 0 ? .red : row.position > 0 ? .yellow : .green
                    text += color.wrap("●", if: style.color)
                } else {
                    text += g == "─" ? ANSI.dim.wrap("─", if: style.color) : String(g)
                }
            }
            out += padded(truncated(row.label, to: labelWidth), to: labelWidth, rightAligned: false) + " " + text + " "
                + padded(figure, to: figureWidth, rightAligned: true) + " " + row.status + "\n"
        }
        return out
    }
}

/// A measure across periods as a one-line sparkline (`▁▂▃▄▅▆▇█`), with its first and last values.
public struct Sparkline: Hashable, Sendable {
    public var label: String
    public var periods: [String]
    public var values: [Double]
    public var firstText: String
    public var lastText: String

    public init(label: String, periods: [String], values: [Double], firstText: String, lastText: String) {
        precondition(periods.count == values.count, "\(periods.count) periods for \(values.count) values")
        self.label = label
        self.periods = periods
        self.values = values
        self.firstText = firstText
        self.lastText = lastText
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The sparkline alone, scaled from the lowest value (`▁`) to the highest (`█`); a flat
    /// series is drawn at mid height.
    public var line: String {
        guard let high = values.max(), let low = values.min() else { return "" }
        return String(values.map { v in
            high == low ? Self.levels[3] : Self.levels[min(7, Int(((v - low) / (high - low) * 7).rounded()))]
        })
    }

    public func render(style: TextStyle) -> String {
        guard let first = periods.first, let last = periods.last else { return label + " (no data)\n" }
        return label + "  " + ANSI.cyan.wrap(line, if: style.color) + "  \(first): \(firstText) → \(last): \(lastText)\n"
    }
}

/// `text` without ANSI escape sequences.
func stripANSI(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for ch in text.unicodeScalars {
        if inEscape { if ch == "m" { inEscape = false }; continue }
        if ch == "\u{1B}" { inEscape = true; continue }
        out.unicodeScalars.append(ch)
    }
    return out
}
