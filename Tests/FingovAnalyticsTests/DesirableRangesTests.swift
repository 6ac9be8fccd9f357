import Testing
@testable import FingovAnalytics
@testable import FingovModel

@Suite struct DesirableRangesTests {
    /// Worked by hand (Python, from data/): N = 193, sum of 2019 populations 7,734,585,949,
    /// 2019-2021 rates summing to 100.
    ///
    /// United States: rate 22 %, population 330,226,227.
    ///   membership   = 0.40 x 3600 / 193                 =   7.4611398964
    ///   population   = 0.05 x 3600 x 330226227 / 7734585949 = 7.6850553154
    ///   contribution = 0.55 x 3600 x 22 / 100            = 435.6
    ///   midpoint = 450.7461952118; flexibility = 15 % = 67.6119292818
    ///   lower = 383.1342659300 -> 383; midpoint -> 451; upper = 518.3581244936 -> 518.
    @Test func largeContributorByHand() throws {
        let ranges = try DesirableRanges.compute(reference: realReference, parameters: .official)
        #expect(ranges.memberCount == 193)
        let usa = try #require(ranges.range(of: state("USA")))
        #expect(abs(usa.membershipPosts - 7.4611398964) < 1e-9)
        #expect(abs(usa.populationPosts - 7.6850553154) < 1e-9)
        #expect(abs(usa.contributionPosts - 435.6) < 1e-9)
        #expect(abs(usa.midpointExact - 450.7461952118) < 1e-9)
        #expect(abs(usa.lowerExact - 383.1342659300) < 1e-9)
        #expect(abs(usa.upperExact - 518.3581244936) < 1e-9)
        #expect((usa.lower, usa.midpoint, usa.upper) == (383, 451, 518))
    }

    /// Tuvalu: rate 0.001 %, population 10,581. Both minimums apply.
    ///   membership 7.4611398964 + population 0.0002462420 + contribution 0.0198 = 7.4811861384
    ///   15 % would be 1.12; the minimum flexibility 4.8 applies: lower = 2.6811861384 -> 3
    ///   midpoint + 4.8 = 12.28 is below 14: upper = 14.
    /// With B = 3400: membership 7.0466321244, population 0.0002325619, contribution 0.0187,
    ///   midpoint 7.0655646863 -> 7, lower 2.2655646863 -> 2, upper 14.
    @Test func smallStateWithBothMinimumsUnderTwoBaseFigures() throws {
        let at3600 = try #require(try DesirableRanges.compute(reference: realReference, parameters: .official).range(of: state("TUV")))
        #expect(abs(at3600.populationPosts - 0.0002462420) < 1e-9)
        #expect(abs(at3600.contributionPosts - 0.0198) < 1e-12)
        #expect(abs(at3600.midpointExact - 7.4811861384) < 1e-9)
        #expect(abs(at3600.lowerExact - 2.6811861384) < 1e-9)
        #expect(at3600.upperExact == 14)
        #expect((at3600.lower, at3600.midpoint, at3600.upper) == (3, 7, 14))

        var p = RangeParameters.official
        p.baseFigure = 3400
        let at3400 = try #require(try DesirableRanges.compute(reference: realReference, parameters: p).range(of: state("TUV")))
        #expect(abs(at3400.membershipPosts - 7.0466321244) < 1e-9)
        #expect(abs(at3400.midpointExact - 7.0655646863) < 1e-9)
        #expect((at3400.lower, at3400.midpoint, at3400.upper) == (2, 7, 14))
    }

    /// Two equal States and B = 81: each midpoint is exactly 40.5 -> 41 (half up). The lower limit
    /// is rounded from its unrounded value 40.5 - 6.075 = 34.425 -> 34, not from the rounded
    /// midpoint (41 - 6.15 = 34.85 -> 35); the upper 46.575 -> 47.
    @Test func roundsHalfUpFromUnroundedValues() throws {
        let reference = makeReference([("AAA", 50, 1000), ("BBB", 50, 1000)])
        var p = RangeParameters.official
        p.baseFigure = 81
        let r = try #require(try DesirableRanges.compute(reference: reference, parameters: p).range(of: state("AAA")))
        #expect(r.midpointExact == 40.5)
        #expect((r.lower, r.midpoint, r.upper) == (34, 41, 47))
    }

    @Test(arguments: [(2.5, 3), (2.4999999, 2), (3.5, 4), (0.5, 1), (7.4999999999999991, 8), (-0.4, 0), (14.0, 14)])
    func roundedHalfUpCases(x: Double, expected: Int) {
        #expect(roundedHalfUp(x) == expected)
    }

