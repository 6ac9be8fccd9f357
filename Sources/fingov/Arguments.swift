import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

// Option values as types: each is parsed once, where the option is read, and a malformed value
// is a usage error (exit 64) that names the option and the form expected. Checks that need more
// than the value itself (weights that sum to 100, a dimension named twice) are made in the
// options' `validate()`, so they exit 64 too, with the reason.

extension CalendarDate: ExpressibleByArgument {
    /// `YYYY-MM-DD`, a real date from 1945 to 2100.
    public init?(argument: String) { self.init(rawValue: argument.trimmingCharacters(in: " ")) }
}

extension Period: ExpressibleByArgument {
    /// `YYYY` or `YYYY-YYYY`.
    public init?(argument: String) { self.init(rawValue: argument.trimmingCharacters(in: " ")) }
}

extension PeriodChoice: ExpressibleByArgument {
    /// `all`, `YYYY` or `YYYY-YYYY`.
    public init?(argument: String) { self.init(rawValue: argument.trimmingCharacters(in: " ")) }
    public var defaultValueDescription: String { description }
}

extension FundingSource: ExpressibleByArgument {}
extension BasisChoice: ExpressibleByArgument {}
extension MoneyUnits: ExpressibleByArgument {}
extension AllocationMethod: ExpressibleByArgument {}
extension FundingView: ExpressibleByArgument {}
extension RepresentationStatus: ExpressibleByArgument {}
extension LedgerDimension: ExpressibleByArgument {}
extension SeparationReading: ExpressibleByArgument {}

/// Membership, population and contribution weights in per cent of the base figure, written
/// `40/5/55` everywhere (in `--weights` and inside `--scenario`); `40,5,55` is read too.
struct Weights: ExpressibleByArgument, Hashable, CustomStringConvertible {
    var membership: Double
    var population: Double
    var contribution: Double

    static let official = Weights(membership: 40, population: 5, contribution: 55)

    init(membership: Double, population: Double, contribution: Double) {
        self.membership = membership
        self.population = population
        self.contribution = contribution
    }

    init?(argument: String) {
        let separator: Character = argument.contains("/") ? "/" : ","
        let parts = argument.split(separator: separator, omittingEmptySubsequences: false)
            .map { Double(String($0).trimmingCharacters(in: " ")) }
        guard parts.count == 3, let m = parts[0], let p = parts[1], let c = parts[2], m.isFinite, p.isFinite, c.isFinite else { return nil }
        self.init(membership: m, population: p, contribution: c)
    }

    var description: String { "\(plainDecimal(membership))/\(plainDecimal(population))/\(plainDecimal(contribution))" }
    var defaultValueDescription: String { description }
}

/// A rate in per cent with up to two decimals, from 0 to 100, held in basis points (`13` is 1300,
/// `8.5` is 850).
struct PercentRate: ExpressibleByArgument, Hashable, CustomStringConvertible {
    var basisPoints: Int

    init(basisPoints: Int) { self.basisPoints = basisPoints }

    init?(argument: String) {
        // Exact parsing to hundredths, as for money: 8.5 is 850 basis points, never 849.99...
        guard let value = try? Money(parsing: argument.trimmingCharacters(in: " ")), (0...10_000).contains(value.cents) else { return nil }
        basisPoints = value.cents
    }

    var description: String { Money(cents: basisPoints).dollarsText.trimmingTrailingZeros() }
    var defaultValueDescription: String { description }
}

/// A fund and an amount of dollars: `--opening-balance drug=1250000.50`.
struct FundAmount: ExpressibleByArgument, Hashable {
    var fund: Fund
    var amount: Money

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
        guard parts.count == 2, !parts[0].isEmpty, let amount = try? Money(parsing: parts[1]) else { return nil }
        // Checked against the vocabulary's funds once it is read.
        self.fund = Fund(rawValue: parts[0])
        self.amount = amount
    }
}

/// A comma-separated list: `--by office_type,category`, `--order "A,B,C"`.
struct CommaList<Element: ExpressibleByArgument>: ExpressibleByArgument {
    var elements: [Element]

    init(_ elements: [Element]) { self.elements = elements }

    init?(argument: String) {
        var elements: [Element] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let element = Element(argument: String(part).trimmingCharacters(in: " ")) else { return nil }
            elements.append(element)
        }
        guard !elements.isEmpty else { return nil }
        self.elements = elements
    }

    var defaultValueDescription: String { elements.map { $0.defaultValueDescription }.joined(separator: ",") }

    /// The first element named twice, if any.
    func firstRepeated() -> Element? where Element: Hashable {
        var seen = Set<Element>()
        for e in elements where !seen.insert(e).inserted { return e }
        return nil
    }
}

