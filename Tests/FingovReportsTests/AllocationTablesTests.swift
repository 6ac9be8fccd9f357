import Testing
@testable import FingovAnalytics
@testable import FingovReports
@testable import FingovModel

/// The example of CostAllocationTests, worked by hand: S1 (100.00) serves S2 0.2, O1 0.5,
/// O2 0.3; S2 (200.00) serves S1 0.1, O1 0.3, O2 0.6.
@Suite struct AllocationTablesTests {
    let units = [CostUnit(name: "S1", kind: .support, directCost: Money(cents: 10_000)),
                 CostUnit(name: "S2", kind: .support, directCost: Money(cents: 20_000)),
                 CostUnit(name: "O1", kind: .operating, directCost: Money(cents: 100_000)),
                 CostUnit(name: "O2", kind: .operating, directCost: Money(cents: 200_000))]
    let shares = [ServiceShare(provider: "S1", receiver: "S2", share: 0.2), ServiceShare(provider: "S1", receiver: "O1", share: 0.5),
                  ServiceShare(provider: "S1", receiver: "O2", share: 0.3), ServiceShare(provider: "S2", receiver: "S1", share: 0.1),
                  ServiceShare(provider: "S2", receiver: "O1", share: 0.3), ServiceShare(provider: "S2", receiver: "O2", share: 0.6)]

    /// Reciprocal: O1 gets 128.57, O2 171.43 (largest remainder to 300.00).
    @Test func allocationTableInCSV() throws {
        let a = try CostAllocation.allocate(units: units, shares: shares, method: .reciprocal)
        let table = Tables.allocation(a)
        #expect(table.name == "allocation-reciprocal")
        #expect(table.columns.map(\.title) == ["Operating unit", "Direct cost", "Allocated", "Total"])
        #expect(String(decoding: table.csv(), as: UTF8.self)
                == "unit,direct_cost_usd,allocated_usd,total_usd\r\nO1,1000.00,128.57,1128.57\r\nO2,2000.00,171.43,2171.43\r\nTotal,3000.00,300.00,3300.00\r\n")
        #expect(table.notes[0].contains("allocated 300.00 = support units' direct costs 300.00 USD"))
    }

    /// x1 = 100 + 0.1 x2, x2 = 200 + 0.2 x1 -> x1 = 120 / 0.98, x2 = 220 / 0.98; written in
    /// full, they read back within rounding of the exact values (not to two decimals).
    @Test func reciprocatedCostsInFull() throws {
        let a = try CostAllocation.allocate(units: units, shares: shares, method: .reciprocal)
        let lines = String(decoding: Tables.reciprocatedCosts(a, units: units).csv(), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",") }
        #expect(lines[0] == ["unit", "direct_cost_usd", "reciprocated_cost_usd"])
        #expect(lines[1][0] == "S1" && lines[1][1] == "100.00")
        let x1 = try #require(Double(lines[1][2])), x2 = try #require(Double(lines[2][2]))
        #expect(abs(x1 - 120 / 0.98) < 1e-9 && abs(x2 - 220 / 0.98) < 1e-9)
        #expect(lines[1][2].count > 8) // more than two decimals: 122.448979...
    }
}
