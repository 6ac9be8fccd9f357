import Testing
@testable import FingovModel

@Suite struct ReferenceDataTests {
    let reference: ReferenceData

    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    @Test func has193MemberStates() {
        #expect(reference.states.count == 193)
        #expect(Set(reference.states.map(\.state)).count == 193)
        #expect(reference.profile(of: MemberState(rawValue: "CIV")!)?.name == "Côte d’Ivoire")
    }

    @Test func everyScalePeriodSumsTo100() {
        #expect(reference.scalePeriods.map(\.rawValue) == ["2010-2012", "2013-2015", "2016-2018", "2019-2021", "2022-2024", "2025-2027"])
        for (period, rates) in reference.scales {
            #expect(abs(rates.values.reduce(0, +) - 100) <= 0.001, "\(period)")
        }
    }

    /// South Sudan joined in 2011: no rate in 2010-2012, a rate in every later period.
    @Test func southSudanHasNo2010Rate() {
        let ssd = MemberState(rawValue: "SSD")!
        #expect(reference.scales[Period(rawValue: "2010-2012")!]?[ssd] == nil)
        #expect(reference.scales[Period(rawValue: "2010-2012")!]?.count == 192)
        for period in reference.scalePeriods.dropFirst() { #expect(reference.scales[period]?[ssd] != nil) }
    }

    @Test func everyStateHasAPopulationEveryYear() {
        #expect(reference.populationYears == Array(2010...2024))
        for year in 2010...2024 {
            #expect(reference.populations[year]?.count == 193, "\(year)")
        }
        // A published figure: the United States had about 331 million people in 2020.
        let usa = reference.populations[2020]![MemberState(rawValue: "USA")!]!
        #expect((325_000_000...335_000_000).contains(usa))
    }
}
