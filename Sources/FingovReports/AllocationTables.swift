import FingovAnalytics
import FingovModel

/// The support-cost allocation tables (`fingov allocate`).
extension Tables {
    /// Support costs allocated to operating units.
    public static func allocation(_ a: CostAllocation) -> ReportTable {
        var table = ReportTable(name: "allocation-" + a.method.rawValue, title: "Support costs allocated by the \(a.method.rawValue) method",
                                columns: [Column("unit", title: "Operating unit"), Column("direct_cost_usd", title: "Direct cost", numeric: true),
                                          Column("allocated_usd", title: "Allocated", numeric: true), Column("total_usd", title: "Total", numeric: true)])
        for u in a.operating { table.append([.text(u.unit), .money(u.directCost), .money(u.allocated), .money(u.total)]) }
        let allocated = a.operating.map(\.allocated).sum()
        table.totals = [.text("Total"), .money(a.operating.map(\.directCost).sum()), .money(allocated), .money(a.operating.map(\.total).sum())]
        table.notes = ["Control: allocated \(allocated.dollarsText) \(allocated == a.supportTotal ? "=" : "≠") support units' direct costs \(a.supportTotal.dollarsText) USD (largest-remainder rounding to the cent)."]
        if !a.order.isEmpty { table.notes.append("Step-down order: " + a.order.joined(separator: " → ") + ".") }
        if !a.reciprocatedCosts.isEmpty {
            table.notes.append("Reciprocated costs x solving (I - A) x = c: " + a.reciprocatedCosts.map { "\($0.unit) \(plainNumber($0.cost, decimals: 2))" }.joined(separator: "; ") + ".")
        }
        return table
    }

    /// Each support unit's reciprocated cost (reciprocal method).
    public static func reciprocatedCosts(_ a: CostAllocation, units: [CostUnit]) -> ReportTable {
        var table = ReportTable(name: "allocation-reciprocated-costs", title: "Support units' reciprocated costs (own plus services received)",
                                columns: [Column("unit", title: "Support unit"), Column("direct_cost_usd", title: "Direct cost", numeric: true),
                                          Column("reciprocated_cost_usd", title: "Reciprocated cost", numeric: true)])
        for (unit, cost) in a.reciprocatedCosts {
            table.append([.text(unit), .money(units.first { $0.name == unit }?.directCost ?? .zero), .number(cost, decimals: 2)])
        }
        table.notes = ["x solves (I - A) x = c (LAPACK dgesv); it exceeds the direct cost by the services received from other support units."]
        return table
    }
}

extension Tables {
    /// The full cost of each office: direct expenditure plus its share of the central services.
    public static func fullCost(_ f: FullCost) -> ReportTable {
        var table = ReportTable(name: "full-cost", title: "Full cost of each office, \(f.period)"
                                    + (f.sourcesInOrder.map { ", support funded by " + $0.map(\.rawValue).joined(separator: ", ") } ?? ""),
                                columns: [Column("office", title: "Office"), Column("office_type", title: "Type"),
                                          Column("direct_usd", title: "Direct", numeric: true),
                                          Column("support_allocated_usd", title: "Support allocated", numeric: true),
                                          Column("full_cost_usd", title: "Full cost", numeric: true)])
        for row in f.rows {
            table.append([.text(row.office), .text(row.officeType.rawValue), .money(row.direct), .money(row.supportAllocated), .money(row.fullCost)])
        }
        let allocated = f.rows.map(\.supportAllocated).sum()
        table.totals = [.text("Total"), .empty, .money(f.rows.map(\.direct).sum()), .money(allocated), .money(f.rows.map(\.fullCost).sum())]
        table.notes = [
            "Support units (indirect categories at headquarters): " + (f.supportUnits.isEmpty ? "none" : f.supportUnits.map { "\($0.category.rawValue) \($0.cost.dollarsText)" }.joined(separator: "; ")) + " USD.",
            f.bySharesFile ? "Each support unit's cost is shared by the shares file (each unit's shares renormalised to sum to 1), rounded to the cent by largest remainder."
                : "Each support unit's cost is shared by the offices' direct expenditure (direct-cost categories, every source), rounded to the cent by largest remainder.",
            "Control: allocated \(allocated.dollarsText) \(allocated == f.supportTotal ? "=" : "≠") support units' total \(f.supportTotal.dollarsText) USD.",
            "Lines: " + f.accounting.summary + ".",
        ]
        return table
    }
}
