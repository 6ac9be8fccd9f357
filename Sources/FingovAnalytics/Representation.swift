import FingovModel

/// Which staff the ranges are applied to.
public enum FundingView: String, CaseIterable, Hashable, Sendable, Codable {
    /// The official view: staff in posts subject to geographical distribution, against the
    /// base figure given.
    case regular
    /// All Professional and higher staff, whatever funds their post (language posts included),
    /// with the base figure set to their number: the view some delegations ask for (seed, para. 5).
    case all
}

/// Which staff of a roster count towards the ranges on a date.
public struct StaffSelection: Hashable, Sendable {
    public var asOf: CalendarDate
    public var view: FundingView
    /// Restrict to one entity (department or office), or `nil` for the whole roster.
    public var entity: String?

    public init(asOf: CalendarDate, view: FundingView = .regular, entity: String? = nil) {
        self.asOf = asOf
        self.view = view
        self.entity = entity
    }

    /// Whether `member` counts, and if not, why.
    public func exclusionReason(_ member: StaffMember) -> String? {
        exclusion(isInEntity: entity.map { member.entity == $0 } ?? true, isServing: member.isServing(on: asOf),
                  grade: member.grade, postFunding: member.postFunding, isLanguagePost: member.isLanguagePost)?.reason(asOf: asOf)
    }

    /// Why a row with these facts does not count, or `nil` when it counts (the reasons are
    /// tested in `StaffExclusion` order, and each row is counted under the first that applies).
    @inline(__always)
    public func exclusion(isInEntity: Bool, isServing: Bool, grade: Grade, postFunding: PostFunding, isLanguagePost: Bool) -> StaffExclusion? {
        if !isInEntity { return .otherEntity }
        if !isServing { return .notServing }
        if grade.category != .professionalAndHigher { return .belowProfessional }
        if view == .regular {
            if postFunding != .regularBudget { return .notRegularBudget }
            if isLanguagePost { return .languagePost }
        }
        return nil
    }
}

/// Why a roster row does not count towards the ranges, in the order the reasons are tested.
public enum StaffExclusion: Int, CaseIterable, Sendable {
    case otherEntity, notServing, belowProfessional, notRegularBudget, languagePost

    /// The reason in words, as the accounting shows it.
    public func reason(asOf: CalendarDate) -> String {
        switch self {
        case .otherEntity: return "in other entities"
        case .notServing: return "not serving on \(asOf)"
        case .belowProfessional: return "below the Professional category"
        case .notRegularBudget: return "on posts not funded by the regular budget"
        case .languagePost: return "on posts with special language requirements"
        }
    }
}

/// Staff counted by nationality under a selection, with every row accounted for: the accumulator
/// behind representation and the scenarios.
public struct Headcounts: Sendable {
    public let selection: StaffSelection
    public var counts: [MemberState: Int] = [:]
    public var rowsRead = 0
    public var used = 0
    /// Rows left out, by `StaffExclusion` raw value.
    public var exclusions = [Int](repeating: 0, count: StaffExclusion.allCases.count)
    /// How many would count without the entity restriction (the Secretariat-wide figure that an
    /// entity's indicative ranges are scaled from).
    public var wholeRoster = 0

    public init(selection: StaffSelection) { self.selection = selection }

    /// Every row accounted for, the reasons in `StaffExclusion` order.
    public var accounting: RowAccounting {
        var a = RowAccounting()
        a.rowsRead = rowsRead
        a.used = used
        for reason in StaffExclusion.allCases where exclusions[reason.rawValue] > 0 {
            a.excluded.append(Exclusion(reason: reason.reason(asOf: selection.asOf), count: exclusions[reason.rawValue]))
        }
        return a
    }

    /// Counts one row.
    public mutating func add(nationality: MemberState, isInEntity: Bool, isServing: Bool, grade: Grade, postFunding: PostFunding,
                             isLanguagePost: Bool) {
        if record(isInEntity: isInEntity, isServing: isServing, grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost) {
            counts[nationality, default: 0] += 1
        }
    }

    /// Counts one row but its nationality, which the caller adds up itself; returns whether the
    /// row counts.
    @inline(__always) @discardableResult
    public mutating func record(isInEntity: Bool, isServing: Bool, grade: Grade, postFunding: PostFunding, isLanguagePost: Bool) -> Bool {
        rowsRead += 1
        let whole = selection.exclusion(isInEntity: true, isServing: isServing, grade: grade, postFunding: postFunding, isLanguagePost: isLanguagePost)
        if whole == nil { wholeRoster += 1 }
        if let reason = isInEntity ? whole : .otherEntity {
            exclusions[reason.rawValue] += 1
            return false
        }
        used += 1
        return true
    }

    /// Adds counts made on another part of the same roster.
    public mutating func merge(_ other: Headcounts) {
        for (state, n) in other.counts { counts[state, default: 0] += n }
        rowsRead += other.rowsRead
        used += other.used
        wholeRoster += other.wholeRoster
        for i in exclusions.indices { exclusions[i] += other.exclusions[i] }
    }
}

