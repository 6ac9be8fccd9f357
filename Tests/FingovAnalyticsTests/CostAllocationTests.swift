import Testing
@testable import FingovAnalytics
@testable import FingovModel

/// Two support units and two operating units, worked by hand.
///
/// S1 (100.00) serves S2 0.2, O1 0.5, O2 0.3; S2 (200.00) serves S1 0.1, O1 0.3, O2 0.6.
@Suite struct CostAllocationTests {
    let units = [CostUnit(name: "S1", kind: .support, directCost: Money(cents: 10_000)),
                 CostUnit(name: "S2", kind: .support, directCost: Money(cents: 20_000)),
                 CostUnit(name: "O1", kind: .operating, directCost: Money(cents: 100_000)),
                 CostUnit(name: "O2", kind: .operating, directCost: Money(cents: 200_000))]
    let shares = [ServiceShare(provider: "S1", receiver: "S2", share: 0.2), ServiceShare(provider: "S1", receiver: "O1", share: 0.5),
                  ServiceShare(provider: "S1", receiver: "O2", share: 0.3), ServiceShare(provider: "S2", receiver: "S1", share: 0.1),
                  ServiceShare(provider: "S2", receiver: "O1", share: 0.3), ServiceShare(provider: "S2", receiver: "O2", share: 0.6)]

    func allocated(_ method: AllocationMethod, order: [String]? = nil) throws -> [Int] {
        try CostAllocation.allocate(units: units, shares: shares, method: method, order: order).operating.map(\.allocated.cents)
    }

    /// Direct: S1 splits 0.5:0.3 -> 62.50, 37.50; S2 splits 0.3:0.6 -> 66.67, 133.33;
    /// O1 = 129.1667 -> 129.17, O2 = 170.8333 -> 170.83.
    @Test func direct() throws {
        #expect(try allocated(.direct) == [12_917, 17_083])
    }

    /// Step-down, S2 first (the default: larger direct cost): S2 passes 20 to S1, 60 to O1,
    /// 120 to O2; S1 then passes 120 by 0.5:0.3 -> 75 and 45. O1 135.00, O2 165.00.
    /// S1 first: S1 passes 20 to S2, 50 to O1, 30 to O2; S2 passes 220 by 0.3:0.6 -> 73.33 and
    /// 146.67. O1 123.33, O2 176.67.
    @Test func stepDownInBothOrders() throws {
        #expect(try allocated(.stepDown) == [13_500, 16_500])
        #expect(try allocated(.stepDown, order: ["S2", "S1"]) == [13_500, 16_500])
        #expect(try allocated(.stepDown, order: ["S1", "S2"]) == [12_333, 17_667])
    }

    /// Reciprocal: x1 = 100 + 0.1 x2, x2 = 200 + 0.2 x1 -> x1 = 120 / 0.98 = 122.44898,
    /// x2 = 224.48980; O1 = 0.5 x1 + 0.3 x2 = 128.57143, O2 = 171.42857.
    @Test func reciprocal() throws {
        let a = try CostAllocation.allocate(units: units, shares: shares, method: .reciprocal)
        #expect(a.operating.map(\.allocated.cents) == [12_857, 17_143])
        #expect(abs(a.reciprocatedCosts[0].cost - 120 / 0.98) < 1e-9)
        #expect(abs(a.reciprocatedCosts[1].cost - (200 + 0.2 * 120 / 0.98)) < 1e-9)
        #expect(a.operating.map(\.total.cents) == [112_857, 217_143])
    }

    /// Passing costs around repeatedly (every support unit passes what it holds to every
    /// receiver, again and again) converges to the reciprocal result.
    @Test func reciprocalEqualsIteratedStepDown() throws {
        var pending = ["S1": 100.0, "S2": 200.0]
        var operating = ["O1": 0.0, "O2": 0.0]
        for _ in 0..<200 {
            var next = ["S1": 0.0, "S2": 0.0]
            for share in shares {
                let amount = pending[share.provider]! * share.share
                if operating[share.receiver] != nil { operating[share.receiver]! += amount } else { next[share.receiver]! += amount }
            }
            pending = next
        }
        #expect(pending.values.allSatisfy { $0 < 1e-12 })
        #expect(Int((operating["O1"]! * 100).rounded()) == 12_857)
        #expect(Int((operating["O2"]! * 100).rounded()) == 17_143)
    }

    /// Every method allocates exactly the support units' total on the default example.
    @Test(arguments: AllocationMethod.allCases) func allocatedTotalsEqualSupportCosts(method: AllocationMethod) throws {
        let units = try SupportCostFiles.loadCosts(path: dataFolder + "/support-costs.csv")
        let shares = try SupportCostFiles.loadShares(path: dataFolder + "/support-shares.csv")
        let a = try CostAllocation.allocate(units: units, shares: shares, method: method)
        #expect(a.operating.map(\.allocated).sum() == units.filter { $0.kind == .support }.map(\.directCost).sum())
    }

    @Test func errors() {
        var bad = shares
        bad[0].share = 0.3
        #expect(throws: AllocationError.self) { try CostAllocation.allocate(units: units, shares: bad, method: .direct) }
        do { _ = try CostAllocation.allocate(units: units, shares: bad, method: .direct) } catch {
            guard case .sharesDoNotSumToOne("S1", let sum, _) = error else { Issue.record("\(error)"); return }
            #expect(abs(sum - 1.1) < 1e-12)
        }
        bad = shares + [ServiceShare(provider: "S9", receiver: "O1", share: 1, line: 8)]
        #expect(throws: AllocationError.unknownUnit("S9", line: 8, role: "provider")) { try CostAllocation.allocate(units: units, shares: bad, method: .direct) }
        bad = [ServiceShare(provider: "S1", receiver: "S2", share: 1), ServiceShare(provider: "S2", receiver: "O1", share: 1)]
        #expect(throws: AllocationError.servesNoOperatingUnit("S1", line: 0)) { try CostAllocation.allocate(units: units, shares: bad, method: .reciprocal) }
        #expect(throws: AllocationError.self) { try CostAllocation.allocate(units: units, shares: shares, method: .stepDown, order: ["S1"]) }
        bad = shares + [ServiceShare(provider: "O1", receiver: "O2", share: 1, line: 9)]
        #expect(throws: AllocationError.providerNotSupport("O1", line: 9)) { try CostAllocation.allocate(units: units, shares: bad, method: .direct) }
    }
}
