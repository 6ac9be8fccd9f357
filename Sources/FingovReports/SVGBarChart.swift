extension BarChart {
    /// The chart's layout in an SVG picture `width` pixels wide.
    struct SVGLayout {
        var labelWidth: Double, valueWidth: Double
        /// The plot area's left edge and width, and the baseline (zero) within it.
        var plotX: Double, plotWidth: Double, baselineX: Double
        /// Pixels per unit of value, one scale for both sides of the baseline.
        var scale: Double
    }

    func svgLayout(width: Double) -> SVGLayout {
        let margin = 16.0
        let labelWidth = min(260, max(60, bars.map { estimatedTextWidth(svgLabel($0.label)) }.max() ?? 0))
        let valueWidth = max(40, bars.map { estimatedTextWidth($0.valueText) }.max() ?? 0)
        let plotX = margin + labelWidth + 8
        let plotWidth = max(100, width - plotX - valueWidth - 8 - margin)
        let maxPositive = max(0, bars.map(\.value).max() ?? 0)
        let maxNegative = max(0, -(bars.map(\.value).min() ?? 0))
        let span = maxPositive + maxNegative
        let scale = span == 0 ? 0 : plotWidth / span
        return SVGLayout(labelWidth: labelWidth, valueWidth: valueWidth, plotX: plotX, plotWidth: plotWidth,
                         baselineX: plotX + maxNegative * scale, scale: scale)
    }

    /// The chart as an SVG picture, `width` pixels wide and as tall as its bars need: one
    /// horizontal bar per label from a zero baseline, its length `|value| × plot width / (largest
    /// positive value + largest negative magnitude)`, the label on the left and the value text on
    /// the right of every bar. Positive bars are blue, negative ones vermillion; the value text
    /// says which is which, so colour is never the only cue.
    ///
    /// The same chart always gives the same bytes.
    /// - Complexity: O(n), where n is the number of bars.
    public func svg(width: Double = 800) -> String {
        let rowHeight = 24.0, barHeight = 16.0, top = 48.0
        let height = top + Double(max(bars.count, 1)) * rowHeight + 24
        let negatives = bars.filter { $0.value < 0 }.count
        var doc = SVGDocument(width: width, height: height, title: title, description:
            "Horizontal bar chart of \(bars.count) bars from a zero baseline" + (negatives > 0 ? " (\(negatives) negative, drawn to the left)" : "")
            + ". " + bars.map { "\($0.label): \($0.valueText)" }.joined(separator: "; ") + (bars.isEmpty ? "No data." : "."))
        doc.text(svgLabel(title, columns: Int(width / 8)), x: 16, y: 24, size: 15, bold: true, cssClass: "chart-title")
        guard !bars.isEmpty else {
            doc.text("(no data)", x: 16, y: top + 16)
            return doc.render()
        }
        let layout = svgLayout(width: width)
        for (i, b) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let length = abs(b.value) * layout.scale
            let x = b.value < 0 ? layout.baselineX - length : layout.baselineX
            doc.text(svgLabel(b.label), x: layout.plotX - 8, y: y + 12 + 4, anchor: .end, cssClass: "label")
            if b.value != 0 {
                doc.rect(x: x, y: y + (rowHeight - barHeight) / 2, width: length, height: barHeight,
                         fill: b.value < 0 ? SVGPalette.below : SVGPalette.okabeIto[4], cssClass: "bar",
                         tooltip: "\(b.label): \(b.valueText)")
            }
            doc.text(b.valueText, x: layout.plotX + layout.plotWidth + 8, y: y + 12 + 4, cssClass: "value")
        }
        doc.line(x1: layout.baselineX, y1: top - 4, x2: layout.baselineX, y2: top + Double(bars.count) * rowHeight + 4,
                 stroke: SVGPalette.axis, cssClass: "baseline")
        return doc.render()
    }
}
