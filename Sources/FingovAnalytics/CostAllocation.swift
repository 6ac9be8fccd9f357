import FingovModel
import FingovNumerics

/// How support units' costs are passed on to operating units (METHODOLOGY.md section 2).
public enum AllocationMethod: String, CaseIterable, Hashable, Sendable, Codable {
    /// Ignore services between support units; each serves only the operating units.
    case direct
    /// Close support units one at a time, each passing its cost to the units not yet closed.
    case stepDown = "step-down"
    /// Solve the services between support units exactly: `(I - A) x = c`.
    case reciprocal
}

/// Why an allocation cannot be made, located in the costs or the shares file where it can be.
public enum AllocationError: Error, Hashable, Sendable, CustomStringConvertible {
    case noUnits(UnitKind)
    case unknownUnit(String, line: Int, role: String)
    case providerNotSupport(String, line: Int)
    case selfService(String, line: Int)
    case duplicateShare(String, String, line: Int)
    case sharesDoNotSumToOne(String, sum: Double, line: Int)
    /// The direct method ignores services between support units, so it cannot pass on the cost
    /// of a support unit that serves only other support units.
    case servesNoOperatingUnit(String, line: Int)
    /// Support units from which no chain of services reaches an operating unit: `group` serve
    /// only each other (a closed group), `feeders` serve only the group, directly or not.
    case closedGroup([String], feeders: [String], line: Int)
    /// A step-down order that closes `unit` after every unit it serves, so its cost has nowhere
    /// to go; `suggested` is an order that works (the given one, each unit moved ahead of one it serves).
    case closedTooLate(String, serves: [String], suggested: [String])
    case badOrder(String)
    case singular(String)
    /// The units' direct costs add up beyond the exact range (a data error in the costs file).
    case totalOutOfRange(MoneyTotalError)

    /// The file the problem is in: the costs or the shares file.
    public enum File: Sendable { case costs, shares, none }

    /// Where the problem is: file, line (0 for the whole file) and column (the field, or 0).
    public var location: (file: File, line: Int, column: Int) {
        switch self {
        case .noUnits: return (.costs, 0, 2)
        case .unknownUnit(_, let line, let role): return (.shares, line, role == "provider" ? 1 : 2)
        case .providerNotSupport(_, let line): return (.shares, line, 1)
        case .selfService(_, let line), .duplicateShare(_, _, let line): return (.shares, line, 2)
        case .sharesDoNotSumToOne(_, _, let line): return (.shares, line, 3)
        case .servesNoOperatingUnit(_, let line): return (.shares, line, 2)
        case .closedGroup(_, _, let line): return (.shares, line, 1)
        case .totalOutOfRange: return (.costs, 0, 0)
        case .closedTooLate, .badOrder, .singular: return (.none, 0, 0)
        }
    }

    public var description: String {
        switch self {
        case .noUnits(let kind): return "no \(kind.rawValue) unit in the file (expected at least one unit of kind \(kind.rawValue))"
        case .unknownUnit(let unit, _, let role): return "unknown \(role) (found '\(unit)', expected a unit of the costs file)"
        case .providerNotSupport(let unit, _): return "invalid provider (found '\(unit)', an operating unit; expected a support unit)"
        case .selfService(let unit, _): return "invalid receiver (found '\(unit)', the provider itself; expected another unit)"
        case .duplicateShare(let p, let r, _): return "duplicate share (found '\(p)' serving '\(r)' again; expected each pair once)"
        case .sharesDoNotSumToOne(let unit, let sum, _): return "the shares of provider '\(unit)' do not sum to 1 (found \(sum), expected 1 to 0.000001)"
        case .servesNoOperatingUnit(let unit, _):
            return "support unit '\(unit)' serves only other support units, which the direct method ignores (expected a share for at least one operating unit); the step-down and reciprocal methods pass its cost on through the units it serves"
        case .closedGroup(let group, let feeders, _):
            let names = group.map { "'\($0)'" }.joined(separator: ", ")
            var text = "support units \(names) serve only each other: no chain of services reaches an operating unit (expected one of them to serve an operating unit or a support unit outside the group)"
            if !feeders.isEmpty {
                text += "; " + feeders.map { "'\($0)'" }.joined(separator: ", ") + (feeders.count == 1 ? " serves" : " serve") + " only them"
            }
            return text
        case .closedTooLate(let unit, let serves, let suggested):
            return "invalid --order: support unit '\(unit)' serves no operating unit and is closed after every unit it serves ("
                + serves.map { "'\($0)'" }.joined(separator: ", ") + "), so its cost has nowhere to go (expected it closed before at least one of them, for example --order \"" + suggested.joined(separator: ",") + "\")"
        case .badOrder(let message): return "invalid --order: \(message)"
        case .singular(let detail): return "the services between support units cannot be solved: \(detail)"
        case .totalOutOfRange(let error): return error.description
        }
    }
}

