/// Horizontal bars in groups, one bar per series in each group, on one scale from a zero
/// baseline: a measure over periods (the PSC statement by biennium), counts by status over
/// years, amounts by group and funding source.
///
/// The text chart is a ``BarChart`` of the bars labelled `group: series`; the SVG picture draws
/// each group under its name with one coloured bar per series, each labelled with the series
/// name and its value.
public struct GroupedBarChart: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        public var label: String
        /// One value per series.
        public var values: [Double]
        /// The values as they should be printed after the bars.
        public var valueTexts: [String]
        public init(label: String, values: [Double], valueTexts: [String]) {
            precondition(values.count == valueTexts.count, "Group \(label) has \(values.count) values and \(valueTexts.count) value texts")
            self.label = label
            self.values = values
            self.valueTexts = valueTexts
        }
    }

    public var title: String
    public var series: [String]
    public var groups: [Group]

    public init(title: String, series: [String], groups: [Group]) {
        for g in groups { precondition(g.values.count == series.count, "Group \(g.label) has \(g.values.count) values for \(series.count) series") }
        self.title = title
        self.series = series
        self.groups = groups
    }

    /// The same bars as one ``BarChart``, labelled `group: series`, in group order.
    public var flattened: BarChart {
        BarChart(title: title, bars: groups.flatMap { g in
            series.indices.map { i in BarChart.Bar(label: g.label + ": " + series[i], value: g.values[i], valueText: g.valueTexts[i]) }
        })
    }

    /// The chart as text: the bars of ``flattened``.
    public func render(style: TextStyle) -> String { flattened.render(style: style) }

    /// The chart as an SVG picture, `width` pixels wide: each group's name in bold, then one bar
    /// per series from a zero baseline, `|value| × plot width / (largest positive value + largest
    /// negative magnitude)` long, with the series name on the left and the value text on the
    /// right. Series have the colours of the Okabe-Ito palette (hatched from the ninth on); the
    /// names and values are written, so colour is never the only cue.
    ///
    /// The same chart always gives the same bytes.
    /// - Complexity: O(g × s), for g groups and s series.
    public func svg(width: Double = 800) -> String {
        let margin = 16.0, rowHeight = 22.0, barHeight = 14.0, headingHeight = 22.0, top = 44.0
        let height = top + Double(groups.count) * (headingHeight + Double(series.count) * rowHeight + 6) + 20
        let description = "Grouped horizontal bar chart: \(groups.count) groups of \(series.count) bars (" + series.joined(separator: ", ") + "). "
            + groups.map { g in g.label + ": " + series.indices.map { "\(series[$0]) \(g.valueTexts[$0])" }.joined(separator: ", ") }.joined(separator: "; ")
            + (groups.isEmpty ? "No data." : ".")
        var doc = SVGDocument(width: width, height: max(height, top + 40), title: title, description: description)
        doc.text(svgLabel(title, columns: Int(width / 8)), x: margin, y: 24, size: 15, bold: true, cssClass: "chart-title")
        guard !groups.isEmpty, !series.isEmpty else {
            doc.text("(no data)", x: margin, y: top + 16)
            return doc.render()
        }
        for k in 1..<max((series.count + 7) / 8, 1) {
            doc.definitions.append("<pattern id=\"hatch-\(k)\" width=\"6.00\" height=\"6.00\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(\(k * 45 % 180 + (k > 4 ? 22 : 0)))\">"
                                   + "<rect x=\"0.00\" y=\"0.00\" width=\"2.00\" height=\"6.00\" fill=\"#ffffff\" fill-opacity=\"0.5\"/></pattern>")
        }
        let values = groups.flatMap(\.values)
        let labelWidth = min(260, max(60, (series.map { estimatedTextWidth(svgLabel($0)) + 12 } + groups.map { estimatedTextWidth(svgLabel($0.label)) }).max()!))
        let valueWidth = max(40, groups.flatMap(\.valueTexts).map { estimatedTextWidth($0) }.max()!)
        let plotX = margin + labelWidth + 8
        let plotWidth = max(100, width - plotX - valueWidth - 8 - margin)
        let maxPositive = max(0, values.max()!), maxNegative = max(0, -values.min()!)
        let scale = maxPositive + maxNegative == 0 ? 0 : plotWidth / (maxPositive + maxNegative)
        let baselineX = plotX + maxNegative * scale
        var y = top
        for g in groups {
            doc.text(svgLabel(g.label), x: margin, y: y + 16, bold: true, cssClass: "group")
            y += headingHeight
            for (i, value) in g.values.enumerated() {
                doc.text(svgLabel(series[i]), x: plotX - 8, y: y + 15, anchor: .end, cssClass: "label")
                if value != 0 {
                    let length = abs(value) * scale
                    let x = value < 0 ? baselineX - length : baselineX
                    let barY = y + (rowHeight - barHeight) / 2
                    doc.rect(x: x, y: barY, width: length, height: barHeight, fill: SVGPalette.okabeIto[i % 8], cssClass: "bar",
                             tooltip: "\(g.label), \(series[i]): \(g.valueTexts[i])", attributes: " data-series=\"\(i + 1)\"")
                    if i >= 8 { doc.rect(x: x, y: barY, width: length, height: barHeight, fill: "url(#hatch-\(i / 8))") }
                }
                doc.text(g.valueTexts[i], x: plotX + plotWidth + 8, y: y + 15, cssClass: "value")
                y += rowHeight
            }
            y += 6
        }
        doc.line(x1: baselineX, y1: top, x2: baselineX, y2: y, stroke: SVGPalette.axis, cssClass: "baseline")
        return doc.render()
    }
}
