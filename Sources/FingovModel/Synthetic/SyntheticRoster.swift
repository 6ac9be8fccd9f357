import FingovCSV

/// Writes a synthetic but realistic roster of the UN Secretariat (`fingov generate staff`).
///
/// Shape, for the default 40,000 rows: about 12,000 Professional and higher staff serving at the
/// end of 2025, about 3,000 of them in posts subject to geographical distribution, a larger
/// General Service population, National Officers and Field Service; a grade pyramid and women's
/// shares near the UN's published ones (about 45 per cent of Professional staff); appointments
/// from 2000 and separations up to 2025. Nationalities of geographical staff follow each State's
/// desirable midpoint times a drawn factor, so some States are unrepresented, some under-, some
/// overrepresented. Nothing here describes real people.
public struct SyntheticRoster {
    /// The weight of each State for geographical posts (its midpoint under the official system).
    public var stateWeights: [(state: MemberState, weight: Double)]
    public var seed: UInt64
    /// Make some fields need quoting: duty stations with commas, entities with quotes, and a
    /// few duty stations with a line break inside quotes (for parser benchmarks and tests).
    public var hostileText: Bool

    public init(stateWeights: [(state: MemberState, weight: Double)], seed: UInt64, hostileText: Bool = false) {
        self.stateWeights = stateWeights
        self.seed = seed
        self.hostileText = hostileText
    }

    static let entities: [(name: String, stations: [String], weight: Double)] = [
        ("UNODC", ["Vienna", "Vienna", "Vienna", "Kabul", "Bogotá", "Islamabad", "Nairobi", "Bangkok"], 6),
        ("UNOV", ["Vienna"], 2), ("DESA", ["New York"], 4), ("DGACM", ["New York", "New York", "Geneva"], 6),
        ("DMSPC", ["New York"], 5), ("DOS", ["New York", "Entebbe", "Brindisi"], 6), ("DPPA", ["New York", "Nairobi"], 3),
        ("DPO", ["New York"], 3), ("OCHA", ["New York", "Geneva", "Amman", "Dakar"], 6), ("OHCHR", ["Geneva", "Geneva", "Bangkok"], 5),
        ("UNOG", ["Geneva"], 4), ("UNON", ["Nairobi"], 3), ("UNEP", ["Nairobi", "Nairobi", "Geneva"], 4),
        ("UN-Habitat", ["Nairobi"], 2), ("UNCTAD", ["Geneva"], 3), ("ECA", ["Addis Ababa"], 4), ("ECLAC", ["Santiago"], 3),
        ("ESCAP", ["Bangkok"], 3), ("ESCWA", ["Beirut"], 2), ("ECE", ["Geneva"], 2), ("OIOS", ["New York", "Nairobi"], 1),
        ("OLA", ["New York"], 1), ("OICT", ["New York", "Valencia"], 2), ("DGC", ["New York"], 2), ("UNOCT", ["New York"], 1),
    ]
    static let countryOf: [String: String] = [
        "Vienna": "AUT", "Kabul": "AFG", "Bogotá": "COL", "Islamabad": "PAK", "Nairobi": "KEN", "Bangkok": "THA",
        "New York": "USA", "Geneva": "CHE", "Entebbe": "UGA", "Brindisi": "ITA", "Amman": "JOR", "Dakar": "SEN",
        "Addis Ababa": "ETH", "Santiago": "CHL", "Beirut": "LBN", "Valencia": "ESP",
    ]
    static let countryName: [String: String] = [
        "AUT": "Austria", "AFG": "Afghanistan", "COL": "Colombia", "PAK": "Pakistan", "KEN": "Kenya", "THA": "Thailand",
        "USA": "United States", "CHE": "Switzerland", "UGA": "Uganda", "ITA": "Italy", "JOR": "Jordan", "SEN": "Senegal",
        "ETH": "Ethiopia", "CHL": "Chile", "LBN": "Lebanon", "ESP": "Spain",
    ]
    // Professional and higher grades with their share and women's share (per cent).
    static let professionalGrades: [(Grade, Double, Double)] = [
        (.underSecretaryGeneral, 0.6, 50), (.assistantSecretaryGeneral, 0.8, 46), (.d2, 2, 40), (.d1, 6, 41),
        (.p5, 17, 41), (.p4, 30, 44), (.p3, 30, 47), (.p2, 12, 57), (.p1, 0.6, 60),
    ]
    static let otherGrades: [(Grade, Double, Double)] = [
        (.noE, 0.2, 40), (.noD, 0.8, 42), (.noC, 1.5, 45), (.noB, 1.5, 48), (.noA, 0.8, 50),
        (.g7, 4, 55), (.g6, 12, 58), (.g5, 14, 60), (.g4, 13, 55), (.g3, 5, 45), (.g2, 1.5, 40), (.g1, 0.3, 35),
        (.fs7, 0.3, 25), (.fs6, 1.2, 30), (.fs5, 2, 32), (.fs4, 1.5, 35), (.fs3, 0.5, 38), (.fs2, 0.1, 40), (.fs1, 0.05, 40),
    ]

