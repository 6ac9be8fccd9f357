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

    /// Counts staff serving on `asOf`, optionally in one entity.
    public static func compute(staff: [StaffMember], asOf: CalendarDate, entity: String? = nil,
                               parityZone: ClosedRange<Double> = 47...53) -> GenderParity {
        var all: [Grade: GenderCount] = [:], geo: [Grade: GenderCount] = [:]
        var accounting = RowAccounting()
        accounting.rowsRead = staff.count
        for member in staff {
            if let entity, member.entity != entity { accounting.exclude("in other entities"); continue }
            guard member.isServing(on: asOf) else { accounting.exclude("not serving on \(asOf)"); continue }
            accounting.used += 1
            all[member.grade, default: GenderCount(label: member.grade.rawValue)].add(member.gender)
            if member.isSubjectToGeographicalDistribution {
                geo[member.grade, default: GenderCount(label: member.grade.rawValue)].add(member.gender)
            }
        }
        return GenderParity(asOf: asOf, parityZone: parityZone, allStaff: rows(all), geographical: rows(geo), accounting: accounting)
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
