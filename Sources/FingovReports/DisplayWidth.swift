/// The number of terminal columns `text` takes: combining marks and zero-width characters take
/// none, East Asian wide and fullwidth characters (and most emoji) take two, the rest one.
public func displayWidth(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars { width += displayWidth(scalar) }
    return width
}

func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
    return wide.contains { $0.contains(v) } ? 2 : 1
}

/// `text` padded with spaces to `width` columns, on the right (left-aligned) or the left.
func padded(_ text: String, to width: Int, rightAligned: Bool) -> String {
    let fill = String(repeating: " ", count: max(0, width - displayWidth(text)))
    return rightAligned ? fill + text : text + fill
}

/// `text` cut to at most `width` columns, ending in `…` when cut.
func truncated(_ text: String, to width: Int) -> String {
    if displayWidth(text) <= width { return text }
    var out = "", used = 0
    for character in text {
        let w = displayWidth(String(character))
        if used + w > width - 1 { break }
        out.append(character)
        used += w
    }
    return out + "…"
}
