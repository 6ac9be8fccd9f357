import FingovModel
import FingovNumerics

/// The parameters of the system of desirable ranges (METHODOLOGY.md section 1).
public struct RangeParameters: Hashable, Sendable, Codable {
    /// The base figure `B`: the number of posts the ranges share out.
    public var baseFigure: Double
    /// The scale of assessments whose rates give the contribution factor.
    public var scalePeriod: Period
    /// The year whose populations give the population factor.
    public var populationYear: Int
    /// The weights of the membership, population and contribution factors, in per cent of `B`.
    public var membershipWeight: Double
    public var populationWeight: Double
    public var contributionWeight: Double
    /// The flexibility around the midpoint, in per cent of it.
    public var flexibilityPercent: Double
    /// The smallest flexibility, in posts.
    public var minimumFlexibility: Double
    /// The smallest upper limit, in posts.
    public var minimumUpper: Double

    public init(baseFigure: Double = 3600, scalePeriod: Period = Period(rawValue: "2019-2021")!, populationYear: Int = 2019,
                membershipWeight: Double = 40, populationWeight: Double = 5, contributionWeight: Double = 55,
                flexibilityPercent: Double = 15, minimumFlexibility: Double = 4.8, minimumUpper: Double = 14) {
        self.baseFigure = baseFigure
        self.scalePeriod = scalePeriod
        self.populationYear = populationYear
        self.membershipWeight = membershipWeight
        self.populationWeight = populationWeight
        self.contributionWeight = contributionWeight
        self.flexibilityPercent = flexibilityPercent
        self.minimumFlexibility = minimumFlexibility
        self.minimumUpper = minimumUpper
    }

    /// The parameters the General Assembly's system uses by default here.
    public static let official = RangeParameters()

    /// The weights as fractions of `B` times `B`: the posts each factor shares out.
    var postsByFactor: [Double] {
        [membershipWeight, populationWeight, contributionWeight].map { baseFigure * $0 / 100 }
    }

    /// The same system applied to a smaller staff: base figure `count`, and the post-count
    /// minimums scaled by `count / baseFigure`, so every range is this one's times that ratio.
    public func scaled(toBaseFigure count: Double) -> RangeParameters {
        var p = self
        let ratio = baseFigure > 0 ? count / baseFigure : 0
        p.baseFigure = count
        p.minimumFlexibility *= ratio
        p.minimumUpper *= ratio
        return p
    }

    /// One line that states every parameter, for the foot of a table.
    public var summary: String {
        "B = \(formatted(baseFigure)) posts; weights membership/population/contribution = \(formatted(membershipWeight))/\(formatted(populationWeight))/\(formatted(contributionWeight)) per cent; "
            + "scale \(scalePeriod); population \(populationYear); flexibility \(formatted(flexibilityPercent)) per cent, at least \(formatted(minimumFlexibility)) posts; upper limit at least \(formatted(minimumUpper)) posts"
    }

    /// The largest base figure, minimum flexibility or minimum upper limit accepted, in posts.
    /// The options cap them at 1,000,000; a base figure taken from a roster (the whole roster's
    /// view) may be larger, as in the benchmark's 10-million-row roster.
    public static let largestPostCount = 100_000_000.0

    /// Checks that the parameters make sense.
    public func validate() throws(RangeError) {
        let weights = membershipWeight + populationWeight + contributionWeight
        guard [membershipWeight, populationWeight, contributionWeight].allSatisfy({ $0 >= 0 }), abs(weights - 100) < 1e-9 else {
            throw .weightsDoNotSumTo100(membershipWeight, populationWeight, contributionWeight)
        }
        // Upper bounds keep every limit far inside Int and the exact range of doubles.
        guard baseFigure > 0 && baseFigure <= RangeParameters.largestPostCount else {
            throw .invalidParameter("base figure", formatted(baseFigure), "a positive number of posts up to 100,000,000")
        }
        guard flexibilityPercent >= 0 && flexibilityPercent <= 100 else {
            throw .invalidParameter("flexibility", formatted(flexibilityPercent), "a percentage from 0 to 100")
        }
        guard minimumFlexibility >= 0 && minimumFlexibility <= RangeParameters.largestPostCount else {
            throw .invalidParameter("minimum flexibility", formatted(minimumFlexibility), "0 to 100,000,000 posts")
        }
        guard minimumUpper >= 0 && minimumUpper <= RangeParameters.largestPostCount else {
            throw .invalidParameter("minimum upper limit", formatted(minimumUpper), "0 to 100,000,000 posts")
        }
    }
}

