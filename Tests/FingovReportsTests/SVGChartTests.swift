import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FingovReports

/// An SVG parsed back with Foundation's `XMLParser`: every element with its attributes and text,
/// in document order. Parsing fails (and the test with it) unless the SVG is well-formed XML.
final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String]; var text: String }
    var elements: [Element] = []
    private var open: [Int] = []

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        let ok = parser.parse()
        try #require(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append(Element(name: name, attributes: attributes, text: ""))
        open.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }

    func all(_ name: String, cssClass: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (cssClass == nil || $0.attributes["class"] == cssClass) }
    }
    func double(_ e: Element, _ attribute: String) throws -> Double { try #require(Double(e.attributes[attribute] ?? "")) }
}

@Suite struct SVGChartTests {
    static let bars = ChartGoldenTests.bars
    static let stacked = ChartGoldenTests.stacked
    static let stackedMany = ChartGoldenTests.stackedMany
    static let strip = ChartGoldenTests.strip
    /// PSC by biennium: income, expenditure and balance (one negative).
    static let grouped = GroupedBarChart(title: "PSC by biennium", series: ["income", "expenditure", "balance"], groups: [
        .init(label: "2020-2021", values: [40, 30, 10], valueTexts: ["40.0", "30.0", "10.0"]),
        .init(label: "2022-2023", values: [35, 45, -10], valueTexts: ["35.0", "45.0", "-10.0"]),
    ])

    static func svgs() -> [(String, String)] {
        [("bar", bars.svg()), ("stacked", stacked.svg()), ("stacked-12", stackedMany.svg()), ("range-strip", strip.svg()), ("grouped", grouped.svg()),
         ("empty-grouped", GroupedBarChart(title: "None", series: [], groups: []).svg()),
         ("empty-bar", BarChart(title: "None", bars: []).svg()), ("empty-strip", RangeStripChart(title: "None", rows: []).svg()),
         ("empty-stacked", StackedBarChart(title: "None", series: ["a"], bars: []).svg())]
    }