/// What one operating unit bears.
public struct AllocatedUnit: Hashable, Sendable, Codable {
    public var unit: String
    public var directCost: Money
    public var allocated: Money
    public var total: Money { directCost + allocated }
}

/// Support costs allocated to operating units.
public struct CostAllocation: Sendable {
    public var method: AllocationMethod
    /// The order support units were closed in (step-down only).
    public var order: [String]
    /// One row per operating unit, in the costs file's order.
    public var operating: [AllocatedUnit]
    /// Each support unit's reciprocated cost `x` (reciprocal only): its own cost plus what it
    /// receives from the others.
    public var reciprocatedCosts: [(unit: String, cost: Double)]
    /// The support units' total direct cost: what was allocated.
    public var supportTotal: Money

    /// Allocates the support units' costs.
    ///
    /// Each method computes the operating units' shares of the support total in `Double`
    /// through the numerics module; the support total is then split in cents by those shares
    /// with the largest-remainder method, so the allocated amounts add up exactly to it.
    ///
    /// - Parameters:
    ///   - units: the support and operating units, with their direct costs.
    ///   - shares: the share of each support unit's services that each other unit receives.
    ///   - method: direct, step-down or reciprocal.
    ///   - order: the step-down order; by default, descending direct cost.
    public static func allocate(units: [CostUnit], shares: [ServiceShare], method: AllocationMethod,
                                order: [String]? = nil) throws(AllocationError) -> CostAllocation {
        let support = units.filter { $0.kind == .support }
        let operating = units.filter { $0.kind == .operating }
        guard !support.isEmpty else { throw .noUnits(.support) }
        guard !operating.isEmpty else { throw .noUnits(.operating) }
        let s = support.count, o = operating.count
        // Every amount below (a support unit's cost with what it receives, an operating unit's
        // total) is at most the sum of all direct costs, which goes to Double: keep it exact.
        do { try MoneyTotalError.check(units.map(\.directCost).magnitudeSum(), "the direct costs of all units") } catch {
            throw .totalOutOfRange(error)
        }
        var supportIndex: [String: Int] = [:], operatingIndex: [String: Int] = [:]
        for (i, u) in support.enumerated() { supportIndex[u.name] = i }
        for (i, u) in operating.enumerated() { operatingIndex[u.name] = i }

        // A: s x s, P: o x s; column j holds what support unit j's service goes to.
        var a = Matrix(rowCount: s, columnCount: s)
        var p = Matrix(rowCount: o, columnCount: s)
        var sums = [Double](repeating: 0, count: s)
        var firstLine = [Int](repeating: 0, count: s)
        var seen = Set<[String]>()
        for share in shares {
            guard let j = supportIndex[share.provider] else {
                if operatingIndex[share.provider] != nil { throw .providerNotSupport(share.provider, line: share.line) }
                throw .unknownUnit(share.provider, line: share.line, role: "provider")
            }
            guard seen.insert([share.provider, share.receiver]).inserted else {
                throw .duplicateShare(share.provider, share.receiver, line: share.line)
            }
            if share.receiver == share.provider { throw .selfService(share.provider, line: share.line) }
            if let i = supportIndex[share.receiver] { a[i, j] = share.share } else if let k = operatingIndex[share.receiver] { p[k, j] = share.share } else {
                throw .unknownUnit(share.receiver, line: share.line, role: "receiver")
            }
            sums[j] += share.share
            if firstLine[j] == 0 { firstLine[j] = share.line }
        }
        for (j, u) in support.enumerated() {
            guard abs(sums[j] - 1) <= 1e-6 else { throw .sharesDoNotSumToOne(u.name, sum: sums[j], line: firstLine[j]) }
        }
        // Steps from each support unit to an operating unit along services with a positive share
        // (0: it serves one itself); nil where no chain of services reaches one.
        let steps = Self.stepsToOperating(a: a, p: p)
        if let group = Self.firstClosedGroup(a: a, steps: steps) {
            let feeders = support.indices.filter { steps[$0] == nil && !group.members.contains($0) && group.reachedFrom.contains($0) }
            throw .closedGroup(group.members.map { support[$0].name }, feeders: feeders.map { support[$0].name },
                               line: firstLine[group.members[0]])
        }
        let c = support.map { $0.directCost.doubleCents }

        var weights: [Double]
        var closingOrder: [String] = []
        var reciprocated: [(unit: String, cost: Double)] = []
        switch method {
        case .direct:
            if let j = support.indices.first(where: { steps[$0] != 0 }) { throw .servesNoOperatingUnit(support[j].name, line: firstLine[j]) }
            weights = directAllocation(p: p, c: c)
        case .stepDown:
            // By default the units farthest from the programmes close first (so that each unit
            // that serves only support units still has one of them open), then by descending
            // direct cost; where every unit serves an operating unit this is descending direct cost.
            let names = order ?? support.indices.sorted { (steps[$0]!, support[$0].directCost, support[$1].name) > (steps[$1]!, support[$1].directCost, support[$0].name) }
                .map { support[$0].name }
            guard Set(names) == Set(supportIndex.keys), names.count == s else {
                throw .badOrder("name every support unit once (\(support.map(\.name).joined(separator: ",")))")
            }
            closingOrder = names
            let indices = names.map { supportIndex[$0]! }
            var closed = Set<Int>()
            for j in indices {
                closed.insert(j)
                if steps[j] == 0 { continue }
                let serves = (0..<s).filter { a[$0, j] > 0 }
                if serves.allSatisfy(closed.contains) {
                    // A stable sort of the given order, farthest from the programmes first, is valid.
                    let suggested = indices.enumerated().sorted { (steps[$0.element]!, -$0.offset) > (steps[$1.element]!, -$1.offset) }
                    throw .closedTooLate(support[j].name, serves: serves.map { support[$0].name }, suggested: suggested.map { support[$0.element].name })
                }
            }
            weights = stepDownAllocation(a: a, p: p, c: c, order: indices)
        case .reciprocal:
            let x: [Double]
            do { x = try Matrix.identity(s).adding(a, scaledBy: -1).solving(c) } catch {
                throw .singular(error.description)
            }
            reciprocated = zip(support.map(\.name), x).map { (unit: $0, cost: $1 / 100) }
            weights = p.multiplied(by: x)
        }
        let supportTotal = support.map(\.directCost).sum()
        let allocated = supportTotal.apportioned(by: weights.map { max($0, 0) })
        return CostAllocation(
            method: method, order: closingOrder,
            operating: operating.enumerated().map { AllocatedUnit(unit: $1.name, directCost: $1.directCost, allocated: allocated[$0]) },
            reciprocatedCosts: reciprocated, supportTotal: supportTotal)
    }

