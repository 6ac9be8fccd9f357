import FingovIngest
import FingovModel

extension CalendarDate {
    /// The same day `years` later; 29 February becomes 1 March in a year that has none (the day
    /// on which someone born on 29 February reaches an age in common law). `nil` beyond the
    /// plausible years.
    public func adding(years: Int) -> CalendarDate? {
        CalendarDate(year: year + years, month: month, day: day) ?? CalendarDate(year: year + years, month: 3, day: 1)
    }
}

/// The staff counted on a date, by nationality, and those of them who reach the retirement age
/// within the years that follow: the accumulator behind the retirement outlook.
///
/// The mandatory age of separation is 65 for all staff since 1 January 2018 (General Assembly
/// resolution 70/244). A member counted on `asOf` retires in the window when the day they reach
/// `retirementAge` falls after `asOf` and on or before `horizon`. A member whose date of birth
/// the roster does not give is counted now and never as retiring; the result says how many.
public struct RetirementTally: Sendable {
    public var headcounts: Headcounts
    public let retirementAge: Int
    public let horizon: CalendarDate
    public var retiring: [MemberState: Int] = [:]
    /// Members counted whose date of birth is unknown.
    public var withoutBirthDate = 0

    /// - Parameters:
    ///   - selection: who is counted, and on what date.
    ///   - years: the length of the window after the date.
    public init(selection: StaffSelection, years: Int, retirementAge: Int = 65) {
        headcounts = Headcounts(selection: selection)
        self.retirementAge = retirementAge
        horizon = selection.asOf.adding(years: years) ?? selection.asOf
    }

    /// Whether someone born on `birth` reaches the retirement age after the date counted and on
    /// or before the horizon.
    public func retires(born birth: CalendarDate) -> Bool {
        guard let day = birth.adding(years: retirementAge) else { return false }
        return headcounts.selection.asOf < day && day <= horizon
    }

    /// Counts one member.
    public mutating func add(_ member: StaffMember) {
        let before = headcounts.used
        headcounts.add(member)
        guard headcounts.used > before else { return }
        guard let birth = member.birthDate else { withoutBirthDate += 1; return }
        if retires(born: birth) { retiring[member.nationality, default: 0] += 1 }
    }
}

extension RetirementTally: RosterAccumulator {
    public var entity: String? { headcounts.selection.entity }

    public mutating func merge(_ other: RetirementTally) {
        headcounts.merge(other.headcounts)
        for (state, n) in other.retiring { retiring[state, default: 0] += n }
        withoutBirthDate += other.withoutBirthDate
    }

    public func makeSink(reference: ReferenceData) -> RetirementSink {
        RetirementSink(tally: self, counts: headcounts.makeSink(reference: reference), retiringByState: Array(repeating: 0, count: reference.states.count))
    }
}

/// The worker-local form: headcounts by State index, and those retiring.
public struct RetirementSink: RosterRowSink {
    var tally: RetirementTally
    var counts: HeadcountSink
    var retiringByState: [Int]

    public mutating func accept(_ row: RosterRow) {
        guard counts.countIfSelected(row) else { return }
        guard let birth = row.birthDate else { tally.withoutBirthDate += 1; return }
        if tally.retires(born: birth) { retiringByState[row.stateIndex] += 1 }
    }

    public func output(names: RosterNames) -> RetirementTally {
        var result = tally
        result.headcounts = counts.output(names: names)
        for (i, n) in retiringByState.enumerated() where n > 0 { result.retiring[names.states[i], default: 0] += n }
        return result
    }
}

/// One State's outlook: its staff now, those reaching the retirement age in the window, and its
/// status now and if they are not replaced (against the same ranges).
public struct OutlookRow: Hashable, Sendable {
    public var state: MemberState
    public var name: String
    public var staff: Int
    public var retiring: Int
    public var staffAfter: Int { staff - retiring }
    public var range: DesirableRange
    public var statusNow: RepresentationStatus
    public var statusAfter: RepresentationStatus
}

/// The retirement outlook (METHODOLOGY.md section 1): per State, the staff counted on a date who
/// reach the retirement age within N years, and each State's status if they are not replaced.
public struct RetirementOutlook: Sendable {
    public var representation: Representation
    public var rows: [OutlookRow]
    public var retirementAge: Int
    public var horizon: CalendarDate
    public var withoutBirthDate: Int

    public static func compute(tally: RetirementTally, reference: ReferenceData, parameters: RangeParameters) throws(RangeError) -> RetirementOutlook {
        let representation = try Representation.compute(headcounts: tally.headcounts, reference: reference, parameters: parameters,
                                                         selection: tally.headcounts.selection)
        let rows = representation.rows.map { row in
            let retiring = tally.retiring[row.state] ?? 0
            return OutlookRow(state: row.state, name: row.name, staff: row.staff, retiring: retiring, range: row.range, statusNow: row.status,
                              statusAfter: row.range.status(forHeadcount: row.staff - retiring))
        }
        return RetirementOutlook(representation: representation, rows: rows, retirementAge: tally.retirementAge, horizon: tally.horizon,
                                 withoutBirthDate: tally.withoutBirthDate)
    }
}
