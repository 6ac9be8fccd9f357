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
        bad = [ServiceShare(provider: "S1", receiver: "S2", share: 1, line: 2), ServiceShare(provider: "S2", receiver: "O1", share: 1, line: 3)]
        #expect(throws: AllocationError.servesNoOperatingUnit("S1", line: 2)) { try CostAllocation.allocate(units: units, shares: bad, method: .direct) }
        #expect(throws: AllocationError.self) { try CostAllocation.allocate(units: units, shares: shares, method: .stepDown, order: ["S1"]) }
        bad = shares + [ServiceShare(provider: "O1", receiver: "O2", share: 1, line: 9)]
        #expect(throws: AllocationError.providerNotSupport("O1", line: 9)) { try CostAllocation.allocate(units: units, shares: bad, method: .direct) }
    }
}

/// A support unit that serves only other support units, worked by hand.
///
/// S1 (100.00) serves S2 0.7 and S3 0.3 and no operating unit; S2 (200.00) serves S1 0.1,
/// O1 0.6, O2 0.3; S3 (50.00) serves O1 0.2, O2 0.8. The support total is 350.00.
@Suite struct SupportOnlyProviderTests {
    let units = [CostUnit(name: "S1", kind: .support, directCost: Money(cents: 10_000)),
                 CostUnit(name: "S2", kind: .support, directCost: Money(cents: 20_000)),
                 CostUnit(name: "S3", kind: .support, directCost: Money(cents: 5_000)),
                 CostUnit(name: "O1", kind: .operating, directCost: Money(cents: 100_000)),
                 CostUnit(name: "O2", kind: .operating, directCost: Money(cents: 200_000))]
    let shares = [ServiceShare(provider: "S1", receiver: "S2", share: 0.7, line: 2), ServiceShare(provider: "S1", receiver: "S3", share: 0.3, line: 3),
                  ServiceShare(provider: "S2", receiver: "S1", share: 0.1, line: 4), ServiceShare(provider: "S2", receiver: "O1", share: 0.6, line: 5),
                  ServiceShare(provider: "S2", receiver: "O2", share: 0.3, line: 6), ServiceShare(provider: "S3", receiver: "O1", share: 0.2, line: 7),
                  ServiceShare(provider: "S3", receiver: "O2", share: 0.8, line: 8)]

    func allocate(_ method: AllocationMethod, order: [String]? = nil) throws(AllocationError) -> CostAllocation {
        try CostAllocation.allocate(units: units, shares: shares, method: method, order: order)
    }

    /// Reciprocal: x1 = 100 + 0.1 x2, x2 = 200 + 0.7 x1, x3 = 50 + 0.3 x1.
    /// x2 = 200 + 70 + 0.07 x2 -> x2 = 270 / 0.93 = 9000/31 = 290.32258; x1 = 100 + 900/31 =
    /// 4000/31 = 129.03226; x3 = 50 + 1200/31 = 2750/31 = 88.70968.
    /// O1 = 0.6 x2 + 0.2 x3 = (5400 + 550)/31 = 5950/31 = 191.935484 -> 19193.5484 cents;
    /// O2 = 0.3 x2 + 0.8 x3 = (2700 + 2200)/31 = 4900/31 = 158.064516 -> 15806.4516 cents.
    /// Floors 19193 + 15806 = 34999; the one cent left goes to the larger remainder (O1, .548):
    /// 191.94 and 158.06, which add up to 350.00.
    @Test func reciprocalByHand() throws {
        let a = try allocate(.reciprocal)
        #expect(a.operating.map(\.allocated.cents) == [19_194, 15_806])
        #expect(a.operating.map(\.allocated).sum() == Money(cents: 35_000))
        let x = a.reciprocatedCosts.map(\.cost)
        #expect(abs(x[0] - 4000.0 / 31) < 1e-9 && abs(x[1] - 9000.0 / 31) < 1e-9 && abs(x[2] - 2750.0 / 31) < 1e-9)
    }

    /// Step-down, default order: S1 is one service away from the programmes, S2 and S3 serve
    /// them directly, so S1 closes first, then S2 (200.00) and S3 (50.00).
    /// S1 passes 100 -> S2 70, S3 30. S2 holds 270; S1 is closed, so its shares 0.6 and 0.3 are
    /// renormalised over 0.9: O1 180, O2 90. S3 holds 80: O1 16, O2 64. O1 196.00, O2 154.00.
    @Test func stepDownDefaultOrderByHand() throws {
        let a = try allocate(.stepDown)
        #expect(a.order == ["S1", "S2", "S3"])
        #expect(a.operating.map(\.allocated.cents) == [19_600, 15_400])
    }

