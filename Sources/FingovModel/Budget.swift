import FingovCSV
import FingovIngest

/// The funds of UNODC's consolidated budget.
public enum Fund: String, CaseIterable, Hashable, Sendable, Codable {
    /// The Fund of the United Nations International Drug Control Programme.
    case drugProgramme = "drug"
    /// The United Nations Crime Prevention and Criminal Justice Fund.
    case crimeProgramme = "crime"
    /// The regular budget of the United Nations.
    case regularBudget = "regular"

    /// The fund's full name.
    public var title: String {
        switch self {
        case .drugProgramme: return "Fund of the UN International Drug Control Programme"
        case .crimeProgramme: return "UN Crime Prevention and Criminal Justice Fund"
        case .regularBudget: return "Regular budget"
        }
    }
}

/// The funding sources of the consolidated budget.
public enum FundingSource: String, CaseIterable, Hashable, Sendable, Codable {
    /// The regular budget (assessed).
    case regularBudget = "RB"
    /// General-purpose funds (unearmarked voluntary).
    case generalPurpose = "GP"
    /// Special-purpose funds (earmarked voluntary).
    case specialPurpose = "SP"
    /// Programme support cost funds.
    case programmeSupportCost = "PSC"
}

/// Where the money is used: at headquarters (Vienna) or in a field office.
public enum OfficeType: String, CaseIterable, Hashable, Sendable, Codable {
    case headquarters
    case field
}

/// Whether a use is charged to programmes (direct) or recovered through support costs (indirect).
public enum CostType: String, CaseIterable, Hashable, Sendable, Codable {
    case direct
    case indirect
}

/// The groups of uses that the working group discusses (METHODOLOGY.md section 2).
public enum CategoryGroup: String, CaseIterable, Hashable, Sendable, Codable {
    case centralAdministration = "central-administration"
    case executiveDirection = "executive-direction-and-management"
    case oversight
    case programmeServices = "programme-services"
    case programmeDelivery = "programme-delivery"
}

/// What a budget line pays for.
public enum Category: String, CaseIterable, Hashable, Sendable, Codable {
    case humanResources = "human-resources"
    case financeAndBudget = "finance-and-budget"
    case informationTechnology = "information-technology"
    case facilities
    case executiveDirection = "executive-direction"
    case oversight
    case planning
    case resourceMobilization = "resource-mobilization"
    case monitoring
    case evaluation
    case programmeManagement = "programme-management"
    case programmeDelivery = "programme-delivery"

    /// The group the category rolls up into.
    public var group: CategoryGroup {
        switch self {
        case .humanResources, .financeAndBudget, .informationTechnology, .facilities: return .centralAdministration
        case .executiveDirection: return .executiveDirection
        case .oversight: return .oversight
        case .planning, .resourceMobilization, .monitoring, .evaluation, .programmeManagement: return .programmeServices
        case .programmeDelivery: return .programmeDelivery
        }
    }

    /// Central administration, executive direction and oversight are indirect costs; programme
    /// services are direct costs charged to programmes under full cost recovery.
    public var costType: CostType {
        switch group {
        case .centralAdministration, .executiveDirection, .oversight: return .indirect
        case .programmeServices, .programmeDelivery: return .direct
        }
    }
}

/// Whether a ledger line is a budget (an approved or projected amount) or an actual (expenditure).
public enum Basis: String, CaseIterable, Hashable, Sendable, Codable {
    case budget
    case actual
}

/// One line of a budget or expenditure ledger.
public struct LedgerLine: Hashable, Sendable, Codable {
    public var period: Period
    public var fund: Fund
    public var fundingSource: FundingSource
    /// The office's name: `Headquarters (Vienna)` or a field office such as `Country Office Pakistan`.
    public var office: String
    public var officeType: OfficeType
    /// The office's region: from the ledger's optional `region` column, else from
    /// `OfficeRegions` for UNODC's offices (`Headquarters` for headquarters, `unassigned` for a
    /// field office it does not know).
    public var region: String
    public var category: Category
    public var amount: Money
    /// The PSC rate agreed for this line, in basis points (1300 = 13 per cent), when the ledger
    /// gives one; otherwise the standard rate applies.
    public var pscRateBasisPoints: Int?
    /// Budget or actual (a ledger without a `basis` column holds actuals).
    public var basis: Basis

