// libFuzzer target for the typed decoders (built by scripts/fuzz.sh into one module with
// Sources/FingovCSV and Sources/FingovModel).
//
// Each input is decoded as a roster, a ledger, a costs and a shares file, and its text as money,
// a period and a date. Decoding must either succeed or throw a located error; a crash or trap is a
// finding. What decodes must be consistent: a ledger's lines sum without overflow, every error
// names a line within the input.

private let reference: ReferenceData = {
    let states = ["FRA", "KEN", "TUV"].map { MemberStateProfile(state: MemberState(rawValue: $0)!, iso2: "", name: $0, shortName: $0, continent: "", subregion: "", memberSince: 1945) }
    let period = Period(rawValue: "2019-2021")!
    return ReferenceData(states: states, scales: [period: [states[0].state: 60, states[1].state: 39.9, states[2].state: 0.1]],
                         populations: [2019: [states[0].state: 67_000_000, states[1].state: 52_000_000, states[2].state: 11_000]])
}()

/// UNODC's ledger vocabulary (scripts/fuzz.sh runs the targets from the repository root).
private let vocabulary: LedgerVocabulary = try! LedgerVocabulary.load(folder: "data/vocabulary")

private func checkLines(_ error: DataError, _ bytes: [UInt8]) {
    // Lines end with LF, CRLF or a lone CR, as the reader counts them.
    var lineCount = 1
    for (i, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
        lineCount += 1
    }
    for problem in error.problems where problem.line > lineCount {
        fatalError("error beyond the input's \(lineCount) lines: \(problem)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Each decoder sees the input after its own header, so mutations reach the rows.
    let headers = [Roster.columns.joined(separator: ","), Ledger.columns.joined(separator: ","),
                   SupportCostFiles.costColumns.joined(separator: ","), SupportCostFiles.shareColumns.joined(separator: ",")]
    for (i, header) in headers.enumerated() {
        let input = Array((header + "\n").utf8) + bytes
        do {
            switch i {
            case 0: _ = try Roster.decode(bytes: input, file: "staff.csv", reference: reference)
            case 1:
                let lines = try Ledger.decode(bytes: input, file: "ledger.csv", vocabulary: vocabulary)
                _ = lines.map(\.amount).sum()
            case 2: _ = try SupportCostFiles.decodeCosts(bytes: input, file: "costs.csv")
            default: _ = try SupportCostFiles.decodeShares(bytes: input, file: "shares.csv")
            }
        } catch { checkLines(error, input) }
    }
    // The raw input as a header too: unknown and duplicated columns.
    do { _ = try Ledger.decode(bytes: bytes, file: "raw.csv", vocabulary: vocabulary) } catch { checkLines(error, bytes) }
    let text = String(decoding: bytes.prefix(64), as: UTF8.self)
    if let money = try? Money(parsing: text), (try? Money(parsing: money.dollarsText)) != money {
        fatalError("money does not round-trip: \(text) -> \(money.dollarsText)")
    }
    if let period = Period(rawValue: text), Period(rawValue: period.rawValue) != period { fatalError("period \(text)") }
    if let date = CalendarDate(rawValue: text), CalendarDate(rawValue: date.rawValue) != date { fatalError("date \(text)") }
    return 0
}
