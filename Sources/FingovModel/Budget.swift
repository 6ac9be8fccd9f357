import FingovCSV
import FingovIngest

/// A code of a ledger vocabulary (`LedgerVocabulary`): the text a ledger and the reports spell
/// it with.
public protocol LedgerCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String {
    init(rawValue: String)
}

extension LedgerCode {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A fund, as `funds.csv` of the vocabulary lists it (UNODC: `drug`, `crime`, `regular`).
public struct Fund: LedgerCode {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A funding source, as `funding_sources.csv` lists it. Four have a role in the PSC statement
/// and the full cost (METHODOLOGY.md section 2), with fixed codes that every vocabulary lists.
public struct FundingSource: LedgerCode {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The regular budget (assessed).
    public static let regularBudget: FundingSource = "RB"
    /// General-purpose funds (unearmarked voluntary).
    public static let generalPurpose: FundingSource = "GP"
    /// Special-purpose funds (earmarked voluntary): their direct expenditure earns PSC.
    public static let specialPurpose: FundingSource = "SP"
    /// Programme support cost funds: PSC spent.
    public static let programmeSupportCost: FundingSource = "PSC"
    /// The four sources with a role, which every vocabulary must list.
    public static let roles: [FundingSource] = [.regularBudget, .generalPurpose, .specialPurpose, .programmeSupportCost]
}

/// What a budget line pays for, as `categories.csv` lists it.
public struct Category: LedgerCode {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The group a category rolls up into, as `categories.csv` gives it (UNODC: the groups that the
/// working group discusses, METHODOLOGY.md section 2).
public struct CategoryGroup: LedgerCode {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Where the money is used: at headquarters or in a field office (the `office_type` of
/// `offices.csv` and of the ledger).
public enum OfficeType: String, CaseIterable, Hashable, Sendable, Codable {
    case headquarters
    case field
}

/// Whether a use is charged to programmes (direct) or recovered through support costs
/// (indirect): the `cost_type` of `categories.csv`.
public enum CostType: String, CaseIterable, Hashable, Sendable, Codable {
    case direct
    case indirect
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
    /// The office's region as the ledger's optional `region` column gives it; `nil` to take it
    /// from the vocabulary (`LedgerVocabulary.region(of:)`).
    public var region: String?
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
        self.region = region
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
    /// An optional column: the office's region, where the vocabulary's `offices.csv` does not give it.
    public static let regionColumn = "region"
    /// An optional column: `budget` or `actual` (empty, or no column, means `actual`).
    public static let basisColumn = "basis"

    /// The columns of a ledger file: the seven required ones, the optional PSC rate, region and
    /// basis, and any others (ignored, and listed in the notes).
    public static let fileColumns = Columns(required: columns, optional: [pscRateColumn, regionColumn, basisColumn], acceptsOthers: true)

    /// Reads a ledger file into memory, line by line (for small ledgers and tests: the analyses
    /// read the file into their accumulators instead, in constant memory).
    ///
    /// - Throws: `DataError` naming file, line, column and value for every bad field: a fund,
    ///   funding source or category that `vocabulary` does not list, a bad office type, period or
    ///   amount, a source its fund may not use, an office of the vocabulary with another type.
    public static func load(path: String, vocabulary: LedgerVocabulary, format: InputFormat = .automatic) throws(DataError) -> [LedgerLine] {
        // One worker, so that the lines keep their file order.
        try Ingest.read(path, columns: fileColumns, format: format, workers: 1) { LedgerRowDecoder(header: $0, vocabulary: vocabulary, sink: LineCollector()) }
    }

    /// Decodes ledger bytes already in memory (see `load(path:vocabulary:format:)`).
    public static func decode(bytes: [UInt8], file: String, vocabulary: LedgerVocabulary, format: InputFormat = .automatic) throws(DataError) -> [LedgerLine] {
        try Ingest.read(bytes: bytes, file: file, columns: fileColumns, format: format) { LedgerRowDecoder(header: $0, vocabulary: vocabulary, sink: LineCollector()) }
    }

    /// A sink that keeps every row.
    struct LineCollector: LedgerRowSink {
        var rows: [LedgerRow] = []
        mutating func accept(_ row: LedgerRow) { rows.append(row) }
        func output(names: LedgerNames) -> [LedgerLine] { rows.map(names.line) }
    }
}
