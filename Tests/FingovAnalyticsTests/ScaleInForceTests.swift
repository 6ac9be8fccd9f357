import Testing
@testable import FingovAnalytics
@testable import FingovModel

/// The scale of assessments and the population year in force on a date, on the real reference
/// data (scales 2010-2012 to 2025-2027 by resolution, populations 2010-2024).
@Suite struct ScaleInForceTests {
    @Test(arguments: [
        // The last day of a scale period and the first day of the next (resolutions 73/271 and 76/238).
        ("2021-12-31", "2019-2021", 2021),
        ("2022-01-01", "2022-2024", 2022),
        ("2024-12-31", "2022-2024", 2024),
        ("2025-01-01", "2025-2027", 2024), // populations end in 2024: the latest not after 2025
        ("2025-12-31", "2025-2027", 2024),
        ("2027-12-31", "2025-2027", 2024),
        ("2010-06-30", "2010-2012", 2010),
    ])
    func byTheRule(_ day: String, _ scale: String, _ population: Int) throws {
        let inForce = try ScaleInForce.resolve(on: date(day), reference: realReference)
        #expect(inForce.scalePeriod == Period(rawValue: scale))
        #expect(inForce.populationYear == population)
        #expect(inForce.scaleByRule && inForce.populationByRule)
    }

    @Test func aGivenScaleKeepsThePopulationRule() throws {
        let inForce = try ScaleInForce.resolve(on: date("2023-12-31"), reference: realReference, scale: Period(rawValue: "2019-2021"))
        #expect(inForce.scalePeriod == Period(rawValue: "2019-2021"))
        #expect(!inForce.scaleByRule)
        #expect(inForce.populationYear == 2023 && inForce.populationByRule)
        #expect(inForce.note == "Ranges use the scale of assessments for 2019-2021 (as given) and populations of 2023 (the latest year in the data not after 2023).")
    }

    @Test func datesOutsideTheDataAreRefused() {
        #expect(throws: RangeError.self) { try ScaleInForce.resolve(on: date("2028-01-01"), reference: realReference) }
        #expect(throws: RangeError.self) { try ScaleInForce.resolve(on: date("2009-12-31"), reference: realReference) }
        // With both given, the data's coverage of the date does not matter here (the ranges
        // check the period and year themselves).
        #expect((try? ScaleInForce.resolve(on: date("2030-01-01"), reference: realReference, scale: Period(rawValue: "2025-2027"), populationYear: 2024)) != nil)
    }

    @Test func appliedSetsOnlyScaleAndPopulation() throws {
        let inForce = try ScaleInForce.resolve(on: date("2025-12-31"), reference: realReference)
        var base = RangeParameters.official
        base.baseFigure = 3400
        let p = inForce.applied(to: base)
        #expect(p.scalePeriod == Period(rawValue: "2025-2027") && p.populationYear == 2024 && p.baseFigure == 3400)
    }
}
