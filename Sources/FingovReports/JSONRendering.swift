import FingovModel

extension ReportTable {
    /// The table as a JSON document: `title`, `columns`, `rows` (objects keyed by column name,
    /// numbers as JSON numbers, empty cells as `null`), `totals` and `notes`.
    public func json() -> String {
        var out = "{\n  \"table\": \(jsonString(name)),\n  \"title\": \(jsonString(title)),\n"
        out += "  \"columns\": [" + columns.map { jsonString($0.name) }.joined(separator: ", ") + "],\n"
        out += "  \"rows\": ["
        out += rows.map { "\n    " + jsonObject($0) }.joined(separator: ",")
        out += rows.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"totals\": " + (totals.map(jsonObject) ?? "null") + ",\n"
        out += "  \"notes\": [" + notes.map(jsonString).joined(separator: ", ") + "]\n}\n"
        return out
    }

    private func jsonObject(_ row: [Cell]) -> String {
        "{" + zip(columns, row).map { "\(jsonString($0.name)): \($1.jsonValue)" }.joined(separator: ", ") + "}"
    }
}

/// Several tables as one JSON array.
public func jsonDocument(_ tables: [ReportTable]) -> String {
    tables.count == 1 ? tables[0].json() : "[\n" + tables.map { $0.json() }.joined(separator: ",\n") + "]\n"
}

extension Cell {
    var jsonValue: String {
        switch self {
        case .text(let s): return jsonString(s)
        case .integer(let n): return String(n)
        case .money(let m): return m.dollarsText
        case .number(let x, let decimals): return plainNumber(x, decimals: decimals)
        case .empty: return "null"
        }
    }
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