/// Why ranges cannot be computed.
public enum RangeError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownScalePeriod(Period, available: [Period])
    case unknownPopulationYear(Int, available: [Int])
    case weightsDoNotSumTo100(Double, Double, Double)
    case invalidParameter(String, String, String)
    /// The data holds nothing to compute ranges over (no staff in the selection).
    case emptySelection(String)
    /// No scale period in the data contains the year of the date counted.
    case noScaleInForce(CalendarDate, available: [Period])
    /// No population year in the data up to the year of the date counted.
    case noPopulationBefore(CalendarDate, available: [Int])

    public var description: String {
        switch self {
        case .unknownScalePeriod(let p, let available):
            return "no scale of assessments for \(p) in the data (found \(available.map(\.rawValue).joined(separator: ", ")))"
        case .unknownPopulationYear(let y, let available):
            return "no populations for \(y) in the data (found \(available.first.map(String.init) ?? "none")-\(available.last.map(String.init) ?? "none"))"
        case .weightsDoNotSumTo100(let a, let b, let c):
            return "the weights \(formatted(a))/\(formatted(b))/\(formatted(c)) must be non-negative and sum to 100 (per cent of the base figure)"
        case .invalidParameter(let name, let value, let expected):
            return "invalid \(name) (found \(value), expected \(expected))"
        case .emptySelection(let message):
            return message
        case .noScaleInForce(let date, let available):
            return "no scale of assessments in the data is in force on \(date) (the data has \(available.map(\.rawValue).joined(separator: ", "))); give --scale"
        case .noPopulationBefore(let date, let available):
            return "no populations in the data for \(date.year) or earlier (the data has \(available.first.map(String.init) ?? "none")-\(available.last.map(String.init) ?? "none")); give --population-year"
        }
    }
}

/// One Member State's desirable range, with every intermediate value.
public struct DesirableRange: Hashable, Sendable, Codable {
    public var state: MemberState
    /// The rate in the scale of assessments, in per cent.
    public var ratePercent: Double
    public var population: Int
    public var membershipPosts: Double
    public var populationPosts: Double
    public var contributionPosts: Double
    /// The unrounded midpoint, the sum of the three factors.
    public var midpointExact: Double
    public var lowerExact: Double
    public var upperExact: Double
    /// The published limits: each rounded half up from its unrounded value (lower not below 0).
    public var lower: Int
    public var midpoint: Int
    public var upper: Int

    /// The status of a State with `n` staff in posts subject to the system, against the
    /// published (rounded) limits.
    public func status(forHeadcount n: Int) -> RepresentationStatus {
        if n == 0 { return .unrepresented }
        if n < lower { return .underrepresented }
        if n < midpoint { return .withinRangeBelowMidpoint }
        if n <= upper { return .withinRangeAtOrAboveMidpoint }
        return .overrepresented
    }
}

