import FingovAnalytics
import FingovModel

/// The sweep table (`fingov sweep`).
extension Tables {
    /// How often each State has each status across the parameter sets of a sweep.
    ///
    /// - Parameters:
    ///   - sweep: the statuses of every State under every parameter set.
    ///   - headcounts: the staff the statuses were decided on.
    ///   - reference: the reference tables (for the States' names).
    ///   - base: the parameters at the centre of the draw, for the notes.
    ///   - source: where the sets came from, for the notes (`sets drawn with seed 2026`).
    public static func sweep(_ sweep: RangeSweep, headcounts: Headcounts, reference: ReferenceData, base: RangeParameters, source: String) -> ReportTable {
        var table = ReportTable(name: "sweep", title: "Status of each Member State across \(sweep.setCount) parameter sets (staff on \(headcounts.selection.asOf))",
                                columns: [Column("iso3", title: "ISO3"), Column("member_state", title: "Member State"), Column("staff", title: "Staff", numeric: true)]
                                    + RepresentationStatus.allCases.map { Column($0.rawValue + "_percent", title: $0.rawValue + " %", numeric: true) })
        for (i, state) in sweep.states.enumerated() {
            table.append([.text(state.rawValue), .text(reference.profile(of: state)?.name ?? state.rawValue), .integer(headcounts.counts[state] ?? 0)]
                         + sweep.statusCounts[i].map { .number(Double($0) / Double(sweep.setCount) * 100, decimals: 2) })
        }
        table.notes = ["Scale \(base.scalePeriod), population \(base.populationYear); \(source).",
                       "Checksums over all States and sets: lower \(sweep.lowerTotal), midpoint \(sweep.midpointTotal), upper \(sweep.upperTotal), unrounded midpoints \(plainNumber(sweep.midpointExactTotal, decimals: 2)).",
                       "Staff: " + headcounts.accounting.summary + "."]
        return table
    }
}