    /// Step-down, order S2, S1, S3: S2 passes 200 -> S1 20, O1 120, O2 60. S1 holds 120; S2 is
    /// closed, so the 0.3 to S3 is renormalised to 1: S3 gets 120. S3 holds 170: O1 34, O2 136.
    /// O1 154.00, O2 196.00; the total is still 350.00.
    @Test func stepDownRenormalisesOverUnitsStillOpen() throws {
        let a = try allocate(.stepDown, order: ["S2", "S1", "S3"])
        #expect(a.operating.map(\.allocated.cents) == [15_400, 19_600])
    }

    /// Order S2, S3, S1 closes S1 after both units it serves: its 120.00 would have nowhere to go.
    /// The suggestion is the given order with S1 moved ahead: S1, S2, S3.
    @Test func stepDownRefusesAnOrderThatClosesItLast() {
        #expect(throws: AllocationError.closedTooLate("S1", serves: ["S2", "S3"], suggested: ["S1", "S2", "S3"])) {
            try allocate(.stepDown, order: ["S2", "S3", "S1"])
        }
        let message = AllocationError.closedTooLate("S1", serves: ["S2", "S3"], suggested: ["S1", "S2", "S3"]).description
        #expect(message.contains("'S1'") && message.contains("--order \"S1,S2,S3\""))
    }

    /// The direct method ignores S1's services to S2 and S3, so it has nothing to split S1's cost by.
    @Test func directRefusesIt() {
        #expect(throws: AllocationError.servesNoOperatingUnit("S1", line: 2)) { try allocate(.direct) }
        #expect(AllocationError.servesNoOperatingUnit("S1", line: 2).description.contains("support unit 'S1' serves only other support units"))
    }

    /// S1 and S2 serve only each other (and S4 serves only S1): no chain reaches O1 or O2, under
    /// every method; S3 alone is fine.
    @Test(arguments: AllocationMethod.allCases) func closedGroupIsRefused(method: AllocationMethod) {
        let units = self.units + [CostUnit(name: "S4", kind: .support, directCost: Money(cents: 1_000))]
        let shares = [ServiceShare(provider: "S1", receiver: "S2", share: 1, line: 2), ServiceShare(provider: "S2", receiver: "S1", share: 1, line: 3),
                      ServiceShare(provider: "S3", receiver: "O1", share: 1, line: 4), ServiceShare(provider: "S4", receiver: "S1", share: 1, line: 5)]
        #expect(throws: AllocationError.closedGroup(["S1", "S2"], feeders: ["S4"], line: 2)) {
            try CostAllocation.allocate(units: units, shares: shares, method: method)
        }
        #expect(AllocationError.closedGroup(["S1", "S2"], feeders: ["S4"], line: 2).description
            .hasPrefix("support units 'S1', 'S2' serve only each other: no chain of services reaches an operating unit"))
    }

    /// A longer chain: S1 -> S2 -> S3 -> O1, with S2 also serving back to S1 (0.5). Reciprocal:
    /// x1 = 100 + 0.5 x2, x2 = 200 + x1, x3 = 50 + 0.5 x2 -> x2 = 300 + 0.5 x2 = 600, x1 = 400,
    /// x3 = 350; O1 = x3 = 350.00 (everything). Step-down by default: S1 (2 steps), S2 (1), S3.
    @Test func chainOfSupportUnits() throws {
        let units = Array(self.units.prefix(4))
        let shares = [ServiceShare(provider: "S1", receiver: "S2", share: 1), ServiceShare(provider: "S2", receiver: "S1", share: 0.5),
                      ServiceShare(provider: "S2", receiver: "S3", share: 0.5), ServiceShare(provider: "S3", receiver: "O1", share: 1)]
        let r = try CostAllocation.allocate(units: units, shares: shares, method: .reciprocal)
        #expect(r.operating.map(\.allocated.cents) == [35_000])
        #expect(abs(r.reciprocatedCosts[1].cost - 600) < 1e-9)
        let d = try CostAllocation.allocate(units: units, shares: shares, method: .stepDown)
        #expect(d.order == ["S1", "S2", "S3"])
        #expect(d.operating.map(\.allocated.cents) == [35_000])
    }
}
