import FingovModel

extension ReportTable {
    /// The table as a JSON object, as it appears in an ``OutputDocument``'s `tables`: `name`,
    /// `title`, `columns` (the column names), `rows` (objects keyed by column name, numbers as
    /// JSON numbers in full, empty cells as `null`), `totals` (such an object, or `null`) and
    /// `notes`. Every line after the first starts with `indent`.
    func jsonObject(indent: String = "") -> String {
        let inner = indent + "  "
        var out = "{\n"
        out += inner + "\"name\": \(jsonString(name)),\n"
        out += inner + "\"title\": \(jsonString(title)),\n"
        out += inner + "\"columns\": [" + columns.map { jsonString($0.name) }.joined(separator: ", ") + "],\n"
        out += inner + "\"rows\": ["
        out += rows.map { "\n" + inner + "  " + jsonRow($0) }.joined(separator: ",")
        out += rows.isEmpty ? "],\n" : "\n" + inner + "],\n"
        out += inner + "\"totals\": " + (totals.map(jsonRow) ?? "null") + ",\n"
        out += inner + "\"notes\": " + jsonArray(notes) + "\n"
        return out + indent + "}"
    }

    private func jsonRow(_ row: [Cell]) -> String {
        "{" + zip(columns, row).map { "\(jsonString($0.name)): \($1.jsonValue)" }.joined(separator: ", ") + "}"
    }
}

extension Cell {
    /// The cell as a JSON value: a string, a number written in full, or `null`.
    var jsonValue: String {
        switch self {
        case .text(let s): return jsonString(s)
        case .integer, .year, .money, .number: return fullText
        case .empty: return "null"
        }
    }
}

/// A JSON array of strings on one line.
func jsonArray(_ strings: [String]) -> String {
    "[" + strings.map(jsonString).joined(separator: ", ") + "]"
}

/// A JSON string literal, escaping quotes, backslashes and control characters.
func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
