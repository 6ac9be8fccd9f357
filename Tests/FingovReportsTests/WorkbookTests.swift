import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import FingovCSV
@testable import FingovModel
@testable import FingovReports

/// A workbook read back: its parts unzipped with ZIPFoundation, its sheets parsed with
/// `XMLParser` into cells keyed by reference (`B2`), each with its type and text.
struct ReadWorkbook {
    struct SheetCell: Equatable { var type: String?; var style: String?; var text: String }
    var parts: [String: Data] = [:]
    var sheetNames: [String] = []
    var sheets: [[String: SheetCell]] = []
    var frozen: [Bool] = []

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        let workbook = try XMLElements(try #require(parts["xl/workbook.xml"]))
        sheetNames = workbook.elements.filter { $0.name == "sheet" }.map { $0.attributes["name"]! }
        for i in sheetNames.indices {
            let sheet = try XMLElements(try #require(parts["xl/worksheets/sheet\(i + 1).xml"]))
            var cells: [String: SheetCell] = [:], current: String?
            for e in sheet.elements {
                if e.name == "c" {
                    current = e.attributes["r"]
                    cells[current!] = SheetCell(type: e.attributes["t"], style: e.attributes["s"], text: "")
                } else if (e.name == "v" || e.name == "t"), let current {
                    cells[current]!.text += e.text
                } else if e.name == "f" {
                    Issue.record("formula in sheet \(i + 1)")
                }
            }
            sheets.append(cells)
            frozen.append(sheet.elements.contains { $0.name == "pane" && $0.attributes["state"] == "frozen" && $0.attributes["ySplit"] == "1" })
        }
    }
}

/// Elements of an XML document with their attributes and own text (parsing fails the test
/// unless the part is well-formed).
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String]; var text: String }
    var elements: [Element] = []
    private var open: [Int] = []
    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        let ok = parser.parse()
        try #require(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
    }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append(Element(name: name, attributes: attributes, text: ""))
        open.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if let last = open.last { elements[last].text += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }
}

@Suite struct WorkbookTests {
    static let formulaLike = ReportTable(
        name: "awkward: [names]/*?\\", title: "Awkward", columns: [Column("text"), Column("n", numeric: true), Column("x", numeric: true)],
        rows: [[.text("=1+1"), .integer(-7), .number(0.1 + 0.2, decimals: 1)],
               [.text("  spaced  "), .integer(9_007_199_254_740_993), .number(1e-7, decimals: 2)],
               [.text("R&D <x> \"q\""), .empty, .number(-1234567.891, decimals: 0)]])

