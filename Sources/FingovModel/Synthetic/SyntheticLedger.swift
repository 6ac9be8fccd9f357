import FingovCSV

/// Writes a synthetic but realistic consolidated budget of UNODC (`fingov generate ledger`).
///
/// At its default size it is one actual line per year, fund, funding source, office and category
/// used, for 2018-2021, and the 2020-2021 budget of each, at the scale of the published figures: a 2020-2021 total of USD 806,072,300.00,
/// mostly special-purpose, PSC a few per cent, about three quarters delivered in the field,
/// fourteen field offices with real names. Each year's total is exact and split to the cent
/// with the largest-remainder method. With `rows`, it repeats the same structure with random
/// amounts until it has written that many lines (for benchmarks).
public struct SyntheticLedger {
    public var seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// The years and their exact totals.
    public static let yearTotals: [(year: Int, total: Money)] = [
        (2018, Money(cents: 35_120_460_000)), (2019, Money(cents: 36_687_390_000)),
        (2020, Money(cents: 39_751_280_000)), (2021, Money(cents: 40_855_950_000)),
    ]

    public static let headquarters = "Headquarters (Vienna)"
    public static let fieldOffices: [(name: String, weight: Double)] = [
        ("Country Office Afghanistan", 9), ("Country Office Pakistan", 7), ("Country Office Colombia", 10),
        ("Country Office Nigeria", 5), ("Country Office Mexico", 4), ("Country Office Myanmar", 3),
        ("Regional Office for South Asia, New Delhi", 2), ("Regional Office for Central Asia, Tashkent", 4),
        ("Regional Office for West and Central Africa, Dakar", 5), ("Regional Office for Eastern Africa, Nairobi", 6),
        ("Regional Office for Southern Africa, Pretoria", 3), ("Regional Office for the Middle East and North Africa, Cairo", 5),
        ("Regional Office for Southeast Asia and the Pacific, Bangkok", 8),
        ("Regional Office for Central America and the Caribbean, Panama", 4),
    ]

    /// The structure: (fund, source, category, weight at headquarters, weight in the field), per
    /// cent of a year's total.
    static let structure: [(Fund, FundingSource, Category, Double, Double)] = [
        (.regularBudget, .regularBudget, .executiveDirection, 0.9, 0),
        (.regularBudget, .regularBudget, .oversight, 0.3, 0),
        (.regularBudget, .regularBudget, .programmeManagement, 1.4, 0.3),
        (.regularBudget, .regularBudget, .programmeDelivery, 2.2, 0.9),
        (.drugProgramme, .generalPurpose, .executiveDirection, 0.2, 0),
        (.drugProgramme, .generalPurpose, .programmeDelivery, 0.4, 0.1),
        (.crimeProgramme, .generalPurpose, .planning, 0.1, 0),
        (.crimeProgramme, .generalPurpose, .programmeDelivery, 0.3, 0.1),
        (.drugProgramme, .programmeSupportCost, .humanResources, 0.45, 0.1),
        (.drugProgramme, .programmeSupportCost, .financeAndBudget, 0.5, 0.25),
        (.drugProgramme, .programmeSupportCost, .informationTechnology, 0.4, 0.05),
        (.drugProgramme, .programmeSupportCost, .facilities, 0.2, 0.1),
        (.drugProgramme, .programmeSupportCost, .executiveDirection, 0.3, 0.15),
        (.drugProgramme, .programmeSupportCost, .evaluation, 0.1, 0),
        (.crimeProgramme, .programmeSupportCost, .humanResources, 0.3, 0.1),
        (.crimeProgramme, .programmeSupportCost, .financeAndBudget, 0.45, 0.3),
        (.crimeProgramme, .programmeSupportCost, .informationTechnology, 0.3, 0.05),
        (.crimeProgramme, .programmeSupportCost, .oversight, 0.1, 0),
        (.crimeProgramme, .programmeSupportCost, .programmeManagement, 0.1, 0.25),
        (.drugProgramme, .specialPurpose, .planning, 0.25, 0.3),
        (.drugProgramme, .specialPurpose, .resourceMobilization, 0.15, 0.1),
        (.drugProgramme, .specialPurpose, .monitoring, 0.2, 0.6),
        (.drugProgramme, .specialPurpose, .evaluation, 0.15, 0.15),
        (.drugProgramme, .specialPurpose, .programmeManagement, 0.8, 2.5),
        (.drugProgramme, .specialPurpose, .programmeDelivery, 3.2, 26),
        (.crimeProgramme, .specialPurpose, .planning, 0.3, 0.5),
        (.crimeProgramme, .specialPurpose, .resourceMobilization, 0.2, 0.15),
        (.crimeProgramme, .specialPurpose, .monitoring, 0.3, 0.9),
        (.crimeProgramme, .specialPurpose, .evaluation, 0.2, 0.2),
        (.crimeProgramme, .specialPurpose, .programmeManagement, 1.2, 3.8),
        (.crimeProgramme, .specialPurpose, .programmeDelivery, 5.5, 38),
    ]