    public init(period: Period, fund: Fund, fundingSource: FundingSource, office: String, officeType: OfficeType,
                category: Category, amount: Money, pscRateBasisPoints: Int? = nil, region: String? = nil, basis: Basis = .actual) {
        self.basis = basis
        self.region = region ?? OfficeRegions.region(of: office, type: officeType)
        self.period = period
        self.fund = fund
        self.fundingSource = fundingSource
        self.office = office
        self.officeType = officeType
        self.category = category
        self.amount = amount
        self.pscRateBasisPoints = pscRateBasisPoints
    }
}

extension LedgerLine {
    /// The line as the cells of a ledger row (the seven required columns).
    public var csvCells: [CSVCell] {
        [.text(period.rawValue), .text(fund.rawValue), .text(fundingSource.rawValue), .text(office),
         .text(officeType.rawValue), .text(category.rawValue), .number(amount.dollarsText)]
    }
}

/// A ledger file and how to read it.
public enum Ledger {
    /// The required columns, in order.
    public static let columns = ["period", "fund", "funding_source", "office", "office_type", "category", "amount_usd"]
    /// An optional column: a per-line PSC rate in per cent (`13`, `7`, `8.5`).
    public static let pscRateColumn = "psc_rate_percent"
    /// An optional column: the office's region, where `OfficeRegions` does not know the office.
    public static let regionColumn = "region"
    /// An optional column: `budget` or `actual` (empty, or no column, means `actual`).
    public static let basisColumn = "basis"

    /// The columns of a ledger file: the seven required ones, the optional PSC rate, region and
    /// basis, and any others (ignored, and listed in the notes).
    public static let fileColumns = Columns(required: columns, optional: [pscRateColumn, regionColumn, basisColumn], acceptsOthers: true)

    /// Reads a ledger file into memory, line by line (for small ledgers and tests: the analyses
    /// read the file into their accumulators instead, in constant memory).
    ///
    /// - Throws: `DataError` naming file, line, column and value for every bad field: an unknown
    ///   fund, funding source, office type or category, a bad period or amount, a regular-budget
    ///   fund with a voluntary source (or the reverse).
    public static func load(path: String, format: InputFormat = .automatic) throws(DataError) -> [LedgerLine] {
        // One worker, so that the lines keep their file order.
        try Ingest.read(path, columns: fileColumns, format: format, workers: 1) { LedgerRowDecoder(header: $0, sink: LineCollector()) }
    }

    /// Decodes ledger bytes already in memory (see `load(path:)`).
    public static func decode(bytes: [UInt8], file: String, format: InputFormat = .automatic) throws(DataError) -> [LedgerLine] {
        try Ingest.read(bytes: bytes, file: file, columns: fileColumns, format: format) { LedgerRowDecoder(header: $0, sink: LineCollector()) }
    }

    /// A sink that keeps every row.
    struct LineCollector: LedgerRowSink {
        var rows: [LedgerRow] = []
        mutating func accept(_ row: LedgerRow) { rows.append(row) }
        func output(names: LedgerNames) -> [LedgerLine] { rows.map(names.line) }
    }
}

/// The regions of UNODC's offices, for summaries by region.
public enum OfficeRegions {
    /// The region of each known field office.
    public static let known: [String: String] = [
        "Country Office Afghanistan": "South Asia", "Country Office Pakistan": "South Asia",
        "Regional Office for South Asia, New Delhi": "South Asia",
        "Regional Office for Central Asia, Tashkent": "Central Asia",
        "Country Office Colombia": "Latin America and the Caribbean", "Country Office Mexico": "Latin America and the Caribbean",
        "Regional Office for Central America and the Caribbean, Panama": "Latin America and the Caribbean",
        "Country Office Nigeria": "West and Central Africa", "Regional Office for West and Central Africa, Dakar": "West and Central Africa",
        "Regional Office for Eastern Africa, Nairobi": "Eastern and Southern Africa",
        "Regional Office for Southern Africa, Pretoria": "Eastern and Southern Africa",
        "Regional Office for the Middle East and North Africa, Cairo": "Middle East and North Africa",
        "Country Office Myanmar": "Southeast Asia and the Pacific", "Regional Office for Southeast Asia and the Pacific, Bangkok": "Southeast Asia and the Pacific",
    ]

    /// `Headquarters` for headquarters; the known region of a field office; else `unassigned`.
    public static func region(of office: String, type: OfficeType) -> String {
        type == .headquarters ? "Headquarters" : known[office] ?? "unassigned"
    }
}
