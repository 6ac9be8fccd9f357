import Testing
@testable import FingovModel

/// The vocabulary files: UNODC's as the code had it, and bad files with located errors.
@Suite struct LedgerVocabularyTests {
    static let funds = "fund,name,funding_sources\ndrug,Drug Fund,GP;SP;PSC\nregular,Regular budget,RB\n"
    static let sources = "funding_source,name\nRB,Regular budget\nGP,General\nSP,Special\nPSC,Support\n"
    static let categories = "category,category_group,cost_type\ntravel,programme,direct\nadministration,support,indirect\n"
    static let offices = "office,office_type,region\nHQ,headquarters,Headquarters\nField Office,field,Asia\n"

    /// The problems of a vocabulary made of these files (empty when it reads).
    func problems(funds: String = funds, sources: String = sources, categories: String = categories, offices: String = offices) -> [String] {
        do {
            _ = try LedgerVocabulary.decode(folder: "v", funds: Array(funds.utf8), fundingSources: Array(sources.utf8),
                                            categories: Array(categories.utf8), offices: Array(offices.utf8))
            return []
        } catch { return error.problems.map(\.description) }
    }

    /// The shipped files describe UNODC as the code did before they existed: the same codes in
    /// the same order, groups, cost types, the regular fund alone on RB, and the offices' regions.
    @Test func shippedVocabularyIsUNODCs() throws {
        let v = try LedgerVocabulary.load(folder: dataFolder + "/vocabulary")
        #expect(v.funds.map(\.fund) == Fund.unodc)
        #expect(v.funds.map { $0.sources.map(\.rawValue).joined(separator: ";") } == ["GP;SP;PSC", "GP;SP;PSC", "RB"])
        #expect(v.fundingSources.map(\.fundingSource) == FundingSource.roles)
        #expect(v.categories.map(\.category) == FingovModel.Category.unodc)
        #expect(v.groups.map(\.rawValue) == ["central-administration", "executive-direction-and-management", "oversight", "programme-services", "programme-delivery"])
        #expect(v.categories.filter { $0.costType == .direct }.map(\.category.rawValue)
                == ["planning", "resource-mobilization", "monitoring", "evaluation", "programme-management", "programme-delivery"])
        #expect(v.pscFunds == [.drugProgramme, .crimeProgramme])
        #expect(v.offices.count == 15 && v.offices.filter { $0.officeType == .headquarters }.map(\.office) == [SyntheticLedger.headquarters])
        #expect(Set(v.offices.dropFirst().map(\.office)) == Set(SyntheticLedger.fieldOffices.map(\.name)))
        #expect(v.region(of: "Regional Office for Southern Africa, Pretoria") == "Eastern and Southern Africa")
        #expect(v.region(of: "Headquarters (Vienna)") == "Headquarters" && v.region(of: "Atlantis") == "unassigned")
    }

    @Test func goodFilesRead() {
        #expect(problems() == [])
    }

    @Test(arguments: [
        // Codes that differ only in case would be ambiguous, since ledgers match ignoring case.
        (funds + "Drug,Other,GP\n", "v/funds.csv:4:1: duplicate fund (found 'Drug', already on line 2; codes are compared ignoring case)"),
        ("fund,name,funding_sources\ndrug,Drug Fund,GP;XB\n", "v/funds.csv:2:16: invalid funding_sources (found 'XB', expected sources separated by ';', each one of RB, GP, SP, PSC in v/funding_sources.csv)"),
        ("fund,name,funding_sources\ndrug,Drug Fund,GP;;SP\n", "v/funds.csv:2:16: invalid funding_sources (found 'GP;;SP', expected sources separated by ';', such as GP;SP;PSC)"),
        ("fund,name,funding_sources\ndrug,Drug Fund,SP;SP\n", "v/funds.csv:2:16: invalid funding_sources (found 'SP' twice, expected each source once)"),
        ("fund,name,funding_sources\n drug,Drug Fund,SP\n", "v/funds.csv:2:1: invalid fund (found ' drug', expected a code without surrounding spaces)"),
        ("fund,name,funding_sources\ndrug,,SP\n", "v/funds.csv:2:6: invalid name (found '', expected the fund's name)"),
        ("fund,name\ndrug,Drug Fund\n", "v/funds.csv:1: the header has no column 'funding_sources' (expected fund,name,funding_sources)"),
        ("fund,name,funding_sources\n", "v/funds.csv: no data rows (expected at least one)"),
    ])
    func badFunds(text: String, message: String) {
        #expect(problems(funds: text) == [message])
    }

    @Test func badSourcesCategoriesAndOffices() {
        #expect(problems(sources: "funding_source,name\nRB,Regular budget\nGP,General\nPSC,Support\n")
                == ["v/funding_sources.csv: missing funding source SP: every vocabulary lists RB (regular budget), GP (general-purpose), SP (special-purpose, which earns PSC) and PSC (programme support cost), whose roles the PSC statement and the full cost follow",
                    "v/funds.csv:2:16: invalid funding_sources (found 'SP', expected sources separated by ';', each one of RB, GP, PSC in v/funding_sources.csv)"])
        #expect(problems(sources: Self.sources + "psc,Again\n") == ["v/funding_sources.csv:6:1: duplicate funding_source (found 'psc', already on line 5; codes are compared ignoring case)"])
        #expect(problems(categories: Self.categories + "fees,programme,overhead\n")
                == ["v/categories.csv:4:16: invalid cost_type (found 'overhead', expected one of direct, indirect)"])
        #expect(problems(categories: Self.categories + "travel,support,indirect\n")
                == ["v/categories.csv:4:1: duplicate category (found 'travel', already on line 2; codes are compared ignoring case)"])
        #expect(problems(offices: Self.offices + "Regional Hub,regional,Asia\n")
                == ["v/offices.csv:4:14: invalid office_type (found 'regional', expected one of headquarters, field)"])
        #expect(problems(offices: Self.offices + "Other,field,\n") == ["v/offices.csv:4:13: invalid region (found '', expected the office's region)"])
    }

    /// Problems in several files are all reported, by file and line.
    @Test func problemsOfEveryFileInOneRun() {
        #expect(problems(funds: "fund,name,funding_sources\ndrug,Drug Fund,XB\n", categories: Self.categories + "fees,programme,overhead\n",
                         offices: Self.offices + "HQ,field,Asia\n")
                == ["v/categories.csv:4:16: invalid cost_type (found 'overhead', expected one of direct, indirect)",
                    "v/funds.csv:2:16: invalid funding_sources (found 'XB', expected sources separated by ';', each one of RB, GP, SP, PSC in v/funding_sources.csv)",
                    "v/offices.csv:4:1: duplicate office (found 'HQ', already on line 2; codes are compared ignoring case)"])
    }

    @Test func missingFolderIsNamed() {
        do { _ = try LedgerVocabulary.load(folder: "/nonexistent/vocabulary"); Issue.record("expected an error") } catch {
            #expect(error.description == "/nonexistent/vocabulary/funds.csv: cannot open the file (no such file)")
        }
    }

    /// The synthetic ledger writes only codes of the shipped vocabulary.
    @Test func syntheticLedgerUsesTheShippedCodes() throws {
        let v = try LedgerVocabulary.load(folder: dataFolder + "/vocabulary")
        let lines = try Ledger.decode(bytes: SyntheticLedger(seed: 2026).csv(), file: "l.csv", vocabulary: v)
        #expect(Set(lines.map(\.fund)) == Set(Fund.unodc))
        #expect(Set(lines.map(\.category)).isSubset(of: Set(FingovModel.Category.unodc)))
        #expect(Set(lines.map(\.office)) == Set(v.offices.map(\.office)))
    }
}