    struct LineKey {
        var year: Int
        var fund: Fund, source: FundingSource, category: Category
        var office: String, officeType: OfficeType
    }

    /// The biennium whose budget the default ledger holds beside its actuals.
    public static let budgetBiennium = Period(firstYear: 2020, lastYear: 2021)!

    /// The columns of the default ledger: the required ones with `basis` before the amount (so
    /// that the amount stays last, as the decoder's fast path likes).
    public static var columns: [String] { Array(Ledger.columns.dropLast()) + [Ledger.basisColumn, "amount_usd"] }

    /// The default ledger, as CSV bytes: one actual line per year and structure cell, then one
    /// budget line per structure cell of `budgetBiennium`.
    ///
    /// The actuals are those of the seed (the year totals exact). Each budget line is the
    /// biennium's actual divided by an implementation rate drawn between 72 and 98 per cent (from
    /// a second random stream, so that the actuals do not change), rounded to 100 dollars.
    public func csv() -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        let officeWeights = Self.fieldOffices.map(\.weight)
        let officeTotal = officeWeights.reduce(0, +)
        var writer = CSVWriter()
        writer.writeHeader(Self.columns)
        var budgetKeys: [LineKey] = [], budgetActuals: [Int] = []
        var budgetIndex: [String: Int] = [:]
        for (year, total) in Self.yearTotals {
            var keys: [LineKey] = [], weights: [Double] = []
            for (fund, source, category, hq, field) in Self.structure {
                if hq > 0 {
                    keys.append(LineKey(year: year, fund: fund, source: source, category: category, office: Self.headquarters, officeType: .headquarters))
                    weights.append(hq * (0.85 + 0.3 * rng.uniform()))
                }
                guard field > 0 else { continue }
                for (office, weight) in Self.fieldOffices {
                    // Not every office has every kind of line.
                    if field < 1 && rng.uniform() < 0.35 { continue }
                    keys.append(LineKey(year: year, fund: fund, source: source, category: category, office: office, officeType: .field))
                    weights.append(field * weight / officeTotal * (0.7 + 0.6 * rng.uniform()))
                }
            }
            for (key, amount) in zip(keys, total.apportioned(by: weights)) {
                write(key, amount, &writer)
                guard Self.budgetBiennium.contains(year) else { continue }
                let id = "\(key.fund.rawValue)|\(key.source.rawValue)|\(key.category.rawValue)|\(key.office)"
                if let i = budgetIndex[id] { budgetActuals[i] += amount.cents } else {
                    budgetIndex[id] = budgetKeys.count
                    budgetKeys.append(key)
                    budgetActuals.append(amount.cents)
                }
            }
        }
        var budgetRNG = SeededRandom(seed: seed ^ 0xB0D6_E7B0_D6E7)
        for (key, actual) in zip(budgetKeys, budgetActuals) {
            let rate = 0.72 + 0.26 * budgetRNG.uniform()
            let budget = Money(cents: Int((Double(actual) / rate / 10_000).rounded()) * 10_000)
            let line = LedgerLine(period: Self.budgetBiennium, fund: key.fund, fundingSource: key.source, office: key.office,
                                  officeType: key.officeType, category: key.category, amount: budget, basis: .budget)
            writer.writeRow(Self.cellsWithBasis(line))
        }
        return writer.bytes
    }

    /// The cells of `line` in the order of `columns`.
    static func cellsWithBasis(_ line: LedgerLine) -> [CSVCell] {
        var cells = line.csvCells
        cells.insert(.text(line.basis.rawValue), at: cells.count - 1)
        return cells
    }

    /// A ledger of `rows` lines with the default data's vocabularies and random amounts, as CSV
    /// bytes, for benchmarks and property tests (see `writeRandom(rows:flush:)`).
    public func csv(rows: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        writeRandom(rows: rows) { bytes += $0 }
        return bytes
    }

    /// Writes a random ledger of `rows` lines in parts of about 4 MiB through `flush`, so that
    /// memory does not grow with the file. About one office name in 200 holds quotes and one in
    /// 1,000 a line break, besides the regional offices whose names hold a comma.
    ///
    /// With `description`, each line also has a `description` column before the amount (a
    /// transaction ledger): a document number and free text, distinct on every line, about one
    /// in eight quoted with a comma inside and one in fifty with doubled quotes too. The
    /// descriptions come from a second random stream, so the other fields are those of the same
    /// seed without descriptions, line for line.
    public func writeRandom(rows: Int, description: Bool = false, flush: ([UInt8]) throws -> Void) rethrows {
        var writer = CSVWriter()
        writer.writeHeader(description ? Self.transactionColumns : Ledger.columns)
        var texts = SeededRandom(seed: seed ^ 0x0DE5_C819_7710_4E55)
        var number = 0
        try forEachRandomLine(rows: rows) { line in
            var cells = line.csvCells
            if description {
                number += 1
                cells.insert(.text(Self.description(number: number, year: line.period.firstYear, &texts)), at: cells.count - 1)
            }
            writer.writeRow(cells)
            if writer.bytes.count >= 4 << 20 { try flush(writer.takeBytes()) }
        }
        try flush(writer.takeBytes())
    }

    /// The columns of a transaction ledger: the required ones with `description` before the amount.
    public static var transactionColumns: [String] { Array(Ledger.columns.dropLast()) + [descriptionColumn, "amount_usd"] }

    /// The column of free text in a transaction ledger, which the decoders ignore.
    public static let descriptionColumn = "description"

    static let descriptionVerbs = ["Payment to", "Obligation for", "Travel of staff to", "Purchase order with", "Grant to",
                                   "Reimbursement from", "Contract with", "Workshop in", "Consultancy for", "Transfer to"]
    static let descriptionObjects = ["UNDP", "a local vendor", "Vienna", "the implementing partner", "Nairobi", "IT equipment",
                                     "a translation service", "Bangkok", "the field office", "a national NGO", "Bogota", "security services"]

    /// The description of line `number` (one-based): a document number, which makes it
    /// distinct, and free text; some with a comma (quoted when written) or a quote (doubled).
    static func description(number: Int, year: Int, _ rng: inout SeededRandom) -> String {
        let kind = ["OBL", "PO", "INV", "JV", "TA"][rng.below(5)]
        let verb = descriptionVerbs[rng.below(descriptionVerbs.count)]
        let object = descriptionObjects[rng.below(descriptionObjects.count)]
        var text = "\(kind)-\(year)-\(number) \(verb) \(object)"
        let odd = rng.below(50)
        if odd < 6 { text += ", instalment \(1 + rng.below(12)) of 12" } else if odd == 6 { text += " (\"phase \(1 + rng.below(4))\", revised)" }
        return text
    }

    /// The random lines `writeRandom` writes, in order.
    public func forEachRandomLine(rows: Int, _ body: (LedgerLine) throws -> Void) rethrows {
        var rng = SeededRandom(seed: seed)
        let offices = [(Self.headquarters, OfficeType.headquarters)] + Self.fieldOffices.map { ($0.name, OfficeType.field) }
        for _ in 0..<rows {
            let (fund, source, category, _, _) = Self.structure[rng.below(Self.structure.count)]
            var (office, type) = offices[rng.below(offices.count)]
            let odd = rng.below(1000)
            if odd < 5 { (office, type) = ("Programme Office \"Sahel\", Niamey", .field) } else if odd == 5 { (office, type) = ("Liaison Office\nBrussels", .field) }
            let year = Self.yearTotals[rng.below(Self.yearTotals.count)].year
            let amount = Money(cents: rng.below(50_000_000) - (rng.below(50) == 0 ? 25_000_000 : 0))
            try body(LedgerLine(period: Period(year: year)!, fund: fund, fundingSource: source, office: office, officeType: type,
                                category: category, amount: amount))
        }
    }

    private func write(_ key: LineKey, _ amount: Money, _ writer: inout CSVWriter) {
        writer.writeRow(Self.cellsWithBasis(LedgerLine(period: Period(year: key.year)!, fund: key.fund, fundingSource: key.source, office: key.office,
                                                       officeType: key.officeType, category: key.category, amount: amount)))
    }
}

