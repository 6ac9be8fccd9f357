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
    case servesNoOperatingUnit(String, line: Int)
    case badOrder(String)
    case singular(String)

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
        case .badOrder, .singular: return (.none, 0, 0)
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
        case .servesNoOperatingUnit(let unit, _): return "support unit '\(unit)' serves no operating unit (expected a share for at least one), so its cost could never reach a programme"
        case .badOrder(let message): return "invalid --order: \(message)"
        case .singular(let detail): return "the services between support units cannot be solved: \(detail)"
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
    /// - Parameter order: the step-down order; by default, descending direct cost.
    public static func allocate(units: [CostUnit], shares: [ServiceShare], method: AllocationMethod,
                                order: [String]? = nil) throws(AllocationError) -> CostAllocation {
        let support = units.filter { $0.kind == .support }
        let operating = units.filter { $0.kind == .operating }
        guard !support.isEmpty else { throw .noUnits(.support) }
        guard !operating.isEmpty else { throw .noUnits(.operating) }
        let s = support.count, o = operating.count
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
            guard p.column(j).contains(where: { $0 > 0 }) else { throw .servesNoOperatingUnit(u.name, line: firstLine[j]) }
        }
        let c = support.map { $0.directCost.doubleCents }

        var weights: [Double]
        var closingOrder: [String] = []
        var reciprocated: [(unit: String, cost: Double)] = []
        switch method {
        case .direct:
            weights = directAllocation(p: p, c: c)
        case .stepDown:
            let names = order ?? support.sorted { ($0.directCost, $1.name) > ($1.directCost, $0.name) }.map(\.name)
            guard Set(names) == Set(supportIndex.keys), names.count == s else {
                throw .badOrder("name every support unit once (\(support.map(\.name).joined(separator: ",")))")
            }
            closingOrder = names
            weights = stepDownAllocation(a: a, p: p, c: c, order: names.map { supportIndex[$0]! })
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
