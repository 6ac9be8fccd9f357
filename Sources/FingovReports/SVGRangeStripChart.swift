extension RangeStripChart {
    /// The chart as an SVG picture, `width` pixels wide: for each State a strip on its own scale
    /// from 0 to `1.15 × max(upper, headcount, 1)` (as in the text chart), the desirable range
    /// as a band from the lower to the upper limit, a tick at the midpoint, a marker at the
    /// headcount, then the figures (`headcount [lower–midpoint–upper]`) and the status in words.
    /// The marker is vermillion below the range, green within and orange above, and the status
    /// label says the same, so colour is never the only cue.
    ///
    /// The same chart always gives the same bytes.
    /// - Complexity: O(n), where n is the number of rows.
    public func svg(width: Double = 900) -> String {
        let margin = 16.0, rowHeight = 26.0, top = 72.0
        let height = top + Double(max(rows.count, 1)) * rowHeight + 20
        let figures = rows.map { "\($0.headcount) [\($0.lower)–\($0.midpoint)–\($0.upper)]" }
        var doc = SVGDocument(width: width, height: height, title: title, description:
            "Desirable ranges of \(rows.count) States, each on its own scale from 0: a band from the lower to the upper limit, a tick at the midpoint and a dot at the headcount. "
            + zip(rows, figures).map { "\($0.label): \($1), \($0.status)" }.joined(separator: "; ") + (rows.isEmpty ? "No States." : "."))
        doc.text(svgLabel(title, columns: Int(width / 8)), x: margin, y: 24, size: 15, bold: true, cssClass: "chart-title")
        // The key: what band, tick and dot mean.
        doc.rect(x: margin, y: 40, width: 28, height: 10, fill: SVGPalette.band, stroke: SVGPalette.okabeIto[4])
        doc.text("desirable range", x: margin + 34, y: 49, size: 11)
        doc.line(x1: margin + 140, y1: 38, x2: margin + 140, y2: 52, stroke: "#000000", width: 2)
        doc.text("midpoint", x: margin + 146, y: 49, size: 11)
        doc.circle(cx: margin + 210, cy: 45, r: 5, fill: SVGPalette.within, stroke: "#000000")
        doc.text("staff (headcount); each row on its own scale from 0", x: margin + 220, y: 49, size: 11)
        guard !rows.isEmpty else {
            doc.text("(no States)", x: margin, y: top + 16)
            return doc.render()
        }
        let layout = svgLayout(width: width)
        for (i, (row, figure)) in zip(rows, figures).enumerated() {
            let y = top + Double(i) * rowHeight, mid = y + rowHeight / 2
            let scaleMax = Self.scaleMax(row)
            func x(_ value: Int) -> Double { layout.stripX + Double(value) / scaleMax * layout.stripWidth }
            doc.text(svgLabel(row.label, columns: 28), x: layout.stripX - 8, y: mid + 4, anchor: .end, cssClass: "label")
            doc.line(x1: layout.stripX, y1: mid, x2: layout.stripX + layout.stripWidth, y2: mid, stroke: SVGPalette.faint, width: 2, cssClass: "strip")
            doc.rect(x: x(row.lower), y: mid - 6, width: x(row.upper) - x(row.lower), height: 12, fill: SVGPalette.band,
                     cssClass: "band", stroke: SVGPalette.okabeIto[4], tooltip: "range \(row.lower)–\(row.upper)")
            doc.line(x1: x(row.midpoint), y1: mid - 9, x2: x(row.midpoint), y2: mid + 9, stroke: "#000000", width: 2, cssClass: "midpoint")
            let fill = row.position < 0 ? SVGPalette.below : row.position > 0 ? SVGPalette.above : SVGPalette.within
            doc.circle(cx: x(row.headcount), cy: mid, r: 5, fill: fill, stroke: "#000000", cssClass: "headcount",
                       tooltip: "\(row.label): \(row.headcount) staff, \(row.status)")
            doc.text(figure, x: layout.stripX + layout.stripWidth + 8, y: mid + 4, cssClass: "figures")
            doc.text(row.status, x: layout.stripX + layout.stripWidth + 8 + layout.figureWidth + 8, y: mid + 4, cssClass: "status")
        }
        return doc.render()
    }

    /// The right end of a row's scale: 15 per cent beyond the larger of the upper limit and the
    /// headcount (at least 1), as in the text chart.
    static func scaleMax(_ row: Row) -> Double { Double(max(row.upper, row.headcount, 1)) * 1.15 }

    struct SVGLayout {
        var stripX: Double, stripWidth: Double, figureWidth: Double
    }

    func svgLayout(width: Double) -> SVGLayout {
        let labelWidth = min(200, max(60, rows.map { estimatedTextWidth(svgLabel($0.label, columns: 28)) }.max() ?? 0))
        let figureWidth = rows.map { estimatedTextWidth("\($0.headcount) [\($0.lower)–\($0.midpoint)–\($0.upper)]") }.max() ?? 0
        let statusWidth = rows.map { estimatedTextWidth($0.status) }.max() ?? 0
        let stripX = 16 + labelWidth + 8
        return SVGLayout(stripX: stripX, stripWidth: max(120, width - stripX - 8 - figureWidth - 8 - statusWidth - 16), figureWidth: figureWidth)
    }
}
