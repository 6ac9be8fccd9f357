import FingovAnalytics
import FingovModel

/// The gender tables and chart (`fingov gender`).
extension Tables {
    /// Women's share by grade.
    public static func gender(_ g: GenderParity, geographical: Bool) -> ReportTable {
        let rows = geographical ? g.geographical : g.allStaff
        var table = ReportTable(name: geographical ? "gender-geographical" : "gender",
                                title: "Women's share by grade on \(g.asOf): " + (geographical ? "posts subject to geographical distribution" : "all staff")
                                    + (g.entity.map { " in \($0)" } ?? ""),
                                columns: [Column("grade", title: "Grade"), Column("women", title: "Women", numeric: true),
                                          Column("men", title: "Men", numeric: true), Column("not_recorded", title: "Not recorded", numeric: true),
                                          Column("total", title: "Total", numeric: true), Column("women_percent", title: "Women %", numeric: true),
                                          Column("parity", title: "Against 47-53 % zone")])
        for (i, c) in rows.enumerated() {
            let line: [Cell] = [.text(c.label), .integer(c.women), .integer(c.men), .integer(c.notRecorded), .integer(c.total),
                                .number(c.womenSharePercent, decimals: 1), .text(c.parity(zone: g.parityZone).rawValue)]
            if i == rows.count - 1 { table.totals = line } else { table.append(line) }
        }
        table.notes = ["Women's share of staff whose gender is recorded; parity is 50 per cent, the parity zone \(plainNumber(g.parityZone.lowerBound, decimals: 0))-\(plainNumber(g.parityZone.upperBound, decimals: 0)) per cent.",
                       "Category lines total the grades above them.",
                       "Staff: " + g.accounting.summary + "."]
        return table
    }

    /// Women's share by grade as bars, with the parity line in the labels.
    public static func genderChart(_ g: GenderParity) -> BarChart {
        BarChart(title: "Women's share by grade, all staff\(g.entity.map { " in \($0)" } ?? ""), \(g.asOf) (parity 50 %, zone 47-53 %)",
                 bars: g.allStaff.compactMap { c in
                     c.womenSharePercent.map { .init(label: c.label, value: $0, valueText: plainNumber($0, decimals: 1) + " %") }
                 })
    }
}
