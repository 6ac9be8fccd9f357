import FingovCSV
import FingovIngest

/// The lists a ledger's codes come from, read from a folder of four CSV files (by default
/// `data/vocabulary/`, UNODC's): the funds and the sources each may use, the funding sources,
/// the categories of use with their group and cost type, and the offices with their type and
/// region.
///
/// Every domain rule that depends on a code takes it from here: the funds with a PSC account
/// are those whose `funding_sources` include `PSC`; the direct-cost categories are those of
/// `cost_type` `direct`; an office is at headquarters or in the field by its `office_type`. The
/// four roles of the funding sources (METHODOLOGY.md section 2: `RB` regular budget, `GP`
/// general-purpose, `SP` special-purpose, which earns PSC, and `PSC`, which spends it) keep
/// their fixed codes, and every vocabulary must list them.
///
/// Offices stay open: a ledger may name an office that `offices.csv` does not list (its region
/// is then `unassigned` unless the ledger's `region` column gives one); an office it lists must
/// have the type it lists.
public struct LedgerVocabulary: Sendable, Hashable {
    /// A fund, its name and the funding sources it may use.
    public struct FundEntry: Hashable, Sendable {
        public var fund: Fund
        public var name: String
        public var sources: [FundingSource]
    }

    /// A funding source and its name.
    public struct SourceEntry: Hashable, Sendable {
        public var fundingSource: FundingSource
        public var name: String
    }

    /// A category of use, the group it rolls up into and its cost type.
    public struct CategoryEntry: Hashable, Sendable {
        public var category: Category
        public var group: CategoryGroup
        public var costType: CostType
    }

    /// An office, its type and its region.
    public struct OfficeEntry: Hashable, Sendable {
        public var office: String
        public var officeType: OfficeType
        public var region: String
    }

    /// The folder's file names.
    public static let fundsFile = "funds.csv", fundingSourcesFile = "funding_sources.csv", categoriesFile = "categories.csv", officesFile = "offices.csv"
    /// The folder inside a data folder that holds the vocabulary.
    public static let folderName = "vocabulary"
    /// The region of an office the vocabulary does not list (and the ledger gives none for).
    public static let unassignedRegion = "unassigned"
    /// The most funds x sources x categories a vocabulary may have (they are packed into a
    /// ledger cell's key).
    public static let combinationLimit = 1 << 20

    /// The folder the files were read from, for messages.
    public let folder: String
    /// In file order: the order of reports.
    public let funds: [FundEntry]
    public let fundingSources: [SourceEntry]
    public let categories: [CategoryEntry]
    public let offices: [OfficeEntry]
    /// The category groups in the order they first appear in `categories.csv`.
    public let groups: [CategoryGroup]

    // Lookups by code, and the rules as indices.
    let fundIndex: [Fund: Int]
    let sourceIndex: [FundingSource: Int]
    let categoryIndex: [Category: Int]
    let groupIndex: [CategoryGroup: Int]
    let officeIndex: [String: Int]
    /// Per fund: bit `s` set when the fund may use source `s`.
    let allowedSources: [UInt64]
    /// The index of the sources with a role.
    public let regularBudgetSource: Int, generalPurposeSource: Int, specialPurposeSource: Int, pscSource: Int
    /// Per category: whether it is a direct cost.
    public let isDirect: [Bool]
    /// The indices of the funds with a PSC account (those that may use `SP`, which earns PSC, or
    /// `PSC`, which spends it), in order.
    public let pscFundIndices: [Int]
    /// The regions of the headquarters offices (listed first in region order).
    let headquartersRegions: Set<String>

    /// The path of one of the folder's files, for messages.
    public func path(_ file: String) -> String { folder.isEmpty ? file : folder + "/" + file }

