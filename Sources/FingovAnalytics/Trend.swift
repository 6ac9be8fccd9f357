import FingovModel

/// One year of a trend: the staff counted on its 31 December against the scale of assessments
/// in force and the population of that year (METHODOLOGY.md section 1, "trends").
public struct TrendYear: Sendable {
    public var year: Int
    /// The scale and population used, both chosen by the rule.
    public var inForce: ScaleInForce
    /// Each State's staff, range and status that year.
    public var representation: Representation

    public var asOf: CalendarDate { inForce.date }
    /// The staff counted in a Member State's row.
    public var staff: Int { representation.rows.map(\.staff).reduce(0, +) }
    /// The number of States in each status.
    public var counts: [RepresentationStatus: Int] { representation.countsByStatus }
}

/// Geographical representation year by year.
public enum Trend {
    /// The 31 December of `year`.
    public static func yearEnd(_ year: Int) -> CalendarDate? { CalendarDate(year: year, month: 12, day: 31) }

    /// Each year's representation from its headcounts (counted on the year's 31 December),
    /// against the scale in force and the population year of that year; every other parameter
    /// is `base`'s.
    ///
    /// - Throws: `RangeError` when the reference data has no scale in force or no population
    ///   for a year.
    public static func compute(headcounts: [(year: Int, headcounts: Headcounts)], reference: ReferenceData,
                               base: RangeParameters) throws(RangeError) -> [TrendYear] {
        var years: [TrendYear] = []
        for (year, counts) in headcounts.sorted(by: { $0.year < $1.year }) {
            let inForce = try ScaleInForce.resolve(on: counts.selection.asOf, reference: reference)
            precondition(counts.selection.asOf.year == year, "headcounts of \(counts.selection.asOf) given for \(year)")
            let representation = try Representation.compute(headcounts: counts, reference: reference, parameters: inForce.applied(to: base),
                                                             selection: counts.selection)
            years.append(TrendYear(year: year, inForce: inForce, representation: representation))
        }
        return years
    }
}
