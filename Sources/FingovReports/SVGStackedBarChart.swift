extension StackedBarChart {
    /// The chart as an SVG picture, `width` pixels wide: a legend (a numbered swatch and the
    /// name of each series, wrapped to the width), then one bar per label made of one segment
    /// per series. A bar's length is its positive total over the largest one times the plot
    /// width, and each segment's length is its value on the same scale, so segments add up to
    /// the bar. Series are told apart by colour (the Okabe-Ito palette), by a hatching from the
    /// ninth series on, and by their number written in every segment wide enough for it; the
    /// total is written after each bar.
    ///
    /// Negative values are drawn as zero (a note says so); the same chart always gives the
    /// same bytes.
    /// - Complexity: O(b × s), for b bars and s series.
    public func svg(width: Double = 800) -> String {
        let margin = 16.0, rowHeight = 26.0, barHeight = 18.0
        // The legend: entries wrapped to the width.
        var legend: [(x: Double, row: Int, index: Int)] = []
        var x = margin, row = 0
        for (i, name) in series.enumerated() {
            let entryWidth = 26 + estimatedTextWidth(svgLabel(name, columns: 40)) + 16
            if x > margin && x + entryWidth > width - margin { x = margin; row += 1 }
            legend.append((x, row, i))
            x += entryWidth
        }
        let legendTop = 40.0, legendRows = series.isEmpty ? 0 : row + 1
        let top = legendTop + Double(legendRows) * 22 + 12
        let negative = bars.contains { $0.values.contains { $0 < 0 } }
        let notes = (negative ? ["Negative amounts are drawn as zero; the totals after the bars include them."] : [])
            + (otherSeries.isEmpty ? [] : ["other: the \(otherSeries.count) smallest series drawn together: " + otherSeries.joined(separator: ", ") + "."])
        let height = top + Double(max(bars.count, 1)) * rowHeight + 16 + Double(notes.count) * 18
        let description = "Stacked horizontal bar chart of \(bars.count) bars and \(series.count) series ("
            + series.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ") + "). "
            + bars.map { b in "\(b.label): total \(b.totalText)" }.joined(separator: "; ") + (bars.isEmpty ? "No data." : ".")
            + notes.map { " " + $0 }.joined()
        var doc = SVGDocument(width: width, height: height, title: title, description: description)
        let hatchCount = (series.count + 7) / 8
        for k in 1..<max(hatchCount, 1) {
            // Hatching k: white lines at a different angle for each round of the palette.
            doc.definitions.append("<pattern id=\"hatch-\(k)\" width=\"6.00\" height=\"6.00\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(\(k * 45 % 180 + (k > 4 ? 22 : 0)))\">"
                                   + "<rect x=\"0.00\" y=\"0.00\" width=\"2.00\" height=\"6.00\" fill=\"#ffffff\" fill-opacity=\"0.5\"/></pattern>")
        }
        func paint(_ doc: inout SVGDocument, _ i: Int, x: Double, y: Double, width: Double, height: Double, tooltip: String?) {
            let colour = SVGPalette.okabeIto[i % 8]
            doc.rect(x: x, y: y, width: width, height: height, fill: colour, cssClass: "segment", stroke: "#ffffff", tooltip: tooltip,
                     attributes: " data-series=\"\(i + 1)\"")
            if i >= 8 { doc.rect(x: x, y: y, width: width, height: height, fill: "url(#hatch-\(i / 8))") }
        }
        doc.text(svgLabel(title, columns: Int(width / 8)), x: margin, y: 24, size: 15, bold: true, cssClass: "chart-title")
        for entry in legend {
            let y = legendTop + Double(entry.row) * 22
            paint(&doc, entry.index, x: entry.x, y: y, width: 22, height: 14, tooltip: nil)
            doc.text(String(entry.index + 1), x: entry.x + 11, y: y + 11, anchor: .middle, size: 10, fill: SVGPalette.inkOn[entry.index % 8])
            doc.text(svgLabel(series[entry.index], columns: 40), x: entry.x + 26, y: y + 11, cssClass: "legend")
        }
        guard !bars.isEmpty else {
            doc.text("(no data)", x: margin, y: top + 16)
            return doc.render()
        }
        let labelWidth = min(260, max(60, bars.map { estimatedTextWidth(svgLabel($0.label)) }.max()!))
        let valueWidth = max(40, bars.map { estimatedTextWidth($0.totalText) }.max()!)
        let plotX = margin + labelWidth + 8
        let plotWidth = max(100, width - plotX - valueWidth - 8 - margin)
        let largest = bars.map { $0.values.map { max($0, 0) }.reduce(0, +) }.max()!
        let scale = largest > 0 ? plotWidth / largest : 0
        for (r, b) in bars.enumerated() {
            let y = top + Double(r) * rowHeight
            doc.text(svgLabel(b.label), x: plotX - 8, y: y + 17, anchor: .end, cssClass: "label")
            var x = plotX
            for (i, value) in b.values.enumerated() where value > 0 {
                let length = value * scale
                paint(&doc, i, x: x, y: y + (rowHeight - barHeight) / 2, width: length, height: barHeight,
                      tooltip: "\(b.label), \(series[i]): \(shortestDecimal(value))")
                if length >= estimatedTextWidth(String(i + 1), size: 10) + 4 {
                    doc.text(String(i + 1), x: x + length / 2, y: y + 17, anchor: .middle, size: 10, fill: SVGPalette.inkOn[i % 8])
                }
                x += length
            }
            doc.text(b.totalText, x: plotX + plotWidth + 8, y: y + 17, cssClass: "value")
        }
        doc.line(x1: plotX, y1: top - 2, x2: plotX, y2: top + Double(bars.count) * rowHeight + 2, stroke: SVGPalette.axis, cssClass: "baseline")
        for (k, note) in notes.enumerated() {
            doc.text(svgLabel(note, columns: Int(width / 7)), x: margin, y: top + Double(bars.count) * rowHeight + 20 + Double(k) * 18, size: 11, cssClass: "note")
        }
        return doc.render()
    }
}