/// The five statuses of the system of desirable ranges.
public enum RepresentationStatus: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case unrepresented
    case underrepresented
    case withinRangeBelowMidpoint = "within-range-below-midpoint"
    case withinRangeAtOrAboveMidpoint = "within-range-at-or-above-midpoint"
    case overrepresented

    /// Whether the State counts towards the 50 per cent appointment target.
    public var isUnderTarget: Bool { self == .unrepresented || self == .underrepresented }

    /// Whether the State is within its range (either half).
    public var isWithinRange: Bool { self == .withinRangeBelowMidpoint || self == .withinRangeAtOrAboveMidpoint }

    public static func < (a: RepresentationStatus, b: RepresentationStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Rounds half up (toward +infinity at exactly .5). Values within 1e-9 of a half are treated as
/// the half, so that a midpoint of 7.5 computed as 7.4999999999999 by floating point rounds as 7.5
/// would on paper.
public func roundedHalfUp(_ x: Double) -> Int {
    Int((x + 0.5 + 1e-9).rounded(.down))
}

/// The desirable ranges of every Member State under one set of parameters.
public struct DesirableRanges: Sendable {
    public var parameters: RangeParameters
    /// One range per State, in the reference table's order.
    public var ranges: [DesirableRange]
    /// `N`: the number of Member States sharing the membership factor.
    public var memberCount: Int { ranges.count }
    /// States left out because the scale period has no rate for them (South Sudan before 2013).
    public var excluded: [MemberState]

    private var index: [MemberState: Int] = [:]

    init(parameters: RangeParameters, ranges: [DesirableRange], excluded: [MemberState]) {
        self.parameters = parameters
        self.ranges = ranges
        self.excluded = excluded
        for (i, r) in ranges.enumerated() { index[r.state] = i }
    }

    /// The range of `state`, if it has one.
    public func range(of state: MemberState) -> DesirableRange? { index[state].map { ranges[$0] } }

    /// Computes the ranges for one parameter set: the factor-share matrix `F` (N x 3) times the
    /// posts per factor `B w` (`cblas_dgemv`) gives the midpoints.
    public static func compute(reference: ReferenceData, parameters: RangeParameters) throws(RangeError) -> DesirableRanges {
        try parameters.validate()
        let factors = try FactorShares(reference: reference, scalePeriod: parameters.scalePeriod, populationYear: parameters.populationYear)
        let midpoints = factors.matrix.multiplied(by: parameters.postsByFactor)
        return assemble(factors: factors, parameters: parameters, midpoints: midpoints)
    }

    /// Computes the ranges for many parameter sets in **one matrix product** (`cblas_dgemm`).
    ///
    /// The factor shares of every distinct (scale period, population year) pair stand side by
    /// side in `F` (N x 3m); column k of `W` (3m x k) holds scenario k's posts per factor in the
    /// three rows of its pair and zeros elsewhere; `M = F W` holds every scenario's midpoints.
    public static func computeMany(reference: ReferenceData, parameters: [RangeParameters]) throws(RangeError) -> [DesirableRanges] {
        for p in parameters { try p.validate() }
        struct Key: Hashable { var scale: Period; var year: Int }
        var keys: [Key] = []
        var keyIndex: [Key: Int] = [:]
        var factorSets: [FactorShares] = []
        for p in parameters {
            let key = Key(scale: p.scalePeriod, year: p.populationYear)
            if keyIndex[key] == nil {
                keyIndex[key] = keys.count
                keys.append(key)
                factorSets.append(try FactorShares(reference: reference, scalePeriod: key.scale, populationYear: key.year))
            }
        }
        let n = reference.states.count
        var f = Matrix(rowCount: n, columnCount: 3 * keys.count)
        for (g, set) in factorSets.enumerated() {
            for i in 0..<n { for c in 0..<3 { f[i, 3 * g + c] = set.matrix[i, c] } }
        }
        var w = Matrix(rowCount: 3 * keys.count, columnCount: parameters.count)
        for (k, p) in parameters.enumerated() {
            let g = keyIndex[Key(scale: p.scalePeriod, year: p.populationYear)]!
            for (c, posts) in p.postsByFactor.enumerated() { w[3 * g + c, k] = posts }
        }
        let midpoints = f.multiplied(by: w)
        return parameters.enumerated().map { k, p in
            let g = keyIndex[Key(scale: p.scalePeriod, year: p.populationYear)]!
            return assemble(factors: factorSets[g], parameters: p, midpoints: midpoints.column(k))
        }
    }

    private static func assemble(factors: FactorShares, parameters p: RangeParameters, midpoints: [Double]) -> DesirableRanges {
        var ranges: [DesirableRange] = []
        var excluded: [MemberState] = []
        let posts = p.postsByFactor
        for (i, state) in factors.states.enumerated() {
            guard factors.included[i] else { excluded.append(state); continue }
            let mid = midpoints[i]
            let flex = max(p.flexibilityPercent / 100 * mid, p.minimumFlexibility)
            let lower = mid - flex
            let upper = max(mid + flex, p.minimumUpper)
            ranges.append(DesirableRange(
                state: state, ratePercent: factors.ratePercent[i], population: factors.population[i],
                membershipPosts: posts[0] * factors.matrix[i, 0], populationPosts: posts[1] * factors.matrix[i, 1],
                contributionPosts: posts[2] * factors.matrix[i, 2],
                midpointExact: mid, lowerExact: lower, upperExact: upper,
                lower: max(0, roundedHalfUp(lower)), midpoint: roundedHalfUp(mid), upper: roundedHalfUp(upper)))
        }
        return DesirableRanges(parameters: p, ranges: ranges, excluded: excluded)
    }
}

/// The factor shares of every State for one scale period and population year: an N x 3 matrix
/// whose columns are the membership share `1/N`, the population share `p_i / sum p` and the
/// contribution share `c_i / sum c`. A State without a rate in the period (not yet a Member) has a
/// zero row and is not counted in `N`.
struct FactorShares {
    var states: [MemberState]
    var included: [Bool]
    var ratePercent: [Double]
    var population: [Int]
    var matrix: Matrix

    init(reference: ReferenceData, scalePeriod: Period, populationYear: Int) throws(RangeError) {
        guard let rates = reference.scales[scalePeriod] else {
            throw .unknownScalePeriod(scalePeriod, available: reference.scalePeriods)
        }
        guard let populations = reference.populations[populationYear] else {
            throw .unknownPopulationYear(populationYear, available: reference.populationYears)
        }
        states = reference.states.map(\.state)
        included = states.map { rates[$0] != nil && populations[$0] != nil }
        ratePercent = states.map { rates[$0] ?? 0 }
        population = states.map { populations[$0] ?? 0 }
        let memberCount = Double(included.filter { $0 }.count)
        var rateTotal = 0.0, populationTotal = 0.0
        for i in states.indices where included[i] {
            rateTotal += ratePercent[i]
            populationTotal += Double(population[i])
        }
        matrix = Matrix(rowCount: states.count, columnCount: 3)
        for i in states.indices where included[i] {
            matrix[i, 0] = 1 / memberCount
            matrix[i, 1] = Double(population[i]) / populationTotal
            matrix[i, 2] = ratePercent[i] / rateTotal
        }
    }
}

/// A number without a trailing `.0` when it is whole: `3600`, `4.8`.
func formatted(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
}
