import FingovModel

/// PSC earned, set against PSC spent, for one group of the ledger.
public struct PSCRow: Hashable, Sendable, Codable {
    /// `drug`, `crime` or `all`.
    public var fund: String
    /// `headquarters`, `field` or `all`.
    public var officeType: String
    /// Special-purpose expenditure on direct-cost categories: what PSC is earned on.
    public var directExpenditure: Money
    /// The PSC earned on it, each line at its own rate, rounded half away from zero to the cent.
    public var pscEarned: Money
    /// Expenditure funded from PSC.
    public var pscExpenditure: Money

    /// Earned minus spent.
    public var balance: Money { pscEarned - pscExpenditure }
    /// PSC as a rate on direct cost, in per cent (13 at the standard rate).
    public var rateOnDirectPercent: Double? {
        directExpenditure.cents == 0 ? nil : Double(pscEarned.cents) / Double(directExpenditure.cents) * 100
    }
    /// PSC as a share of the gross amount (direct plus PSC), in per cent (13/113 = 11.5 at 13).
    public var shareOfGrossPercent: Double? {
        let gross = directExpenditure.cents + pscEarned.cents
        return gross == 0 ? nil : Double(pscEarned.cents) / Double(gross) * 100
    }
}

/// Programme support cost earned from special-purpose direct expenditure and used by PSC-funded
/// expenditure, by fund and by headquarters and field (METHODOLOGY.md section 2).
///
/// PSC is earned on expenditure, not on contributions: `psc = rate * direct expenditure`. A line
/// with its own `psc_rate_percent` uses it; the others use the standard rate.
public struct PSCAnalysis: Sendable {
    public var period: Period?
    /// The standard rate in basis points (1300 = 13 per cent).
    public var standardRateBasisPoints: Int
    /// Each fund by office type, then each fund, each office type, and the total (`all`, `all`).
    public var rows: [PSCRow]
    public var accounting: RowAccounting

    /// The total row.
    public var total: PSCRow { rows.last! }

    public static func compute(lines: [LedgerLine], period: Period?, standardRateBasisPoints: Int = 1300) -> PSCAnalysis {
        var cells: [String: PSCRow] = [:]
        var accounting = RowAccounting()
        accounting.rowsRead = lines.count
        func add(_ fund: String, _ office: String, direct: Money, earned: Money, spent: Money) {
            let key = fund + "|" + office
            var row = cells[key] ?? PSCRow(fund: fund, officeType: office, directExpenditure: .zero, pscEarned: .zero, pscExpenditure: .zero)
            row.directExpenditure += direct
            row.pscEarned += earned
            row.pscExpenditure += spent
            cells[key] = row
        }
        for line in lines {
            if let period, !period.contains(line.period) { accounting.exclude("outside \(period)"); continue }
            var direct = Money.zero, earned = Money.zero, spent = Money.zero
            switch line.fundingSource {
            case .specialPurpose where line.category.costType == .direct:
                direct = line.amount
                earned = pscEarned(on: line.amount, basisPoints: line.pscRateBasisPoints ?? standardRateBasisPoints)
            case .programmeSupportCost:
                spent = line.amount
            default:
                accounting.exclude("neither special-purpose direct nor PSC-funded")
                continue
            }
            accounting.used += 1
            for fund in [line.fund.rawValue, "all"] {
                for office in [line.officeType.rawValue, "all"] { add(fund, office, direct: direct, earned: earned, spent: spent) }
            }
        }
        var rows: [PSCRow] = []
        let funds = Fund.allCases.map(\.rawValue) + ["all"]
        let offices = OfficeType.allCases.map(\.rawValue) + ["all"]
        for fund in funds { for office in offices { if let row = cells[fund + "|" + office] { rows.append(row) } } }
        if rows.last?.fund != "all" {
            rows.append(PSCRow(fund: "all", officeType: "all", directExpenditure: .zero, pscEarned: .zero, pscExpenditure: .zero))
        }
        return PSCAnalysis(period: period, standardRateBasisPoints: standardRateBasisPoints, rows: rows, accounting: accounting)
    }

    /// `amount * basisPoints / 10 000`, rounded half away from zero to the cent, in integers.
    public static func pscEarned(on amount: Money, basisPoints: Int) -> Money {
        let product = amount.cents * basisPoints
        let q = product / 10_000, r = product % 10_000
        return Money(cents: 2 * abs(r) >= 10_000 ? q + (product < 0 ? -1 : 1) : q)
    }
}
