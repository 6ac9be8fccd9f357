// libFuzzer target for the CSV reader (built by scripts/fuzz.sh into one module with
// Sources/FingovCSV, so no import is needed).
//
// Property checked on every input the reader accepts (its delimiter found from the first line):
// writing its records back with CSVWriter, which writes commas, and reading them again as
// comma-separated gives the same fields (after the writer's formula guard). Any crash, trap or
// mismatch is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var reader = CSVReader(bytes: bytes, file: "fuzz.csv")
    guard let rows = try? reader.readAll() else { return 0 }
    var writer = CSVWriter()
    for row in rows { writer.writeRow(row.map { .text($0) }) }
    var again = CSVReader(bytes: writer.bytes, file: "again.csv", delimiter: .comma)
    guard let back = try? again.readAll() else { fatalError("the writer's output does not parse: \(writer.string.debugDescription)") }
    let expected = rows.map { $0.map(CSVWriter.neutralised) }
    if back != expected { fatalError("round trip changed the fields: \(expected) -> \(back)") }
    return 0
}
