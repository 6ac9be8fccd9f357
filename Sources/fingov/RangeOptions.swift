import ArgumentParser
import FingovAnalytics
import FingovModel

/// The parameters of the system of desirable ranges (METHODOLOGY.md section 1).
struct RangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The base figure: posts subject to the system.", valueName: "posts"))
    var baseFigure: Double = 3600

    @Option(help: ArgumentHelp("The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027).", valueName: "period"))
    var scale: Period = Period(firstYear: 2019, lastYear: 2021)!

    @Option(help: ArgumentHelp("The year of the populations (2010-2024).", valueName: "year"))
    var populationYear: Int = 2019

    @Option(help: ArgumentHelp("Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.", valueName: "m/p/c"))
    var weights: Weights = .official

    @Option(help: ArgumentHelp("The flexibility around the midpoint, in per cent of it.", valueName: "percent"))
    var flexibility: Double = 15

    @Option(help: ArgumentHelp("The smallest flexibility, in posts (a 2014 proposal: 5.3).", valueName: "posts"))
    var minFlexibility: Double = 4.8

    @Option(help: ArgumentHelp("The smallest upper limit, in posts.", valueName: "posts"))
    var minUpper: Double = 14

    /// The parameters as given.
    var parameters: RangeParameters {
        RangeParameters(baseFigure: baseFigure, scalePeriod: scale, populationYear: populationYear,
                        membershipWeight: weights.membership, populationWeight: weights.population, contributionWeight: weights.contribution,
                        flexibilityPercent: flexibility, minimumFlexibility: minFlexibility, minimumUpper: minUpper)
    }

    /// Weights that do not sum to 100, a negative flexibility and the like are usage errors.
    func validate() throws {
        try checkRange(baseFigure, "--base-figure", 1...1_000_000, unit: "posts")
        try checkRange(populationYear, "--population-year", Period.plausibleYears)
        for (name, weight) in [("membership", weights.membership), ("population", weights.population), ("contribution", weights.contribution)] {
            try checkRange(weight, "--weights (\(name))", 0...100, unit: "per cent")
        }
        try checkRange(flexibility, "--flexibility", 0...100, unit: "per cent")
        try checkRange(minFlexibility, "--min-flexibility", 0...1_000_000, unit: "posts")
        try checkRange(minUpper, "--min-upper", 0...1_000_000, unit: "posts")
        do { try parameters.validate() } catch { throw ValidationError(error.description) }
    }
}
