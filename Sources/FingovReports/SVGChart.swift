/// A small, dependency-free SVG document builder for Fingov's charts.
///
/// Every chart is a fixed-size picture (`width`, `height` and a matching `viewBox`) with a
/// `<title>` and a `<desc>`, text in a generic font stack, and coordinates written with two
/// fixed decimals, so the same input always gives the same bytes. Text is escaped for XML
/// (`&`, `<`, `>`, `"`, `'`), and characters XML 1.0 cannot carry (most control characters)
/// are dropped.
public struct SVGDocument: Hashable, Sendable {
    /// The picture's width and height in CSS pixels.
    public var width: Double
    public var height: Double
    /// The accessible name (`<title>`) and description (`<desc>`).
    public var title: String
    public var description: String
    /// `<defs>` content and the drawing, as SVG elements in order.
    var definitions: [String] = []
    var elements: [String] = []

    /// The font stack of every chart: the platform's interface font, then common sans-serifs.
    public static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

    public init(width: Double, height: Double, title: String, description: String) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
    }

    /// Adds a rectangle.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, cssClass: String? = nil,
                       stroke: String? = nil, tooltip: String? = nil, attributes: String = "") {
        var out = "<rect" + (cssClass.map { " class=\"\($0)\"" } ?? "")
        out += " x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(max(0, width)))\" height=\"\(svgNumber(max(0, height)))\""
        out += " fill=\"\(fill)\"" + (stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? "") + attributes
        out += tooltip.map { "><title>\(xmlEscaped($0))</title></rect>" } ?? "/>"
        elements.append(out)
    }

    /// Adds a straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, cssClass: String? = nil) {
        elements.append("<line" + (cssClass.map { " class=\"\($0)\"" } ?? "")
                        + " x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\""
                        + " stroke=\"\(stroke)\" stroke-width=\"\(svgNumber(width))\"/>")
    }

    /// Adds a circle.
    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String, cssClass: String? = nil, tooltip: String? = nil) {
        var out = "<circle" + (cssClass.map { " class=\"\($0)\"" } ?? "")
        out += " cx=\"\(svgNumber(cx))\" cy=\"\(svgNumber(cy))\" r=\"\(svgNumber(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1\""
        out += tooltip.map { "><title>\(xmlEscaped($0))</title></circle>" } ?? "/>"
        elements.append(out)
    }

    /// Where a text's `x` is: its start, middle or end.
    enum Anchor: String { case start, middle, end }

    /// Adds a line of text whose baseline is at `y`.
    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, bold: Bool = false,
                       fill: String = "#1a1a1a", cssClass: String? = nil) {
        elements.append("<text" + (cssClass.map { " class=\"\($0)\"" } ?? "")
                        + " x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" font-size=\"\(svgNumber(size))\""
                        + (anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"") + (bold ? " font-weight=\"bold\"" : "")
                        + " fill=\"\(fill)\">\(xmlEscaped(content))</text>")
    }

    /// The document as SVG 1.1 text, ending with a line break.
    public func render() -> String {
        let w = svgNumber(width), h = svgNumber(height)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        out += " role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"\(Self.fontFamily)\">\n"
        out += "<title id=\"chart-title\">\(xmlEscaped(title))</title>\n"
        out += "<desc id=\"chart-desc\">\(xmlEscaped(description))</desc>\n"
        if !definitions.isEmpty { out += "<defs>\n" + definitions.map { $0 + "\n" }.joined() + "</defs>\n" }
        out += "<rect class=\"background\" x=\"0.00\" y=\"0.00\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        out += elements.map { $0 + "\n" }.joined()
        return out + "</svg>\n"
    }
}

/// The Okabe-Ito palette (Okabe and Ito, 2008), which readers with the common forms of colour
/// blindness can tell apart, in the order the charts use it; black comes last.
public enum SVGPalette {
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
    /// The colour of text drawn on each palette colour (white on the dark ones).
    static let inkOn = ["#000000", "#000000", "#ffffff", "#000000", "#ffffff", "#000000", "#000000", "#ffffff"]
    static let axis = "#4d4d4d"
    static let faint = "#bfbfbf"
    static let band = "#cfe6f5"
    /// Below the range, within it, above it.
    static let below = "#D55E00", within = "#009E73", above = "#E69F00"
}

/// `x` with exactly two decimals (see ``plainNumber(_:decimals:)``): every coordinate of a chart.
func svgNumber(_ x: Double) -> String { plainNumber(x, decimals: 2) }

/// `text` escaped for XML character data and attribute values, without the characters XML 1.0
/// cannot carry (control characters other than tab, line feed and carriage return, and the
/// non-characters U+FFFE and U+FFFF).
public func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        default:
            if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// The approximate width in pixels of `text` at `size` pixels in a sans-serif font: 0.6 em per
/// column (two columns for wide characters). Enough to lay labels out, not to measure them.
func estimatedTextWidth(_ text: String, size: Double = 12) -> Double {
    Double(displayWidth(text)) * size * 0.6
}

/// `text` shortened to `columns` columns with a final `…` when longer.
func svgLabel(_ text: String, columns: Int = 36) -> String {
    truncated(text, to: columns)
}
