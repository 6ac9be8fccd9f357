import FingovAnalytics
import FingovModel

/// The programme support cost table (`fingov psc`).
extension Tables {
    /// PSC earned against PSC spent.
    public static func psc(_ p: PSCAnalysis) -> ReportTable {
        var table = ReportTable(name: "psc", title: "Programme support cost earned and spent" + (p.period.map { ", \($0)" } ?? ""),
                                columns: [Column("fund", title: "Fund"), Column("office_type", title: "Office"),
                                          Column("sp_direct_expenditure_usd", title: "SP direct exp.", numeric: true),
                                          Column("psc_earned_usd", title: "PSC earned", numeric: true),
                                          Column("rate_on_direct_percent", title: "Rate on direct %", numeric: true),
                                          Column("share_of_gross_percent", title: "Share of gross %", numeric: true),
                                          Column("psc_expenditure_usd", title: "PSC spent", numeric: true),
                                          Column("balance_usd", title: "Balance", numeric: true)])
        for (i, row) in p.rows.enumerated() {
            let cells: [Cell] = [.text(row.fund), .text(row.officeType), .money(row.directExpenditure), .money(row.pscEarned),
                                 .number(row.rateOnDirectPercent, decimals: 2), .number(row.shareOfGrossPercent, decimals: 2),
                                 .money(row.pscExpenditure), .money(row.balance)]
            if i == p.rows.count - 1 { table.totals = cells } else { table.append(cells) }
        }
        let standard = Double(p.standardRateBasisPoints) / 100
        table.notes = ["PSC is earned on special-purpose expenditure on direct-cost categories at \(plainNumber(standard, decimals: 2)) per cent (or a line's own rate), rounded to the cent line by line.",
                       "At \(plainNumber(standard, decimals: 2)) per cent on direct cost, PSC is \(plainNumber(standard / (100 + standard) * 100, decimals: 2)) per cent of the gross amount: the two measures differ.",
                       "Rows 'all' total the rows above them (each fund over offices, each office over funds).",
                       "Lines: " + p.accounting.summary + "."]
        return table
    }
}
