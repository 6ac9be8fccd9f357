import FingovAnalytics
import FingovModel

/// The programme support cost tables (`fingov psc`): the fund statement, the use of PSC and the
/// cost of reduced rates. None credits earned PSC to an office: PSC is income of each fund's PSC
/// account.
extension Tables {
    static func periodsLabel(_ periods: [Period]) -> String {
        periods.isEmpty ? "no period" : periods.map(\.rawValue).joined(separator: ", ")
    }

    /// The PSC fund statement: opening balance + earned - spent = closing balance, per period and fund.
    public static func pscStatement(_ p: PSCStatement) -> ReportTable {
        var table = ReportTable(name: "psc-statement", title: "PSC fund statement, " + periodsLabel(p.periods),
                                columns: [Column("period", title: "Period"), Column("fund", title: "Fund"),
                                          Column("opening_balance_usd", title: "Opening balance", numeric: true),
                                          Column("earned_usd", title: "Earned", numeric: true),
                                          Column("spent_usd", title: "Spent", numeric: true),
                                          Column("closing_balance_usd", title: "Closing balance", numeric: true)])
        for row in p.funds {
            table.append([.text(row.period.rawValue), .text(row.fundName), .money(row.opening), .money(row.earned), .money(row.spent), .money(row.closing)])
        }
        let standard = plainNumber(Double(p.standardRateBasisPoints) / 100, decimals: 2)
        table.notes = ["Closing balance = opening balance + PSC earned - PSC spent, to the cent; each period opens with the previous period's closing.",
                       "PSC is earned on special-purpose expenditure on direct-cost categories at \(standard) per cent (or a line's own rate), rounded to the cent line by line; it is income of the fund's PSC account, not of an office.",
                       "Rows 'all' add the funds with a PSC account: " + fundList(p) + ".",
                       "Lines: " + p.accounting.summary + "."]
        return table
    }

    /// The funds with a PSC account, as the vocabulary names them (`drug` and `crime` for UNODC).
    static func fundList(_ p: PSCStatement) -> String {
        let codes = p.vocabulary.pscFunds.map(\.rawValue)
        return codes.count <= 2 ? codes.joined(separator: " and ") : codes.dropLast().joined(separator: ", ") + " and " + codes.last!
    }

    /// PSC spent at headquarters and in the field, by use, with shares of the period's PSC spent.
    public static func pscUse(_ p: PSCStatement) -> ReportTable {
        var table = ReportTable(name: "psc-use", title: "Use of PSC at headquarters and in the field, " + periodsLabel(p.periods),
                                columns: [Column("period", title: "Period"), Column("office_type", title: "Office"),
                                          Column("category_group", title: "Group"), Column("category", title: "Use"),
                                          Column("spent_usd", title: "PSC spent", numeric: true),
                                          Column("share_percent", title: "Share %", numeric: true)])
        for row in p.uses {
            table.append([.text(row.period.rawValue), .text(row.officeType.rawValue), .text(row.group.rawValue),
                          .text(row.category.rawValue), .money(row.spent), .number(row.sharePercent, decimals: 2)])
        }
        if p.periods.count == 1 {
            let total = p.uses.map(\.spent).sum()
            table.totals = [.text("Total"), .empty, .empty, .empty, .money(total), .number(total.cents == 0 ? nil : 100, decimals: 2)]
        }
        table.notes = ["Shares are of the period's PSC spent (all funds with a PSC account: " + fundList(p) + "). Central administration, executive direction and oversight are indirect costs; programme services are direct costs."]
        return table
    }

    /// Direct expenditure and PSC earned by rate, with what the standard rate would have earned.
    public static func pscRates(_ p: PSCStatement) -> ReportTable {
        var table = ReportTable(name: "psc-rates", title: "PSC earned by rate, " + periodsLabel(p.periods),
                                columns: [Column("period", title: "Period"), Column("rate_percent", title: "Rate %", numeric: true),
                                          Column("direct_expenditure_usd", title: "SP direct exp.", numeric: true),
                                          Column("earned_usd", title: "Earned", numeric: true),
                                          Column("earned_at_standard_rate_usd", title: "At standard rate", numeric: true)])
        for row in p.rates {
            table.append([.text(row.period.rawValue), .number(Double(row.rateBasisPoints) / 100, decimals: 2), .money(row.directExpenditure),
                          .money(row.earned), .money(row.earnedAtStandardRate)])
        }
        if p.periods.count == 1 {
            table.totals = [.text("Total"), .empty, .money(p.rates.map(\.directExpenditure).sum()), .money(p.rates.map(\.earned).sum()),
                            .money(p.rates.map(\.earnedAtStandardRate).sum())]
        }
        let standard = Double(p.standardRateBasisPoints) / 100
        var notes = ["The cost of reduced rates is what the standard rate would have earned minus what was earned."]
        for period in p.periods {
            let rows = p.rates.filter { $0.period == period }
            notes.append("\(period): cost of reduced rates USD \(rows.map(\.costOfReducedRate).sum().dollarsText).")
        }
        notes.append("At \(plainNumber(standard, decimals: 2)) per cent on direct cost, PSC is \(plainNumber(standard / (100 + standard) * 100, decimals: 2)) per cent of the gross amount: the two measures differ.")
        table.notes = notes
        return table
    }
}
