import Foundation
import ZIPFoundation

/// Why a workbook could not be built.
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "cannot build the workbook (\(reason))" }
}

/// Report tables as one Excel workbook (Office Open XML, `.xlsx`): one sheet per table.
///
/// - Each sheet is named after its table (``sheetNames(for:)``): at most 31 characters, none of
///   `[]:*?/\`, unique regardless of case.
/// - Row 1 holds the column names (the CSV header), in bold and frozen; the rows follow, then
///   the totals row (if any), as in the CSV file.
/// - Numbers are numeric cells written in full: integers as they are, money as exact dollars
///   and cents (shown with thousands separators and two decimals), other real numbers as their
///   shortest round-trip decimal (``shortestDecimal(_:)``). Text is an inline string, never a
///   formula, so `=1+1` stays text. Empty cells are left out.
/// - Column widths follow the longest text of each column (8 to 60 characters).
///
/// The same tables always give the same bytes: every part is written in a fixed order, and
/// every entry of the ZIP archive has the same fixed modification time.
public enum Workbook {
    /// The modification time of every entry: 2000-01-01 00:00:00 (ZIP stores it without a
    /// time zone; ZIPFoundation writes it in UTC).
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// The size of a sheet in Excel 2007 and later.
    static let maxRows = 1_048_576, maxColumns = 16_384

    /// The characters a sheet name cannot hold.
    static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The workbook of `tables`, one sheet per table in order, as the bytes of an `.xlsx` file.
    /// - Precondition: `tables` is not empty (a workbook has at least one sheet).
    /// - Throws: ``WorkbookError`` when a table does not fit on a sheet (1,048,576 rows and
    ///   16,384 columns at most, the header row included) or the ZIP archive cannot be written
    ///   (in memory; not expected).
    /// - Complexity: O(n), where n is the number of cells.
    public static func xlsx(_ tables: [ReportTable]) throws(WorkbookError) -> [UInt8] {
        precondition(!tables.isEmpty, "a workbook needs at least one table")
        for table in tables {
            let rowCount = 1 + table.rows.count + (table.totals == nil ? 0 : 1)
            guard rowCount <= maxRows, table.columns.count <= maxColumns else {
                throw WorkbookError(reason: "table \(table.name) has \(rowCount) rows and \(table.columns.count) columns; a sheet holds at most \(maxRows) rows and \(maxColumns) columns")
            }
        }
        let names = sheetNames(for: tables.map(\.name))
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: tables.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: tables.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, table) in tables.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet(table))) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw WorkbookError(reason: "the archive has no data") }
            return [UInt8](bytes)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(reason: "\(error)")
        }
    }

    /// A sheet name for each table name, in order: forbidden characters (`[]:*?/\`) and control
    /// characters replaced by `_`, leading and trailing apostrophes removed, `Sheet` for an empty
    /// name, cut to 31 UTF-16 code units (Excel's limit), and made unique regardless of case
    /// by a suffix `~2`, `~3`, … (the name cut shorter to make room).
    public static func sheetNames(for tableNames: [String]) -> [String] {
        var used = Set<String>(), out: [String] = []
        for name in tableNames {
            var base = String(name.map { forbiddenInSheetNames.contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } ? "_" : $0 })
            while base.hasPrefix("'") { base.removeFirst() }
            while base.hasSuffix("'") { base.removeLast() }
            if base.isEmpty || base.lowercased() == "history" { base = base.isEmpty ? "Sheet" : base + "_" }
            var candidate = cut(base, to: 31), n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "~\(n)"
                candidate = cut(base, to: 31 - suffix.utf16.count) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }

    /// `text` cut to at most `units` UTF-16 code units, at a character boundary.
    static func cut(_ text: String, to units: Int) -> String {
        var out = "", count = 0
        for character in text {
            let n = character.utf16.count
            if count + n > units { break }
            out.append(character)
            count += n
        }
        return out
    }

    /// The column letters of a zero-based column index (`A`, …, `Z`, `AA`, …).
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1, letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// One worksheet: the frozen header row, the rows and the totals row.
    static func sheet(_ table: ReportTable) -> String {
        let allRows = table.rows + (table.totals.map { [$0] } ?? [])
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (j, column) in table.columns.enumerated() {
            let longest = ([displayWidth(column.name)] + allRows.map { displayWidth(displayText($0[j])) }).max()!
            let width = Double(min(60, max(8, longest + 2)))
            out += "<col min=\"\(j + 1)\" max=\"\(j + 1)\" width=\"\(plainNumber(width, decimals: 0))\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        out += "<row r=\"1\">" + table.columns.enumerated().map { j, column in
            "<c r=\"\(columnLetters(j))1\" s=\"1\" t=\"inlineStr\"><is>\(inlineText(column.name))</is></c>"
        }.joined() + "</row>"
        for (i, row) in allRows.enumerated() {
            let r = i + 2
            out += "<row r=\"\(r)\">"
            for (j, cell) in row.enumerated() {
                let reference = "\(columnLetters(j))\(r)"
                switch cell {
                case .empty: continue
                case .text(let s): out += "<c r=\"\(reference)\" t=\"inlineStr\"><is>\(inlineText(s))</is></c>"
                case .integer, .year, .number: out += "<c r=\"\(reference)\"><v>\(cell.fullText)</v></c>"
                case .money: out += "<c r=\"\(reference)\" s=\"2\"><v>\(cell.fullText)</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>\n"
    }

    /// A cell's text as a spreadsheet shows it, to size the column.
    static func displayText(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return s
        case .empty: return ""
        case .money(let m):
            // The exact amount plus room for its thousands separators.
            let text = m.dollarsText
            return text + String(repeating: " ", count: max(0, (text.count - 4) / 3))
        case .integer, .year, .number: return cell.fullText
        }
    }

    /// `<t>` with the text, keeping leading and trailing spaces and line breaks.
    static func inlineText(_ s: String) -> String {
        let keep = s.first?.isWhitespace == true || s.last?.isWhitespace == true || s.contains("\n")
        return (keep ? "<t xml:space=\"preserve\">" : "<t>") + xmlEscaped(s) + "</t>"
    }

    static func contentTypes(sheetCount: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (1...sheetCount).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>\n"
    }

    static let rootRelationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>\n"

    static func workbook(_ names: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
            + names.enumerated().map { "<sheet name=\"\(xmlEscaped($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>\n"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (1...sheetCount).map { "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>\n"
    }

    /// Three cell formats: 0 general, 1 bold (the header), 2 money (`#,##0.00`).
    static let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>\n"
}