    /// Reads the four files of `folder`.
    ///
    /// - Throws: `DataError` naming file, line and column for every problem: a missing file or
    ///   column, an empty or duplicate code (codes are compared ignoring case, as ledgers are
    ///   matched), a fund naming a source `funding_sources.csv` does not list, a `cost_type` other
    ///   than direct or indirect, an `office_type` other than headquarters or field, a missing
    ///   role source (RB, GP, SP, PSC).
    public static func load(folder: String) throws(DataError) -> LedgerVocabulary {
        func bytes(_ file: String) throws(DataError) -> [UInt8] { try readFileBytes(folder + "/" + file) }
        return try decode(folder: folder, funds: bytes(fundsFile), fundingSources: bytes(fundingSourcesFile),
                          categories: bytes(categoriesFile), offices: bytes(officesFile))
    }

    /// Decodes the four files' bytes (see `load(folder:)`); `folder` names them in messages.
    public static func decode(folder: String, funds fundsBytes: [UInt8], fundingSources sourcesBytes: [UInt8],
                              categories categoriesBytes: [UInt8], offices officesBytes: [UInt8]) throws(DataError) -> LedgerVocabulary {
        func path(_ file: String) -> String { folder.isEmpty ? file : folder + "/" + file }
        var problems: [CSVError] = []
        func collect<T>(_ body: () throws(DataError) -> [T]) -> [T] {
            do { return try body() } catch {
                problems += error.problems
                return []
            }
        }
        // Codes are matched in ledgers ignoring case and surrounding spaces: two codes that differ
        // only so would be ambiguous.
        func uniqueCode(_ row: DataRow, _ column: String, _ seen: inout [String: Int]) throws(CSVError) -> String {
            let code = row.text(column)
            guard !code.isEmpty, code.trimmedCode == code else {
                throw row.error(column, "invalid \(column) (found '\(code)', expected a code without surrounding spaces)")
            }
            if let first = seen.updateValue(row.line, forKey: code.lowercased()) {
                throw row.error(column, "duplicate \(column) (found '\(code)', already on line \(first); codes are compared ignoring case)")
            }
            return code
        }
        func nonEmpty(_ row: DataRow, _ column: String, _ expected: String) throws(CSVError) -> String {
            try row.value(column, expected: expected) { $0.trimmedCode.isEmpty ? nil : $0 }
        }

        var seenSources: [String: Int] = [:]
        let sources = collect { () throws(DataError) in
            var data = try DataFile(bytes: sourcesBytes, file: path(fundingSourcesFile), required: ["funding_source", "name"])
            return try data.decodeRows { (row: DataRow) throws(CSVError) -> SourceEntry in
                SourceEntry(fundingSource: FundingSource(rawValue: try uniqueCode(row, "funding_source", &seenSources)),
                            name: try nonEmpty(row, "name", "the source's name"))
            }
        }
        let sourceCodes = sources.map(\.fundingSource)
        if !sources.isEmpty {
            let missing = FundingSource.roles.filter { !sourceCodes.contains($0) }
            if !missing.isEmpty {
                problems.append(CSVError(file: path(fundingSourcesFile), line: 0, column: 0,
                                         message: "missing funding source\(missing.count == 1 ? "" : "s") " + missing.map(\.rawValue).joined(separator: ", ")
                                             + ": every vocabulary lists RB (regular budget), GP (general-purpose), SP (special-purpose, which earns PSC) and PSC (programme support cost), whose roles the PSC statement and the full cost follow"))
            }
        }

        var seenFunds: [String: Int] = [:]
        let funds = collect { () throws(DataError) in
            var data = try DataFile(bytes: fundsBytes, file: path(fundsFile), required: ["fund", "name", "funding_sources"])
            return try data.decodeRows { (row: DataRow) throws(CSVError) -> FundEntry in
                let code = try uniqueCode(row, "fund", &seenFunds)
                let name = try nonEmpty(row, "name", "the fund's name")
                let listed = row.text("funding_sources").split(separator: ";", omittingEmptySubsequences: false).map { String($0).trimmedCode }
                var allowed: [FundingSource] = []
                for code in listed {
                    let source = FundingSource(rawValue: code)
                    guard !code.isEmpty else {
                        throw row.error("funding_sources", "invalid funding_sources (found '\(row.text("funding_sources"))', expected sources separated by ';', such as GP;SP;PSC)")
                    }
                    guard sources.isEmpty || sourceCodes.contains(source) else {
                        throw row.error("funding_sources", "invalid funding_sources (found '\(code)', expected sources separated by ';', each one of "
                                        + sourceCodes.map(\.rawValue).joined(separator: ", ") + " in \(path(fundingSourcesFile)))")
                    }
                    guard !allowed.contains(source) else {
                        throw row.error("funding_sources", "invalid funding_sources (found '\(code)' twice, expected each source once)")
                    }
                    allowed.append(source)
                }
                return FundEntry(fund: Fund(rawValue: code), name: name, sources: allowed)
            }
        }

        var seenCategories: [String: Int] = [:]
        let categories = collect { () throws(DataError) in
            var data = try DataFile(bytes: categoriesBytes, file: path(categoriesFile), required: ["category", "category_group", "cost_type"])
            return try data.decodeRows { (row: DataRow) throws(CSVError) -> CategoryEntry in
                CategoryEntry(category: Category(rawValue: try uniqueCode(row, "category", &seenCategories)),
                              group: CategoryGroup(rawValue: try nonEmpty(row, "category_group", "the group the category rolls up into")),
                              costType: try row.vocabulary("cost_type", CostType.self))
            }
        }

        var seenOffices: [String: Int] = [:]
        let offices = collect { () throws(DataError) in
            var data = try DataFile(bytes: officesBytes, file: path(officesFile), required: ["office", "office_type", "region"])
            return try data.decodeRows { (row: DataRow) throws(CSVError) -> OfficeEntry in
                OfficeEntry(office: try uniqueCode(row, "office", &seenOffices), officeType: try row.vocabulary("office_type", OfficeType.self),
                            region: try nonEmpty(row, "region", "the office's region"))
            }
        }

        for (file, count) in [(fundsFile, funds.count), (fundingSourcesFile, sources.count), (categoriesFile, categories.count)] where count == 0 {
            if !problems.contains(where: { $0.file == path(file) }) {
                problems.append(CSVError(file: path(file), line: 0, column: 0, message: "no data rows (expected at least one)"))
            }
        }
        if funds.count * max(sources.count, 1) * max(categories.count, 1) > combinationLimit {
            problems.append(CSVError(file: path(fundsFile), line: 0, column: 0,
                                     message: "too many codes: \(funds.count) funds x \(sources.count) sources x \(categories.count) categories is more than \(combinationLimit)"))
        }
        if sources.count > 64 {
            problems.append(CSVError(file: path(fundingSourcesFile), line: 0, column: 0, message: "too many funding sources (found \(sources.count), expected at most 64)"))
        }
        if !problems.isEmpty {
            let sorted = problems.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
            throw DataError(Array(sorted.prefix(ProblemList.limit)), unlisted: max(0, sorted.count - ProblemList.limit))
        }
        return LedgerVocabulary(folder: folder, funds: funds, fundingSources: sources, categories: categories, offices: offices)
    }