    @Test func everyChartIsWellFormedWithTitleDescriptionAndFixedSize() throws {
        for (name, svg) in Self.svgs() {
            let parsed = try ParsedSVG(svg)
            let root = try #require(parsed.elements.first, "\(name)")
            #expect(root.name == "svg")
            let width = try parsed.double(root, "width"), height = try parsed.double(root, "height")
            #expect(root.attributes["viewBox"] == "0 0 \(root.attributes["width"]!) \(root.attributes["height"]!)", "\(name)")
            #expect(width > 0 && height > 0)
            #expect(root.attributes["font-family"]?.hasSuffix("sans-serif") == true)
            // The document's own title and description are the root's first two children.
            #expect(parsed.elements[1].name == "title" && !parsed.elements[1].text.isEmpty, "\(name)")
            #expect(parsed.elements[2].name == "desc" && !parsed.elements[2].text.isEmpty, "\(name)")
            // Every coordinate stays inside the picture.
            for e in parsed.elements {
                for key in ["x", "x1", "x2", "cx"] { if let v = e.attributes[key].flatMap(Double.init) { #expect(v >= 0 && v <= width, "\(name) \(e.name) \(key)=\(v)") } }
                for key in ["y", "y1", "y2", "cy"] { if let v = e.attributes[key].flatMap(Double.init) { #expect(v >= 0 && v <= height, "\(name) \(e.name) \(key)=\(v)") } }
            }
        }
    }

    /// With FINGOV_SVG_OUT=DIR, writes the test pictures there (for `scripts/check-svg.sh DIR`).
    @Test func writePicturesWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["FINGOV_SVG_OUT"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, svg) in Self.svgs() where !name.hasPrefix("empty") {
            try svg.write(toFile: folder + "/" + name + ".svg", atomically: true, encoding: .utf8)
        }
    }

    @Test func numbersHaveTwoFixedDecimals() throws {
        for (name, svg) in Self.svgs() {
            for e in try ParsedSVG(svg).elements {
                for key in ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "r"] {
                    guard let v = e.attributes[key] else { continue }
                    #expect(v.wholeMatch(of: /-?[0-9]+\.[0-9]{2}/) != nil, "\(name): \(e.name) \(key)=\(v)")
                }
            }
        }
    }

    @Test func sameInputSameBytes() {
        #expect(Self.bars.svg() == ChartGoldenTests.bars.svg())
        for (_, svg) in Self.svgs() { #expect(!svg.isEmpty) }
        let a = Self.svgs().map(\.1), b = Self.svgs().map(\.1)
        #expect(a == b)
    }

    @Test func barLengthsAreProportionalToValues() throws {
        let parsed = try ParsedSVG(Self.bars.svg())
        let rects = parsed.all("rect", cssClass: "bar")
        // The zero bar has no rectangle; the others in order: 120, 61.5, -28.
        let drawn = Self.bars.bars.filter { $0.value != 0 }
        try #require(rects.count == drawn.count)
        let widths = try rects.map { try parsed.double($0, "width") }
        // One scale for both sides: width / |value| is the same for every bar (to the 0.01 px
        // of the written coordinates).
        let perUnit = widths[0] / 120
        for (w, b) in zip(widths, drawn) { #expect(abs(w - abs(b.value) * perUnit) <= 0.02, "\(b.label): \(w)") }
        // The negative bar ends at the baseline where the positive ones start.
        let baseline = try parsed.double(try #require(parsed.all("line", cssClass: "baseline").first), "x1")
        #expect(try abs(parsed.double(rects[0], "x") - baseline) <= 0.01)
        #expect(try abs(parsed.double(rects[2], "x") + widths[2] - baseline) <= 0.02)
        // Each value is written as text.
        let texts = Set(parsed.all("text", cssClass: "value").map(\.text))
        #expect(texts == ["120.0", "61.5", "0.0", "-28.0"])
    }

    @Test func stackedSegmentsAddUpAndShareOneScale() throws {
        let parsed = try ParsedSVG(Self.stacked.svg())
        let segments = parsed.all("rect", cssClass: "segment").filter { $0.attributes["height"] != "14.00" }  // not the legend swatches
        // headquarters 10, 20, 10 (total 40); field 70, 10 (total 80; the zero is not drawn).
        let values: [Double] = [10, 20, 10, 70, 10]
        try #require(segments.count == values.count)
        let widths = try segments.map { try parsed.double($0, "width") }
        let perUnit = widths[3] / 70
        for (w, v) in zip(widths, values) { #expect(abs(w - v * perUnit) <= 0.02) }
        // Segments of a bar are contiguous.
        #expect(try abs(parsed.double(segments[0], "x") + widths[0] - parsed.double(segments[1], "x")) <= 0.02)
        #expect(segments.map { $0.attributes["data-series"]! } == ["1", "2", "3", "2", "3"])
        #expect(Set(parsed.all("text", cssClass: "legend").map(\.text)) == ["RB", "SP", "PSC"])
    }

    @Test func manySeriesAreHatchedAndNegativesNoted() throws {
        let svg = Self.stackedMany.svg()
        let parsed = try ParsedSVG(svg)
        #expect(parsed.all("pattern").count == 1)
        #expect(svg.contains("url(#hatch-1)"))
        #expect(parsed.all("text", cssClass: "note").contains { $0.text.hasPrefix("Negative amounts are drawn as zero") })
    }

    @Test func headcountMarkerAndBandAreAtTheirValues() throws {
        let parsed = try ParsedSVG(Self.strip.svg())
        let strips = parsed.all("line", cssClass: "strip"), markers = parsed.all("circle", cssClass: "headcount")
        let bands = parsed.all("rect", cssClass: "band"), ticks = parsed.all("line", cssClass: "midpoint")
        try #require(strips.count == 3 && markers.count == 3 && bands.count == 3 && ticks.count == 3)
        for (i, row) in Self.strip.rows.enumerated() {
            let x0 = try parsed.double(strips[i], "x1"), x1 = try parsed.double(strips[i], "x2")
            // Each row's own scale: 0 to 1.15 × max(upper, headcount, 1).
            let top = Double(max(row.upper, row.headcount, 1)) * 1.15
            func x(_ v: Int) -> Double { x0 + Double(v) / top * (x1 - x0) }
            #expect(try abs(parsed.double(markers[i], "cx") - x(row.headcount)) <= 0.01, "\(row.label)")
            #expect(try abs(parsed.double(bands[i], "x") - x(row.lower)) <= 0.01)
            #expect(try abs(parsed.double(bands[i], "x") + parsed.double(bands[i], "width") - x(row.upper)) <= 0.02)
            #expect(try abs(parsed.double(ticks[i], "x1") - x(row.midpoint)) <= 0.01)
        }
        // Japan (310 staff, range 153-207): the marker lies beyond the band.
        #expect(try parsed.double(markers[2], "cx") > parsed.double(bands[2], "x") + parsed.double(bands[2], "width"))
        #expect(parsed.all("text", cssClass: "status").map(\.text) == ["unrepresented", "within-range-at-or-above-midpoint", "overrepresented"])
        #expect(parsed.all("text", cssClass: "figures").map(\.text) == ["0 [3–7–14]", "25 [10–20–30]", "310 [153–180–207]"])
    }

    @Test func textIsEscaped() throws {
        let nasty = "R&D <\"quoted\"> 'x'"
        let charts = [BarChart(title: nasty, bars: [.init(label: nasty, value: 1, valueText: "<1>")]).svg(),
                      StackedBarChart(title: nasty, series: [nasty], bars: [.init(label: nasty, values: [1], totalText: "&")]).svg(),
                      RangeStripChart(title: nasty, rows: [.init(label: nasty, lower: 1, midpoint: 2, upper: 3, headcount: 2, status: "a&b", position: 0)]).svg()]
        for svg in charts {
            #expect(!svg.contains("R&D"))
            #expect(svg.contains("R&amp;D &lt;&quot;quoted&quot;&gt; &apos;x&apos;"))
            let parsed = try ParsedSVG(svg)
            #expect(parsed.elements[1].text == nasty)
            #expect(parsed.elements.contains { $0.name == "text" && $0.text.hasPrefix("R&D <\"quoted\">") })
        }
        #expect(xmlEscaped("a\u{1}b\tc") == "ab\tc")
    }

    @Test func groupedBarsShareOneScaleAndNameTheirSeries() throws {
        let parsed = try ParsedSVG(Self.grouped.svg())
        let rects = parsed.all("rect", cssClass: "bar")
        let values: [Double] = [40, 30, 10, 35, 45, -10]
        try #require(rects.count == values.count)
        let widths = try rects.map { try parsed.double($0, "width") }
        // Largest positive 45 plus largest negative 10 span the plot: width per unit is constant.
        let perUnit = widths[4] / 45
        for (w, v) in zip(widths, values) { #expect(abs(w - abs(v) * perUnit) <= 0.02) }
        let baseline = try parsed.double(try #require(parsed.all("line", cssClass: "baseline").first), "x1")
        #expect(try abs(parsed.double(rects[5], "x") + widths[5] - baseline) <= 0.02, "the negative balance ends at the baseline")
        #expect(try abs(parsed.double(rects[0], "x") - baseline) <= 0.01)
        #expect(parsed.all("text", cssClass: "group").map(\.text) == ["2020-2021", "2022-2023"])
        #expect(parsed.all("text", cssClass: "label").map(\.text) == ["income", "expenditure", "balance", "income", "expenditure", "balance"])
        #expect(rects.map { $0.attributes["data-series"]! } == ["1", "2", "3", "1", "2", "3"])
        // The text twin: the same bars, labelled group: series.
        #expect(Self.grouped.flattened.bars.map(\.label).first == "2020-2021: income")
        #expect(Self.grouped.flattened.bars.map(\.value) == values)
    }
}
