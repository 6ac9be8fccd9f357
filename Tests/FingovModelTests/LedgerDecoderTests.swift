import Testing
import FingovCSV
@testable import FingovModel
import FingovIngest

let ledgerHeaderForTests = "period,fund,funding_source,office,office_type,category,amount_usd"

@Suite struct LedgerDecoderTests {
    @Test func headerProblems() {
        func problems(_ text: String) -> [String] {
            do { _ = try Ledger.decode(bytes: Array(text.utf8), file: "l.csv", vocabulary: unodcVocabulary); return [] } catch { return error.problems.map(\.description) }
        }
        #expect(problems("") == ["l.csv: the file is empty (expected a header row: period,fund,funding_source,office,office_type,category,amount_usd)"])
        #expect(problems("period,fund,funding_source,office,office_type,category\n")
                == ["l.csv:1: the header has no column 'amount_usd' (expected period,fund,funding_source,office,office_type,category,amount_usd)"])
        // Other columns are ignored (and listed in the notes), in any order.
        #expect(problems("colour,period,fund,funding_source,office,office_type,category,amount_usd\nred,2020,drug,SP,HQ,headquarters,monitoring,1\n") == [])
        #expect(problems(ledgerHeaderForTests + "\n").first?.hasPrefix("l.csv: no data rows (found only the header") == true)
        #expect(problems("period,fund,fund,funding_source,office,office_type,category,amount_usd\n") == ["l.csv:1:13: column 'fund' appears twice in the header"])
    }

    // Character columns by hand: `2020,drug,SP,` is 13 characters and `Country Office
    // Colombia,` 24, so office_type starts at 38, category at 44 and the amount at 63.
    @Test(arguments: [
        ("2020,drug,SP,Country Office Colombia,field,programme-delivery,12.345\n", 63, "invalid amount_usd (found '12.345', expected dollars with up to two decimals: more than two decimals"),
        ("2020,drug,SP,Country Office Colombia,field,programme-delivery,twelve\n", 63, "invalid amount_usd (found 'twelve'"),
        ("2020,opium,SP,Country Office Colombia,field,programme-delivery,1\n", 6, "invalid fund (found 'opium', expected one of drug, crime, regular in \(dataFolder)/vocabulary/funds.csv)"),
        ("2020,drug,XX,Country Office Colombia,field,programme-delivery,1\n", 11, "invalid funding_source (found 'XX'"),
        ("2020,drug,RB,Country Office Colombia,field,programme-delivery,1\n", 11, "invalid funding_source for fund drug (found 'RB', expected one of GP, SP, PSC, as \(dataFolder)/vocabulary/funds.csv lists)"),
        ("2020,drug,SP,Country Office Colombia,region,programme-delivery,1\n", 38, "invalid office_type (found 'region'"),
        ("2020,drug,SP,Country Office Colombia,field,travel,1\n", 44, "invalid category (found 'travel'"),
        ("2021-2020,drug,SP,Country Office Colombia,field,programme-delivery,1\n", 1, "invalid period (found '2021-2020'"),
    ])
    func rejectsBadLedgerRows(row: String, column: Int, message: String) {
        do {
            _ = try Ledger.decode(bytes: Array(("period,fund,funding_source,office,office_type,category,amount_usd\n" + row).utf8), file: "ledger.csv", vocabulary: unodcVocabulary)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.first?.line == 2)
            #expect(error.problems.first?.column == column)
            #expect(error.problems.first?.message.hasPrefix(message) == true, "\(error.problems.first?.message ?? "")")
        }
    }

    @Test func readsPerLinePSCRates() throws {
        let lines = try Ledger.decode(bytes: Array("period,fund,funding_source,office,office_type,category,amount_usd,psc_rate_percent\n2020,drug,SP,HQ,headquarters,monitoring,100,7\n2020,drug,SP,HQ,headquarters,monitoring,100,\n".utf8), file: "l.csv", vocabulary: unodcVocabulary)
        #expect(lines.map(\.pscRateBasisPoints) == [700, nil])
    }

    @Test func missingFileIsNamed() {
        do { _ = try Ledger.load(path: "/nonexistent/ledger.csv", vocabulary: unodcVocabulary); Issue.record("expected an error") } catch {
            #expect(error.description == "/nonexistent/ledger.csv: cannot open the file (no such file)")
        }
    }
}

/// The ledger decoder's cache of row prefixes must change no result: rows whose bytes before
/// the amount repeat an earlier row's are decoded from the cache, everything unusual in full.
@Suite struct LedgerPrefixCacheTests {
    let header = "period,fund,funding_source,office,office_type,category,amount_usd\r\n"
    let prefix = "2020,drug,SP,\"Office, Kabul\",field,monitoring,"

    @Test func cachedRowsMatchTheFullDecode() throws {
        var text = header
        for i in 0..<50 { text += prefix + "\(i).25\r\n" }
        text += prefix + "\"7.00\"\r\n"                                  // a quoted amount: valid CSV
        text += "2020,drug,SP,\"Office, Kabul\nannex,12.34\",field,monitoring,5.00\r\n" // a quoted line break, digits after it
        text += prefix + "-3.5\r\n"
        let lines = try Ledger.decode(bytes: Array(text.utf8), file: "l.csv", vocabulary: unodcVocabulary)
        #expect(lines.count == 53)
        #expect(lines.prefix(50).map(\.amount.cents) == (0..<50).map { $0 * 100 + 25 })
        #expect(lines.prefix(50).allSatisfy { $0.office == "Office, Kabul" && $0.category == .monitoring })
        #expect(lines[50].amount.cents == 700)
        #expect(lines[51].office == "Office, Kabul\nannex,12.34" && lines[51].amount.cents == 500)
        #expect(lines[52].amount.cents == -350)
    }

    @Test func badAmountAfterACachedPrefixIsReported() {
        var text = header
        for i in 0..<5 { text += prefix + "\(i).00\r\n" }
        text += prefix + "1.234\r\n"
        do {
            _ = try Ledger.decode(bytes: Array(text.utf8), file: "l.csv", vocabulary: unodcVocabulary)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == ["l.csv:7:47: invalid amount_usd (found '1.234', expected dollars with up to two decimals: more than two decimals: amounts are in dollars and cents)"])
        }
    }
}