    /// Every cell of the sheet against the CSV of the same table, read with the project's CSV
    /// reader: the header, each row and the totals row, cell by cell; numbers as numeric cells
    /// with the same digits, text as inline strings (unguarded).
    @Test(arguments: [sampleTable, formulaLike])
    func cellsMatchTheCSV(_ table: ReportTable) throws {
        let book = try ReadWorkbook(try Workbook.xlsx([table]))
        var reader = CSVReader(bytes: table.csv(), file: "table.csv")
        let records = try reader.readAll()
        try #require(records.count == 1 + table.rows.count + (table.totals == nil ? 0 : 1))
        let numericColumns = table.columns.indices.filter { j in (table.rows + [table.totals ?? []]).contains { $0.indices.contains(j) && $0[j].isNumeric } }
        for (i, record) in records.enumerated() {
            for (j, field) in record.enumerated() {
                let reference = Workbook.columnLetters(j) + String(i + 1)
                let cell = book.sheets[0][reference]
                if field.isEmpty { #expect(cell == nil, "\(reference)"); continue }
                let found = try #require(cell, "\(reference) missing")
                if i > 0 && numericColumns.contains(j) && Double(field) != nil {
                    #expect(found.type == nil, "\(reference) should be numeric")
                    #expect(found.text == field, "\(reference)")
                } else {
                    // The CSV guards text a spreadsheet would take for a formula with an
                    // apostrophe; the workbook needs no guard, as its text cells are never formulas.
                    #expect(found.type == "inlineStr", "\(reference) should be text")
                    #expect(CSVWriter.neutralised(found.text) == field, "\(reference)")
                }
            }
        }
        #expect(book.frozen == [true])
    }

    @Test func numbersKeepFullPrecision() throws {
        let book = try ReadWorkbook(try Workbook.xlsx([Self.formulaLike]))
        #expect(book.sheets[0]["C2"]?.text == "0.30000000000000004")
        #expect(book.sheets[0]["B3"]?.text == "9007199254740993")
        #expect(book.sheets[0]["C3"]?.text == "0.0000001")
        #expect(book.sheets[0]["A2"] == .init(type: "inlineStr", style: nil, text: "=1+1"))
        #expect(book.sheets[0]["A3"]?.text == "  spaced  ")
        // Money: exact cents, money style.
        let money = try ReadWorkbook(try Workbook.xlsx([sampleTable]))
        #expect(money.sheets[0]["B2"] == .init(type: nil, style: "2", text: "1234567.89"))
        #expect(money.sheets[0]["B3"]?.text == "-0.50")
    }

    @Test func sheetNamesFollowExcelsRules() {
        let long = String(repeating: "abcdefghij", count: 4)
        let names = Workbook.sheetNames(for: ["a[b]c:d*e?f/g\\h", long, long, long.uppercased(), "", "'quoted'", "History", "café"])
        #expect(names == ["a_b_c_d_e_f_g_h", "abcdefghijabcdefghijabcdefghija", "abcdefghijabcdefghijabcdefghi~2",
                          "ABCDEFGHIJABCDEFGHIJABCDEFGHI~3", "Sheet", "quoted", "History_", "café"])
        for name in names {
            #expect(name.utf16.count <= 31 && !name.isEmpty)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
        }
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(Workbook.columnLetters(0) == "A" && Workbook.columnLetters(25) == "Z" && Workbook.columnLetters(26) == "AA"
                && Workbook.columnLetters(701) == "ZZ" && Workbook.columnLetters(702) == "AAA")
    }

    @Test func oneSheetPerTableInOrder() throws {
        let book = try ReadWorkbook(try Workbook.xlsx([sampleTable, Self.formulaLike, sampleTable]))
        #expect(book.sheetNames == ["t", "awkward_ _names_____", "t~2"])
        #expect(book.sheets.count == 3)
        for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"] {
            #expect(book.parts[required] != nil, "\(required)")
        }
        for part in book.parts.values { _ = try XMLElements(part) }
    }

    @Test func sheetNamesAreEscapedInTheWorkbook() throws {
        let table = ReportTable(name: "R&D <x> \"q\"", title: "R&D", columns: [Column("a")], rows: [[.text("b")]])
        let book = try ReadWorkbook(try Workbook.xlsx([table]))
        #expect(book.sheetNames == ["R&D <x> \"q\""])
    }

    @Test func aTableTooWideForASheetIsRefused() {
        let wide = ReportTable(name: "wide", title: "Wide", columns: (0...16_384).map { Column("c\($0)") })
        #expect(throws: WorkbookError.self) { try Workbook.xlsx([wide]) }
    }

    @Test func sameTablesSameBytes() throws {
        let a = try Workbook.xlsx([sampleTable, Self.formulaLike])
        let b = try Workbook.xlsx([sampleTable, Self.formulaLike])
        #expect(a == b)
        // Every entry carries the fixed time, 2000-01-01 00:00:00: DOS date (20 << 9) | (1 << 5) | 1.
        let archive = try Archive(data: Data(a), accessMode: .read)
        for entry in archive {
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 946_684_800), "\(entry.path)")
        }
    }

    /// The report's workbook: one sheet per CSV file of the report, in the order of the file
    /// names, each cell equal to the CSV file's field.
    @Test func reportWorkbookMatchesTheReportsCSVFiles() throws {
        let report = try FullReport.make(settings: ReportSettings(dataFolder: "data"), terminal: TextStyle(), rootFolder: NotebooksTests.root)
        let csvFiles = report.files.filter { $0.name.hasSuffix(".csv") }
        #expect(report.tables.map { $0.name + ".csv" } == csvFiles.map(\.name))
        let book = try ReadWorkbook(try Workbook.xlsx(report.tables))
        try #require(book.sheets.count == csvFiles.count)
        for (k, file) in csvFiles.enumerated() {
            var reader = CSVReader(bytes: file.bytes, file: file.name)
            for (i, record) in try reader.readAll().enumerated() {
                for (j, field) in record.enumerated() {
                    let reference = Workbook.columnLetters(j) + String(i + 1)
                    let text = book.sheets[k][reference].map { $0.type == nil ? $0.text : CSVWriter.neutralised($0.text) } ?? ""
                    #expect(text == field, "\(file.name) \(reference)")
                }
            }
        }
    }
}
