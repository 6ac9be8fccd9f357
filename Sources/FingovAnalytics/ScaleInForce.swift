import FingovModel

/// The scale of assessments and the population year that apply to a date (METHODOLOGY.md
/// section 1, "Which scale and which population"), each either chosen by the rule or given.
///
/// The rule: the scale in force on a date is the one whose period contains the date's year
/// (2025-2027 for 31 December 2025); the population year is the latest year in the data that is
/// not after that year.
public struct ScaleInForce: Hashable, Sendable {
    /// The date counted.
    public var date: CalendarDate
    public var scalePeriod: Period
    public var populationYear: Int
    /// Whether the scale period was chosen by the rule (not given).
    public var scaleByRule: Bool
    /// Whether the population year was chosen by the rule (not given).
    public var populationByRule: Bool

    /// The scale and population for `date`: `scale` and `populationYear` when given, else by the
    /// rule.
    ///
    /// - Throws: `RangeError.noScaleInForce` or `.noPopulationBefore` when the reference data
    ///   holds no scale period containing the year, or no population year up to it.
    public static func resolve(on date: CalendarDate, reference: ReferenceData, scale: Period? = nil,
                               populationYear: Int? = nil) throws(RangeError) -> ScaleInForce {
        let year = date.year
        let period: Period
        if let scale { period = scale } else {
            guard let found = reference.scalePeriods.last(where: { $0.contains(year) }) else {
                throw .noScaleInForce(date, available: reference.scalePeriods)
            }
            period = found
        }
        let population: Int
        if let populationYear { population = populationYear } else {
            guard let found = reference.populationYears.last(where: { $0 <= year }) else {
                throw .noPopulationBefore(date, available: reference.populationYears)
            }
            population = found
        }
        return ScaleInForce(date: date, scalePeriod: period, populationYear: population, scaleByRule: scale == nil, populationByRule: populationYear == nil)
    }

    /// `parameters` with this scale period and population year.
    public func applied(to parameters: RangeParameters) -> RangeParameters {
        var p = parameters
        p.scalePeriod = scalePeriod
        p.populationYear = populationYear
        return p
    }

    /// One sentence for the notes: what was used and why.
    public var note: String {
        let scale = scaleByRule ? "the scale of assessments in force on \(date) (\(scalePeriod), the period containing \(date.year))"
            : "the scale of assessments for \(scalePeriod) (as given)"
        let population = populationByRule ? "populations of \(populationYear) (the latest year in the data not after \(date.year))"
            : "populations of \(populationYear) (as given)"
        return "Ranges use \(scale) and \(population)."
    }
}
