import Testing
@testable import FingovReports
@testable import FingovModel

@Suite struct CSVRenderingTests {
    @Test func csvIsExactAndGuarded() {
        let csv = String(decoding: sampleTable.csv(), as: UTF8.self)
        // Money to the cent; 12.345678 in full although shown as 12.35; 100 without decimals.
        #expect(csv == "name,amount_usd,share_percent\r\nCôte d’Ivoire,1234567.89,12.345678\r\n\"'-dash, \"\"quoted\"\"\",-0.50,\r\nTotal,1234567.39,100\r\n")
    }

    @Test func csvWritesRealNumbersInFull() {
        let table = ReportTable(name: "x", title: "X", columns: [Column("x", numeric: true), Column("n", numeric: true)],
                                rows: [[.number(7.49996, decimals: 4), .integer(-3)], [.number(1e-7, decimals: 2), .integer(0)],
                                       [.number(-0.0, decimals: 1), .integer(Int.max)], [.number(1e21, decimals: 0), .money(Money(cents: 1))]])
        #expect(String(decoding: table.csv(byteOrderMark: true), as: UTF8.self)
                == "\u{FEFF}x,n\r\n7.49996,-3\r\n0.0000001,0\r\n0,9223372036854775807\r\n1000000000000000000000,0.01\r\n")
    }

    @Test func moneyStaysExactToTheCent() {
        // 2^53 + 1 cents cannot be a Double; written from integer cents it stays exact.
        let cents = 9_007_199_254_740_993
        let table = ReportTable(name: "m", title: "M", columns: [Column("amount_usd", numeric: true)],
                                rows: [[.money(Money(cents: cents))], [.money(Money(cents: -1))], [.money(Money(cents: 10))]])
        #expect(String(decoding: table.csv(), as: UTF8.self) == "amount_usd\r\n90071992547409.93\r\n-0.01\r\n0.10\r\n")
    }
}