/// An alternative to the official range parameters: `NAME:KEY=VALUE,KEY=VALUE,...`, with keys
/// `scale`, `population-year`, `base-figure`, `weights` (m/p/c), `flexibility`,
/// `min-flexibility`, `min-upper`; keys not given keep the official value.
struct ScenarioSpec: ExpressibleByArgument {
    enum Setting {
        case scale(Period)
        case populationYear(Int)
        case baseFigure(Double)
        case weights(Weights)
        case flexibility(Double)
        case minimumFlexibility(Double)
        case minimumUpper(Double)
    }

    static let keys = ["scale", "population-year", "base-figure", "weights", "flexibility", "min-flexibility", "min-upper"]

    var name: String
    var settings: [Setting]

    init?(argument: String) {
        guard let parsed = try? ScenarioSpec(parsing: argument) else { return nil }
        self = parsed
    }

    /// Parses a specification, saying what is wrong with a malformed one.
    init(parsing spec: String) throws(Failure) {
        guard let colon = spec.firstIndex(of: ":"), colon != spec.startIndex else {
            throw .usage("invalid --scenario (found '\(spec)', expected NAME:KEY=VALUE,... such as 'new scale:scale=2025-2027')")
        }
        name = String(spec[..<colon])
        settings = []
        for assignment in spec[spec.index(after: colon)...].split(separator: ",") {
            let parts = assignment.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            guard parts.count == 2 else { throw .usage("invalid --scenario '\(name)': '\(assignment)' is not KEY=VALUE") }
            let (key, value) = (parts[0], parts[1])
            func bad(_ expected: String) -> Failure { .usage("invalid --scenario '\(name)': \(key) (found '\(value)', expected \(expected))") }
            func number() throws(Failure) -> Double {
                guard let x = Double(value), x.isFinite else { throw bad("a number") }
                return x
            }
            switch key {
            case "scale":
                guard let p = Period(argument: value) else { throw bad("a period such as 2025-2027") }
                settings.append(.scale(p))
            case "population-year":
                guard let y = Int(value) else { throw bad("a year such as 2024") }
                settings.append(.populationYear(y))
            case "base-figure": settings.append(.baseFigure(try number()))
            case "flexibility": settings.append(.flexibility(try number()))
            case "min-flexibility": settings.append(.minimumFlexibility(try number()))
            case "min-upper": settings.append(.minimumUpper(try number()))
            case "weights":
                guard let w = Weights(argument: value) else { throw bad("m/p/c such as 40/5/55") }
                settings.append(.weights(w))
            default:
                throw .usage("invalid --scenario '\(name)': unknown key '\(key)' (expected one of \(ScenarioSpec.keys.joined(separator: ", ")))")
            }
        }
    }

    /// The scenario: `official` with this specification's settings, checked.
    func scenario(from official: RangeParameters) throws(Failure) -> Scenario {
        var p = official
        for setting in settings {
            switch setting {
            case .scale(let period): p.scalePeriod = period
            case .populationYear(let year): p.populationYear = year
            case .baseFigure(let x): p.baseFigure = x
            case .weights(let w): (p.membershipWeight, p.populationWeight, p.contributionWeight) = (w.membership, w.population, w.contribution)
            case .flexibility(let x): p.flexibilityPercent = x
            case .minimumFlexibility(let x): p.minimumFlexibility = x
            case .minimumUpper(let x): p.minimumUpper = x
            }
        }
        do { try p.validate() } catch { throw .usage("invalid --scenario '\(name)': \(error)") }
        return Scenario(name: name, parameters: p)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }

    /// `13.00` as `13`, `8.50` as `8.5`.
    func trimmingTrailingZeros() -> String {
        guard contains(".") else { return self }
        var s = Substring(self)
        while s.last == "0" { s = s.dropLast() }
        if s.last == "." { s = s.dropLast() }
        return String(s)
    }
}

/// `x` as a short decimal: `40`, `5.5`.
func plainDecimal(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
}

/// Checks that an option's value lies in a sensible range: outside it the value is a usage error
/// naming the option and the range (a base figure of 1e308 would overflow the arithmetic).
func checkRange<T: Comparable & CustomStringConvertible>(_ value: T, _ option: String, _ range: ClosedRange<T>, unit: String = "") throws {
    guard range.contains(value) else {
        throw ValidationError("invalid \(option) (found \(value), expected \(range.lowerBound) to \(range.upperBound)\(unit.isEmpty ? "" : " " + unit))")
    }
}

/// `checkRange` for real numbers, which also refuses NaN and infinities.
func checkRange(_ value: Double, _ option: String, _ range: ClosedRange<Double>, unit: String = "") throws {
    guard value.isFinite, range.contains(value) else {
        throw ValidationError("invalid \(option) (found \(value), expected \(plainDecimal(range.lowerBound)) to \(plainDecimal(range.upperBound))\(unit.isEmpty ? "" : " " + unit))")
    }
}