/// The example support-cost allocation: central services serving each other and the programmes.
public enum SyntheticSupportCosts {
    public static func costsCSV() -> [UInt8] {
        var writer = CSVWriter()
        writer.writeHeader(SupportCostFiles.costColumns)
        let rows: [(String, UnitKind, String)] = [
            ("Human Resources", .support, "4820000.00"), ("Finance and Budget", .support, "6135000.00"),
            ("Information Technology", .support, "5270500.00"), ("Facilities", .support, "3310250.00"),
            ("Drug Programme", .operating, "245300000.00"), ("Crime Programme", .operating, "388760000.00"),
            ("Terrorism Prevention", .operating, "27450000.00"), ("Research and Trend Analysis", .operating, "18900000.00"),
        ]
        for (unit, kind, cost) in rows { writer.writeRow([.text(unit), .text(kind.rawValue), .number(cost)]) }
        return writer.bytes
    }

    public static func sharesCSV() -> [UInt8] {
        var writer = CSVWriter()
        writer.writeHeader(SupportCostFiles.shareColumns)
        let rows: [(String, String, String)] = [
            ("Human Resources", "Finance and Budget", "0.08"), ("Human Resources", "Information Technology", "0.06"),
            ("Human Resources", "Facilities", "0.04"), ("Human Resources", "Drug Programme", "0.32"),
            ("Human Resources", "Crime Programme", "0.40"), ("Human Resources", "Terrorism Prevention", "0.06"),
            ("Human Resources", "Research and Trend Analysis", "0.04"),
            ("Finance and Budget", "Human Resources", "0.05"), ("Finance and Budget", "Information Technology", "0.05"),
            ("Finance and Budget", "Drug Programme", "0.35"), ("Finance and Budget", "Crime Programme", "0.45"),
            ("Finance and Budget", "Terrorism Prevention", "0.06"), ("Finance and Budget", "Research and Trend Analysis", "0.04"),
            ("Information Technology", "Human Resources", "0.10"), ("Information Technology", "Finance and Budget", "0.15"),
            ("Information Technology", "Facilities", "0.05"), ("Information Technology", "Drug Programme", "0.25"),
            ("Information Technology", "Crime Programme", "0.30"), ("Information Technology", "Terrorism Prevention", "0.05"),
            ("Information Technology", "Research and Trend Analysis", "0.10"),
            ("Facilities", "Human Resources", "0.06"), ("Facilities", "Finance and Budget", "0.08"),
            ("Facilities", "Information Technology", "0.10"), ("Facilities", "Drug Programme", "0.30"),
            ("Facilities", "Crime Programme", "0.36"), ("Facilities", "Terrorism Prevention", "0.05"),
            ("Facilities", "Research and Trend Analysis", "0.05"),
        ]
        for (p, r, s) in rows { writer.writeRow([.text(p), .text(r), .number(s)]) }
        return writer.bytes
    }
}
