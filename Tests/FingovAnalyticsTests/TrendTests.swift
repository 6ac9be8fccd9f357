import Testing
@testable import FingovAnalytics
@testable import FingovIngest
@testable import FingovModel

@Suite struct TrendTests {
    /// Kenya's staff by year, counted by hand: K1 serves 2015 on; K2 from 2021-06-01 to
    /// 2023-03-31; K3 appointed on 2023-01-01. So 1 on 31 December 2020, 2 in 2021 and 2022
    /// (K1, K2), and 2 from 2023 (K1, K3).
    static let staff = [member("K1", "KEN"), member("K2", "KEN", appointed: "2021-06-01", separated: "2023-03-31"),
                        member("K3", "KEN", appointed: "2023-01-01")]

    static func years(_ range: ClosedRange<Int>) throws -> [TrendYear] {
        let series = RosterSeries(range.map { Headcounts(selection: StaffSelection(asOf: Trend.yearEnd($0)!)) }).adding(staff)
        return try Trend.compute(headcounts: Array(zip(range, series.elements)).map { ($0, $1) }, reference: realReference, base: .official)
    }

    @Test func eachYearHasItsOwnScaleAndPopulation() throws {
        let years = try Self.years(2020...2025)
        #expect(years.map(\.inForce.scalePeriod.rawValue) == ["2019-2021", "2019-2021", "2022-2024", "2022-2024", "2022-2024", "2025-2027"])
        #expect(years.map(\.inForce.populationYear) == [2020, 2021, 2022, 2023, 2024, 2024])
        #expect(years.map(\.staff) == [1, 2, 2, 2, 2, 2])
        #expect(years.map { $0.representation.parameters.scalePeriod } == years.map(\.inForce.scalePeriod))
    }

    /// A second method: each year of the trend equals a representation computed on its own for
    /// that date with the scale and population given explicitly.
    @Test func aYearEqualsTheRepresentationOfItsDate() throws {
        let years = try Self.years(2021...2022)
        for y in years {
            var parameters = RangeParameters.official
            parameters.scalePeriod = y.inForce.scalePeriod
            parameters.populationYear = y.inForce.populationYear
            let alone = try Representation.fromMemory(staff: Self.staff, reference: realReference, parameters: parameters,
                                                      selection: StaffSelection(asOf: Trend.yearEnd(y.year)!))
            #expect(alone.rows == y.representation.rows)
        }
    }

    /// A series read from a file in one pass equals each date read on its own.
    @Test func aSeriesEqualsSeparateReads() throws {
        let path = dataFolder + "/staff.csv"
        let dates = [2019, 2022, 2025].map { Trend.yearEnd($0)! }
        let series = try Ingest.read(roster: path, reference: realReference, into: RosterSeries(dates.map { Headcounts(selection: StaffSelection(asOf: $0)) }))
        for (date, counted) in zip(dates, series.elements) {
            let alone = try Ingest.read(roster: path, reference: realReference, into: Headcounts(selection: StaffSelection(asOf: date)))
            #expect(counted.counts == alone.counts)
            #expect(counted.accounting == alone.accounting)
        }
    }
}