    /// Tuvalu's range [3, 7, 14] at each boundary.
    @Test(arguments: [(0, RepresentationStatus.unrepresented), (2, .underrepresented), (3, .withinRangeBelowMidpoint),
                      (6, .withinRangeBelowMidpoint), (7, .withinRangeAtOrAboveMidpoint), (14, .withinRangeAtOrAboveMidpoint),
                      (15, .overrepresented)])
    func statusAtEachBoundary(n: Int, status: RepresentationStatus) throws {
        let r = try #require(try DesirableRanges.compute(reference: realReference, parameters: .official).range(of: state("TUV")))
        #expect(r.status(forHeadcount: n) == status)
    }

    /// The midpoints add up to the base figure, and the BLAS path equals a plain loop.
    @Test(arguments: ["2010-2012", "2016-2018", "2019-2021", "2025-2027"]) func midpointsSumToBAndMatchALoop(scale: String) throws {
        var p = RangeParameters.official
        p.scalePeriod = Period(rawValue: scale)!
        p.populationYear = min(p.scalePeriod.firstYear, 2024)
        let ranges = try DesirableRanges.compute(reference: realReference, parameters: p)
        #expect(abs(ranges.ranges.map(\.midpointExact).reduce(0, +) - 3600) < 1e-9)
        let rates = realReference.scales[p.scalePeriod]!, pops = realReference.populations[p.populationYear]!
        let members = realReference.states.map(\.state).filter { rates[$0] != nil }
        let rateSum = members.map { rates[$0]! }.reduce(0, +)
        let popSum = members.map { Double(pops[$0]!) }.reduce(0, +)
        for r in ranges.ranges {
            let loop = 0.40 * 3600 / Double(members.count) + 0.05 * 3600 * Double(pops[r.state]!) / popSum + 0.55 * 3600 * rates[r.state]! / rateSum
            #expect(abs(r.midpointExact - loop) < 1e-9)
        }
        if scale == "2010-2012" {
            #expect(ranges.memberCount == 192)
            #expect(ranges.excluded == [state("SSD")])
        }
    }

    /// Many parameter sets in one product equal each computed on its own.
    @Test func manyAtOnceEqualsOneByOne() throws {
        var a = RangeParameters.official
        a.minimumFlexibility = 5.3
        var b = RangeParameters.official
        b.scalePeriod = Period(rawValue: "2025-2027")!
        b.populationYear = 2024
        b.baseFigure = 3700
        var c = RangeParameters.official
        c.membershipWeight = 45
        c.contributionWeight = 50
        var d = RangeParameters.official
        d.scalePeriod = Period(rawValue: "2010-2012")!
        d.populationYear = 2010
        let all = [RangeParameters.official, a, b, c, d]
        let many = try DesirableRanges.computeMany(reference: realReference, parameters: all)
        for (p, result) in zip(all, many) {
            let single = try DesirableRanges.compute(reference: realReference, parameters: p)
            #expect(result.ranges.count == single.ranges.count)
            for (x, y) in zip(result.ranges, single.ranges) {
                #expect(x.state == y.state && abs(x.midpointExact - y.midpointExact) < 1e-9)
                #expect((x.lower, x.midpoint, x.upper) == (y.lower, y.midpoint, y.upper))
            }
        }
    }

    @Test func badParametersAreRejected() {
        var p = RangeParameters.official
        p.membershipWeight = 50
        #expect(throws: RangeError.self) { try DesirableRanges.compute(reference: realReference, parameters: p) }
        p = .official
        p.scalePeriod = Period(rawValue: "2028-2030")!
        #expect(throws: RangeError.self) { try DesirableRanges.compute(reference: realReference, parameters: p) }
        p = .official
        p.populationYear = 2030
        #expect(throws: RangeError.self) { try DesirableRanges.compute(reference: realReference, parameters: p) }
    }
}

@Suite struct RangeSweepTests {
    /// The sweep's limits and statuses equal those of each set computed on its own.
    @Test func sweepEqualsOneByOne() throws {
        let sets = RangeSweep.randomSets(count: 300, seed: 3, base: .official)
        let headcounts: [MemberState: Int] = [state("TUV"): 2, state("USA"): 400, state("FRA"): 120, state("CHN"): 10]
        let sweep = try RangeSweep.run(reference: realReference, base: .official, sets: sets, headcounts: headcounts)
        var lower = 0, midpoint = 0, upper = 0
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: sweep.states.count)
        for p in sets {
            let ranges = try DesirableRanges.compute(reference: realReference, parameters: p)
            for (i, r) in ranges.ranges.enumerated() {
                lower += r.lower; midpoint += r.midpoint; upper += r.upper
                let status = r.status(forHeadcount: headcounts[r.state] ?? 0)
                counts[i][RepresentationStatus.allCases.firstIndex(of: status)!] += 1
            }
        }
        #expect((sweep.lowerTotal, sweep.midpointTotal, sweep.upperTotal) == (lower, midpoint, upper))
        #expect(sweep.statusCounts == counts)
        #expect(sweep.statusCounts.allSatisfy { $0.reduce(0, +) == 300 })
    }
}