/// One Member State's representation: its staff, range, status and gaps.
public struct RepresentationRow: Hashable, Sendable, Codable {
    public var state: MemberState
    public var name: String
    public var staff: Int
    public var range: DesirableRange
    public var status: RepresentationStatus
    /// Posts needed to reach the lower limit (0 when at or above it).
    public var postsToLower: Int { max(range.lower - staff, 0) }
    /// Posts needed to reach the midpoint (0 when at or above it).
    public var postsToMidpoint: Int { max(range.midpoint - staff, 0) }
    /// Posts above the upper limit (0 when at or below it).
    public var postsOverUpper: Int { max(staff - range.upper, 0) }
    /// Staff over the unrounded midpoint: 1 at the midpoint, whatever the State's size; `nil`
    /// for a zero midpoint.
    public var ratioToMidpoint: Double? { range.midpointExact > 0 ? Double(staff) / range.midpointExact : nil }
}

/// The representation of every Member State among the staff on a date.
public struct Representation: Sendable {
    public var selection: StaffSelection
    /// The parameters the ranges were computed with (the base figure may be the staff count).
    public var parameters: RangeParameters
    public var rows: [RepresentationRow]
    public var accounting: RowAccounting
    /// Staff of nationalities without a range (for example a State not yet a Member in the
    /// scale period used), counted in the total but in no State's row.
    public var staffWithoutRange: Int
    /// Whether the ranges are indicative (scaled to one entity) rather than official.
    public var isIndicative: Bool { selection.entity != nil }

    /// The number of States in each status.
    public var countsByStatus: [RepresentationStatus: Int] {
        var counts: [RepresentationStatus: Int] = [:]
        for s in RepresentationStatus.allCases { counts[s] = 0 }
        for row in rows { counts[row.status, default: 0] += 1 }
        return counts
    }

    /// The status of `state`.
    public func status(of state: MemberState) -> RepresentationStatus? { rows.first { $0.state == state }?.status }

    /// Computes each State's status from headcounts (an accumulator fed from a roster file by
    /// `Ingest.read(roster:reference:into:)`, or from memory).
    ///
    /// - The regular view uses `parameters.baseFigure`; the all-funding view sets the base
    ///   figure to the number of Professional and higher staff counted.
    /// - With an entity, the Secretariat-wide system is scaled to the entity's count (base figure
    ///   and post-count minimums alike), and the result is labelled indicative.
    public static func compute(headcounts: Headcounts, reference: ReferenceData, parameters: RangeParameters,
                               selection: StaffSelection) throws(RangeError) -> Representation {
        if let entity = selection.entity, headcounts.rowsRead == headcounts.exclusions[StaffExclusion.otherEntity.rawValue] {
            throw .emptySelection("no staff in entity '\(entity)': none of the \(headcounts.rowsRead) roster rows is of it")
        }
        var p = parameters
        let counted = Double(headcounts.used)
        if selection.view == .all { p.baseFigure = Double(headcounts.wholeRoster) }
        if selection.entity != nil { p = p.scaled(toBaseFigure: counted) }
        if p.baseFigure <= 0 {
            throw .emptySelection("no staff member counted on \(selection.asOf) matches the selection (\(headcounts.rowsRead) roster rows read), so there is no base figure")
        }
        let ranges = try DesirableRanges.compute(reference: reference, parameters: p)
        return assemble(counts: headcounts.counts, accounting: headcounts.accounting, ranges: ranges, reference: reference, selection: selection)
    }

    static func assemble(counts: [MemberState: Int], accounting: RowAccounting, ranges: DesirableRanges,
                         reference: ReferenceData, selection: StaffSelection) -> Representation {
        var rows: [RepresentationRow] = []
        var withRange = 0
        for range in ranges.ranges {
            let n = counts[range.state] ?? 0
            withRange += n
            rows.append(RepresentationRow(state: range.state, name: reference.profile(of: range.state)?.name ?? range.state.rawValue,
                                          staff: n, range: range, status: range.status(forHeadcount: n)))
        }
        return Representation(selection: selection, parameters: ranges.parameters, rows: rows, accounting: accounting,
                              staffWithoutRange: accounting.used - withRange)
    }
}

extension Headcounts {
    /// Headcounts from published counts instead of a roster: every Member State's count as
    /// staff in posts subject to the system (and, for the all-funding view, as its Professional
    /// and higher staff), non-members' counts in the total but in no State's row. Each file row
    /// staff member is one row read and used.
    public init(published: PublishedCounts, selection: StaffSelection) {
        self.init(selection: selection)
        counts = published.members.filter { $0.value > 0 }
        for entry in published.nonMembers where entry.staff > 0 {
            // A non-member's code is a valid alpha-3 form; it has no range, so no row shows it.
            if let code = MemberState(rawValue: entry.code) { counts[code, default: 0] += entry.staff }
        }
        // Each staff member counted is one "row" of the accounting, so that rows read equal rows
        // used (the file's own rows are in the notes).
        used = published.memberStaff + published.nonMemberStaff
        rowsRead = used
        wholeRoster = used
    }
}