    /// The roster as CSV bytes (header included), `count` rows.
    public func csv(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        write(count: count) { bytes += $0 }
        return bytes
    }

    /// Writes the roster in parts of about 4 MiB through `flush`, so that memory does not grow
    /// with the file.
    public func write(count: Int, flush: ([UInt8]) throws -> Void) rethrows {
        var writer = CSVWriter()
        writer.writeHeader(Roster.columns + Roster.optionalColumns)
        try forEachMember(count: count) { member in
            writer.writeRow(member.csvCells)
            if writer.bytes.count >= 4 << 20 { try flush(writer.takeBytes()) }
        }
        try flush(writer.takeBytes())
    }

    /// The members `write` writes, in order.
    public func forEachMember(count: Int, _ body: (StaffMember) throws -> Void) rethrows {
        var rng = SeededRandom(seed: seed)
        // Dates of birth come from a stream of their own, so that every other column is the
        // same as before they were added.
        var birthRNG = SeededRandom(seed: seed ^ 0xB127_4DA7_E5C0_0D1E)
        // Each State's factor: a tenth get none (unrepresented), a fifth a little, most about
        // their midpoint, a fifth well above it.
        var geoWeights: [Double] = [], underTargetWeights: [Double] = []
        let states = stateWeights.map(\.state)
        for (_, weight) in stateWeights {
            let u = rng.uniform()
            let factor: Double
            if weight > 40 {
                // Large contributors sit near their range, a few somewhat below or above it.
                factor = 0.75 + 0.55 * u
            } else {
                factor = u < 0.11 ? 0 : u < 0.30 ? 0.35 : u < 0.82 ? 0.85 + 0.4 * rng.uniform() : 1.5 + 0.6 * rng.uniform()
            }
            geoWeights.append(weight * factor)
            underTargetWeights.append(factor > 0 && factor < 0.5 ? weight : 0)
        }
        let geoCumulative = rng.cumulative(geoWeights)
        let underCumulative = rng.cumulative(underTargetWeights)
        let broadCumulative = rng.cumulative(stateWeights.map { $0.weight })
        let entityCumulative = rng.cumulative(Self.entities.map(\.weight))
        let proCumulative = rng.cumulative(Self.professionalGrades.map(\.1))
        let otherCumulative = rng.cumulative(Self.otherGrades.map(\.1))
        let stateIndex = Dictionary(uniqueKeysWithValues: states.enumerated().map { ($1.rawValue, $0) })

        for i in 0..<count {
            // Appointment between 2000 and 2025, more of them recent; about a third have left.
            let year = 2000 + min(25, Int((rng.uniform().squareRoot()) * 26))
            let appointed = date(year: year, &rng)
            var separated: CalendarDate? = nil
            if rng.uniform() < 0.30 {
                let leaveYear = min(2025, year + 1 + rng.below(12))
                let candidate = date(year: leaveYear, &rng)
                if candidate > appointed { separated = candidate }
            }
            let entity = Self.entities[rng.pickIndex(cumulative: entityCumulative)]
            let station = entity.stations[rng.below(entity.stations.count)]
            let professional = rng.uniform() < 0.42
            let gradeRow = professional ? Self.professionalGrades[rng.pickIndex(cumulative: proCumulative)]
                                        : Self.otherGrades[rng.pickIndex(cumulative: otherCumulative)]
            let grade = gradeRow.0
            let funding: PostFunding
            var languagePost = false
            var nationality: MemberState
            if professional {
                let f = rng.uniform()
                funding = f < 0.28 ? .regularBudget : f < 0.30 ? .generalPurpose : f < 0.66 ? .specialPurpose : f < 0.74 ? .programmeSupportCost : .otherAssessed
                languagePost = funding == .regularBudget && (entity.name == "DGACM" ? rng.uniform() < 0.5 : rng.uniform() < 0.02)
                if funding == .regularBudget && !languagePost {
                    // Appointments in 2025 lean towards under-represented States, as the 50 per cent
                    // target asks; earlier ones follow the drawn factors.
                    let leanToTarget = year >= 2025 && rng.uniform() < 0.45
                    nationality = states[rng.pickIndex(cumulative: leanToTarget ? underCumulative : geoCumulative)]
                } else {
                    nationality = states[rng.pickIndex(cumulative: broadCumulative)]
                }
            } else {
                let f = rng.uniform()
                funding = f < 0.45 ? .regularBudget : f < 0.50 ? .generalPurpose : f < 0.75 ? .specialPurpose : f < 0.85 ? .programmeSupportCost : .otherAssessed
                // Locally recruited: mostly nationals of the duty station's country.
                let local = Self.countryOf[station].flatMap { stateIndex[$0] }
                if grade.category != .fieldService, let local, rng.uniform() < 0.85 {
                    nationality = states[local]
                } else {
                    nationality = states[rng.pickIndex(cumulative: broadCumulative)]
                }
            }
            let g = rng.uniform() * 100
            let gender: Gender = g < 0.5 ? .notRecorded : g < 0.5 + gradeRow.2 * 0.995 ? .female : .male
            var stationText = station
            var entityText = entity.name
            if hostileText {
                let country = Self.countryName[Self.countryOf[station] ?? ""] ?? "Unknown"
                stationText = station + ", " + country
                if i % 97 == 0 { entityText = entity.name + " \"field\" unit" }
                if i % 1009 == 0 { stationText = station + "\n(" + country + ")" }
            }
            try body(StaffMember(id: format6(i + 1), nationality: nationality, gender: gender, grade: grade, postFunding: funding,
                                 isLanguagePost: languagePost, dutyStation: stationText, entity: entityText,
                                 appointmentDate: appointed, separationDate: separated,
                                 birthDate: birthDate(appointed: appointed, lastDay: separated ?? Self.lastRosterDay, &birthRNG)))
        }
    }

