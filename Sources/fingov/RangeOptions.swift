import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

/// The parameters of the system of desirable ranges (METHODOLOGY.md section 1).
struct RangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The base figure: posts subject to the system.", valueName: "posts"))
    var baseFigure: Double = 3600

    @Option(help: ArgumentHelp("The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).", valueName: "period"))
    var scale: Period?

    @Option(help: ArgumentHelp("The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.", valueName: "year"))
    var populationYear: Int?

    @Option(help: ArgumentHelp("Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.", valueName: "m/p/c"))
    var weights: Weights = .official

    @Option(help: ArgumentHelp("The flexibility around the midpoint, in per cent of it.", valueName: "percent"))
    var flexibility: Double = 15

    @Option(help: ArgumentHelp("The smallest flexibility, in posts (a 2014 proposal: 5.3).", valueName: "posts"))
    var minFlexibility: Double = 4.8

    @Option(help: ArgumentHelp("The smallest upper limit, in posts.", valueName: "posts"))
    var minUpper: Double = 14

    /// The parameters, with the scale of assessments and the population year in force on `date`
    /// unless they were given (`ScaleInForce`).
    func parameters(on date: CalendarDate, reference: ReferenceData) throws(RangeError) -> (parameters: RangeParameters, scale: ScaleInForce) {
        let inForce = try ScaleInForce.resolve(on: date, reference: reference, scale: scale, populationYear: populationYear)
        return (inForce.applied(to: given), inForce)
    }

    /// The parameters as given (the scale and population year, when not given, as in
    /// `RangeParameters.official` until `parameters(on:reference:)` sets them).
    var given: RangeParameters {
        let official = RangeParameters.official
        return RangeParameters(baseFigure: baseFigure, scalePeriod: scale ?? official.scalePeriod, populationYear: populationYear ?? official.populationYear,
                        membershipWeight: weights.membership, populationWeight: weights.population, contributionWeight: weights.contribution,
                        flexibilityPercent: flexibility, minimumFlexibility: minFlexibility, minimumUpper: minUpper)
    }

    /// Weights that do not sum to 100, a negative flexibility and the like are usage errors.
    func validate() throws {
        try checkRange(baseFigure, "--base-figure", 1...1_000_000, unit: "posts")
        if let populationYear { try checkRange(populationYear, "--population-year", Period.plausibleYears) }
        for (name, weight) in [("membership", weights.membership), ("population", weights.population), ("contribution", weights.contribution)] {
            try checkRange(weight, "--weights (\(name))", 0...100, unit: "per cent")
        }
        try checkRange(flexibility, "--flexibility", 0...100, unit: "per cent")
        try checkRange(minFlexibility, "--min-flexibility", 0...1_000_000, unit: "posts")
        try checkRange(minUpper, "--min-upper", 0...1_000_000, unit: "posts")
        do { try given.validate() } catch { throw ValidationError(error.description) }
    }
}

extension Parameter {
    /// The date counted and whether the scale and population year were chosen by the rule.
    static func inForce(_ inForce: ScaleInForce) -> [Parameter] {
        [Parameter("scale_in_force_on", .text(inForce.date.description)), Parameter("scale_by_rule", .flag(inForce.scaleByRule)),
         Parameter("population_year_by_rule", .flag(inForce.populationByRule))]
    }
}