    /// For each support unit, the fewest services from it to an operating unit: 0 when it serves
    /// one itself (a positive share in its column of `P`), `1 + min` over the support units it
    /// serves otherwise, `nil` when no chain of services reaches one (a breadth-first search
    /// backwards from the units that serve operating units).
    ///
    /// - Complexity: O(s^2 + s o) for s support and o operating units.
    static func stepsToOperating(a: Matrix, p: Matrix) -> [Int?] {
        let s = a.columnCount
        var steps = [Int?](repeating: nil, count: s)
        var frontier = (0..<s).filter { j in p.column(j).contains { $0 > 0 } }
        for j in frontier { steps[j] = 0 }
        var distance = 0
        while !frontier.isEmpty {
            distance += 1
            var next: [Int] = []
            for i in frontier {
                for j in 0..<s where steps[j] == nil && a[i, j] > 0 { // j serves i
                    steps[j] = distance
                    next.append(j)
                }
            }
            frontier = next
        }
        return steps
    }

    /// The first closed group (in the units' order) among the support units that reach no
    /// operating unit: a set of units that reach each other and serve nothing outside the set
    /// (a strongly connected component of the service graph with no edge leaving it). Such a
    /// group exists exactly when some unit reaches no operating unit; then `I - A` is singular,
    /// since the group's columns of `A` sum to 1.
    ///
    /// - Returns: the group's members, and every unit from which the group is reachable.
    /// - Complexity: O(s^3) at worst, for s support units.
    static func firstClosedGroup(a: Matrix, steps: [Int?]) -> (members: [Int], reachedFrom: Set<Int>)? {
        let s = a.columnCount
        let stranded = (0..<s).filter { steps[$0] == nil }
        guard !stranded.isEmpty else { return nil }
        // Every unit a stranded unit reaches (itself included) is stranded too.
        func reach(_ start: Int) -> Set<Int> {
            var seen: Set<Int> = [start], stack = [start]
            while let j = stack.popLast() {
                for i in 0..<s where a[i, j] > 0 && seen.insert(i).inserted { stack.append(i) }
            }
            return seen
        }
        let reaches = Dictionary(uniqueKeysWithValues: stranded.map { ($0, reach($0)) })
        for u in stranded {
            let members = reaches[u]!.filter { reaches[$0]!.contains(u) }
            if reaches[u]!.count == members.count { // nothing reached outside u's component
                return (members.sorted(), Set(stranded.filter { !reaches[$0]!.isDisjoint(with: members) }))
            }
        }
        preconditionFailure("stranded support units \(stranded) without a closed group")
    }

    /// `P_hat c`, where `P_hat` is `P` with each column renormalised to sum to 1 (`cblas_dgemv`).
    static func directAllocation(p: Matrix, c: [Double]) -> [Double] {
        var normalised = p
        for j in 0..<p.columnCount {
            let total = Vector.sum(p.column(j))
            for k in 0..<p.rowCount { normalised[k, j] = p[k, j] / total }
        }
        return normalised.multiplied(by: c)
    }

    /// Closes support units in `order`; each passes its own cost plus what it received to the
    /// operating units and the support units not yet closed, its shares renormalised over them.
    static func stepDownAllocation(a: Matrix, p: Matrix, c: [Double], order: [Int]) -> [Double] {
        var pending = c
        var toOperating = [Double](repeating: 0, count: p.rowCount)
        var closed = Set<Int>()
        for j in order {
            closed.insert(j)
            var support = a.column(j)
            for i in closed { support[i] = 0 }
            let operating = p.column(j)
            let total = Vector.sum(support) + Vector.sum(operating)
            let amount = pending[j]
            pending[j] = 0
            toOperating = Vector.axpy(amount / total, operating, toOperating)
            pending = Vector.axpy(amount / total, support, pending)
        }
        return toOperating
    }
}
