import FingovModel

/// Where a share of women stands against parity.
public enum ParityStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case belowParityZone = "below-parity-zone"
    case withinParityZone = "within-parity-zone"
    case aboveParityZone = "above-parity-zone"
    case noStaff = "no-staff"
}

/// Women and men at one grade (or in one group of grades).
public struct GenderCount: Hashable, Sendable, Codable {
    public var label: String
    public var women = 0
    public var men = 0
    public var notRecorded = 0

    public var total: Int { women + men + notRecorded }

    /// Women's share of the staff whose gender is recorded, in per cent; `nil` with none.
    public var womenSharePercent: Double? {
        women + men == 0 ? nil : Double(women) / Double(women + men) * 100
    }

    /// The share against the parity zone `zone` (47-53 per cent by default).
    public func parity(zone: ClosedRange<Double> = 47...53) -> ParityStatus {
        guard let share = womenSharePercent else { return .noStaff }
        if share < zone.lowerBound { return .belowParityZone }
        if share > zone.upperBound { return .aboveParityZone }
        return .withinParityZone
    }

    mutating func add(_ gender: Gender) {
        switch gender {
        case .female: women += 1
        case .male: men += 1
        case .notRecorded: notRecorded += 1
        }
    }
}

/// Women's share by grade and overall, for all staff and for posts subject to geographical
/// distribution, on a date.
public struct GenderParity: Sendable {
    public var asOf: CalendarDate
    public var parityZone: ClosedRange<Double>
    /// One row per grade with staff, in display order, then one per category and `All staff`.
    public var allStaff: [GenderCount]
    /// The same for posts subject to geographical distribution (Professional and higher only).
    public var geographical: [GenderCount]
    public var accounting: RowAccounting
    /// The entity counted, or `nil` for the whole roster.
    public var entity: String? = nil

    /// Shares from counts gathered from a roster (by `Ingest.read(roster:reference:into:)`, or
    /// from memory).
    public static func compute(tally: GenderTally, parityZone: ClosedRange<Double> = 47...53) -> GenderParity {
        GenderParity(asOf: tally.asOf, parityZone: parityZone, allStaff: rows(tally.all), geographical: rows(tally.geographical),
                     accounting: tally.accounting, entity: tally.entity)
    }

    private static func rows(_ byGrade: [Grade: GenderCount]) -> [GenderCount] {
        var rows: [GenderCount] = []
        var categories: [GradeCategory: GenderCount] = [:]
        var total = GenderCount(label: "All staff")
        for grade in Grade.allCases {
            guard let count = byGrade[grade] else { continue }
            rows.append(count)
            categories[grade.category, default: GenderCount(label: grade.category.rawValue)].merge(count)
            total.merge(count)
        }
        for category in GradeCategory.allCases { if let c = categories[category] { rows.append(c) } }
        rows.append(total)
        return rows
    }
}

extension GenderCount {
    mutating func merge(_ other: GenderCount) {
        women += other.women
        men += other.men
        notRecorded += other.notRecorded
    }
}

/// Women and men by grade, gathered in one pass over a roster.
public struct GenderTally: Sendable {
    public let asOf: CalendarDate
    /// Count only this entity (department or office), or `nil` for the whole roster.
    public let entity: String?
    public var all: [Grade: GenderCount] = [:]
    public var geographical: [Grade: GenderCount] = [:]
    var rowsRead = 0, used = 0, otherEntity = 0, notServing = 0

    public init(asOf: CalendarDate, entity: String? = nil) {
        self.asOf = asOf
        self.entity = entity
    }

    /// Every row accounted for.
    public var accounting: RowAccounting {
        var a = RowAccounting()
        a.rowsRead = rowsRead
        a.used = used
        a.exclude("in other entities", count: otherEntity)
        a.exclude("not serving on \(asOf)", count: notServing)
        return a
    }

    /// Counts one roster row.
    public mutating func add(gender: Gender, grade: Grade, isInEntity: Bool, isServing: Bool, isGeographical: Bool) {
        rowsRead += 1
        guard isInEntity else { otherEntity += 1; return }
        guard isServing else { notServing += 1; return }
        used += 1
        all[grade, default: GenderCount(label: grade.rawValue)].add(gender)
        if isGeographical { geographical[grade, default: GenderCount(label: grade.rawValue)].add(gender) }
    }

    /// Adds counts made on another part of the same roster.
    public mutating func merge(_ other: GenderTally) {
        for (grade, count) in other.all { all[grade, default: GenderCount(label: grade.rawValue)].merge(count) }
        for (grade, count) in other.geographical { geographical[grade, default: GenderCount(label: grade.rawValue)].merge(count) }
        rowsRead += other.rowsRead
        used += other.used
        otherEntity += other.otherEntity
        notServing += other.notServing
    }
}