    /// A vocabulary from checked lists (`decode` checks them).
    init(folder: String, funds: [FundEntry], fundingSources: [SourceEntry], categories: [CategoryEntry], offices: [OfficeEntry]) {
        self.folder = folder
        self.funds = funds
        self.fundingSources = fundingSources
        self.categories = categories
        self.offices = offices
        var groups: [CategoryGroup] = []
        for entry in categories where !groups.contains(entry.group) { groups.append(entry.group) }
        self.groups = groups
        fundIndex = Dictionary(uniqueKeysWithValues: funds.enumerated().map { ($1.fund, $0) })
        let sourceIndex = Dictionary(uniqueKeysWithValues: fundingSources.enumerated().map { ($1.fundingSource, $0) })
        self.sourceIndex = sourceIndex
        categoryIndex = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.category, $0) })
        groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        officeIndex = Dictionary(uniqueKeysWithValues: offices.enumerated().map { ($1.office, $0) })
        let allowed = funds.map { fund in fund.sources.reduce(UInt64(0)) { $0 | (1 << UInt64(sourceIndex[$1]!)) } }
        allowedSources = allowed
        regularBudgetSource = sourceIndex[.regularBudget]!
        generalPurposeSource = sourceIndex[.generalPurpose]!
        specialPurposeSource = sourceIndex[.specialPurpose]!
        pscSource = sourceIndex[.programmeSupportCost]!
        isDirect = categories.map { $0.costType == .direct }
        let pscMask: UInt64 = (1 << UInt64(pscSource)) | (1 << UInt64(specialPurposeSource))
        pscFundIndices = allowed.indices.filter { allowed[$0] & pscMask != 0 }
        headquartersRegions = Set(offices.filter { $0.officeType == .headquarters }.map(\.region))
    }

    public static func == (a: LedgerVocabulary, b: LedgerVocabulary) -> Bool {
        a.funds == b.funds && a.fundingSources == b.fundingSources && a.categories == b.categories && a.offices == b.offices
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(funds)
        hasher.combine(categories)
    }

    // MARK: Lookups

    /// The position of a code in its list, or `nil` when the vocabulary does not have it.
    public func index(of fund: Fund) -> Int? { fundIndex[fund] }
    public func index(of source: FundingSource) -> Int? { sourceIndex[source] }
    public func index(of category: Category) -> Int? { categoryIndex[category] }
    public func index(of group: CategoryGroup) -> Int? { groupIndex[group] }
    /// The position of an office in `offices.csv`, or `nil` for an office it does not list.
    public func officeIndex(of office: String) -> Int? { officeIndex[office] }

    /// Whether fund `fund` may use source `source` (both indices).
    @inlinable
    public func allows(fund: Int, source: Int) -> Bool { allowedSourceMask(fund) & (1 << UInt64(source)) != 0 }

    @usableFromInline
    func allowedSourceMask(_ fund: Int) -> UInt64 { allowedSources[fund] }

    /// The group of a category.
    public func group(of category: Category) -> CategoryGroup { categories[categoryIndex[category]!].group }
    /// The cost type of a category.
    public func costType(of category: Category) -> CostType { categories[categoryIndex[category]!].costType }
    /// The funds with a PSC account (those that may use `SP` or `PSC`), in order.
    public var pscFunds: [Fund] { pscFundIndices.map { funds[$0].fund } }

    /// The region of `office`: the one `offices.csv` lists, else `unassigned`.
    public func region(of office: String) -> String {
        officeIndex[office].map { offices[$0].region } ?? LedgerVocabulary.unassignedRegion
    }

    /// Whether `region` is the region of a headquarters office (such regions are listed first).
    public func isHeadquartersRegion(_ region: String) -> Bool { headquartersRegions.contains(region) }

    /// Whether `office` is a headquarters office in `offices.csv`.
    public func isHeadquarters(_ office: String) -> Bool { officeIndex[office].map { offices[$0].officeType == .headquarters } ?? false }

    /// `invalid COLUMN (found 'VALUE', expected one of A, B, C in FILE)`.
    public func unknownMessage(_ column: String, found: String) -> String {
        let (codes, file): ([String], String)
        switch column {
        case "fund": (codes, file) = (funds.map(\.fund.rawValue), LedgerVocabulary.fundsFile)
        case "funding_source": (codes, file) = (fundingSources.map(\.fundingSource.rawValue), LedgerVocabulary.fundingSourcesFile)
        case "category": (codes, file) = (categories.map(\.category.rawValue), LedgerVocabulary.categoriesFile)
        default: (codes, file) = (offices.map(\.office), LedgerVocabulary.officesFile)
        }
        return "invalid \(column) (found '\(found)', expected one of \(codes.joined(separator: ", ")) in \(path(file)))"
    }
}