    /// The last day the roster describes (nobody separates after it).
    static let lastRosterDay = CalendarDate(year: 2025, month: 12, day: 31)!

    /// A date of birth that makes the person 22 to 50 at appointment (never under 20) and at
    /// most 64 on `lastDay` (the last day of service, or the roster's last day), so that ages
    /// on any date of service fall between 22 and 64.
    private func birthDate(appointed: CalendarDate, lastDay: CalendarDate, _ rng: inout SeededRandom) -> CalendarDate {
        let yearsServed = lastDay.year - appointed.year
        let oldest = max(22, min(50, 63 - yearsServed)) // 63 whole years at appointment's year, so at most 64 on lastDay
        let age = 22 + rng.below(oldest - 22 + 1)
        // Born in appointed.year - age - 1, after the appointment's month and day, or in
        // appointed.year - age up to them: either way `age` whole years old at appointment.
        let year = appointed.year - age - 1
        let month = 1 + rng.below(12)
        let day = 1 + rng.below(CalendarDate.daysIn(month: month, year: year))
        let born = CalendarDate(year: year, month: month, day: day)!
        let birthdayInYear = (month, day) > (appointed.month, appointed.day)
        return birthdayInYear ? born : CalendarDate(year: year + 1, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year + 1)))!
    }

    private func date(year: Int, _ rng: inout SeededRandom) -> CalendarDate {
        let month = 1 + rng.below(12)
        return CalendarDate(year: year, month: month, day: 1 + rng.below(CalendarDate.daysIn(month: month, year: year)))!
    }

    private func format6(_ n: Int) -> String {
        let s = String(n)
        return "S" + String(repeating: "0", count: max(0, 6 - s.count)) + s
    }
}
