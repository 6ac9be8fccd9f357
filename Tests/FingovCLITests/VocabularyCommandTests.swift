import Foundation
import Testing

/// Another entity's ledger and vocabulary through the commands: `--vocabulary DIR`, or a
/// `vocabulary/` folder inside `--data DIR`. Figures by hand (see `OtherVocabularyTests` in the
/// analytics tests, the same seven lines).
@Suite struct VocabularyCommandTests {
    static let files: [(String, String)] = [
        ("vocabulary/funds.csv", "fund,name,funding_sources\nenvironment,Environment Fund,GP;SP;PSC\nassessed,Regular budget,RB\n"),
        ("vocabulary/funding_sources.csv", "funding_source,name\nRB,Regular budget\nGP,Core voluntary\nSP,Earmarked\nPSC,Programme support costs\n"),
        ("vocabulary/categories.csv", "category,category_group,cost_type\ntravel,programme,direct\nstaff,programme,direct\nadministration,support,indirect\n"),
        ("vocabulary/offices.csv", "office,office_type,region\nNairobi Headquarters,headquarters,Africa HQ\nBangkok Office,field,Asia and the Pacific\nPanama Office,field,Latin America\n"),
        ("ledger.csv", """
            period,fund,funding_source,office,office_type,category,amount_usd,psc_rate_percent
            2024,environment,SP,Bangkok Office,field,travel,1000.00,
            2024,environment,SP,Panama Office,field,staff,2000.00,7
            2024,environment,PSC,Nairobi Headquarters,headquarters,administration,300.00,
            2024,environment,GP,Nairobi Headquarters,headquarters,administration,500.00,
            2024,assessed,RB,Nairobi Headquarters,headquarters,staff,400.00,
            2024,environment,SP,Bangkok Office,field,administration,50.00,
            2024,environment,PSC,Panama Office,field,travel,25.00,

            """),
    ]

    /// A folder with the other entity's vocabulary and ledger (and nothing else).
    static func folder() throws -> String {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/vocabulary", withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func summaryWithTheVocabularyOption() throws {
        let f = try Self.folder()
        let r = try CLI.run(["summary", "--ledger", f + "/ledger.csv", "--vocabulary", f + "/vocabulary", "--by", "fund", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\r\n").prefix(3) == ["fund,amount_usd,share_percent", "environment,3875.00,90.64327485380117", "assessed,400.00,9.35672514619883"])
        let regions = try CLI.run(["summary", "--ledger", f + "/ledger.csv", "--vocabulary", f + "/vocabulary", "--by", "region", "--format", "csv"])
        #expect(regions.stdout.split(separator: "\r\n").map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
                == ["region,amount_usd", "Africa HQ,1200.00", "Asia and the Pacific,1050.00", "Latin America,2025.00", "Total,4275.00"])
    }

    /// `--data DIR` with a `vocabulary/` folder: the PSC statement (opening 1000.00 + earned
    /// 270.00 - spent 325.00 = 945.00) and the full cost from PSC (30000 cents by 400 : 1000 : 2025).
    @Test func dataFolderWithItsVocabulary() throws {
        let f = try Self.folder()
        // The data folder needs the reference tables too: the shipped ones.
        for name in ["member_states.csv", "scale_of_assessments.csv", "population_worldbank.csv", "iso3166.csv"] {
            try FileManager.default.copyItem(atPath: CLI.root + "/data/" + name, toPath: f + "/" + name)
        }
        let psc = try CLI.run(["psc", "--data", f, "--opening-balance", "Environment=1000", "--format", "csv"])
        #expect(psc.status == 0, "\(psc.stderr)")
        #expect(psc.stdout.split(separator: "\r\n").dropFirst().first == "2024,environment,1000.00,270.00,325.00,945.00")
        let full = try CLI.run(["allocate", "--data", f, "--funding-source", "psc", "--format", "csv"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(full.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] } == ["35.04", "87.59", "177.37", "300.00"])
    }

    /// Values the vocabulary does not have: usage errors for options (64), data errors naming the
    /// vocabulary file for the ledger and the vocabulary's own files (65).
    @Test func unknownValuesAndBadFiles() throws {
        let f = try Self.folder()
        let v = f + "/vocabulary"
        let opening = try CLI.run(["psc", "--ledger", f + "/ledger.csv", "--vocabulary", v, "--opening-balance", "drug=1"])
        #expect(opening.status == 64)
        #expect(opening.stderr.contains("invalid --opening-balance drug=1.00: expected a fund with a PSC account, one of environment (\(v)/funds.csv)"), "\(opening.stderr)")
        let source = try CLI.run(["allocate", "--ledger", f + "/ledger.csv", "--vocabulary", v, "--funding-source", "OA"])
        #expect(source.status == 64 && source.stderr.contains("invalid --funding-source OA: expected one of RB, GP, SP, PSC (\(v)/funding_sources.csv)"))
        // UNODC's vocabulary does not have this ledger's codes.
        let unodc = try CLI.run(["summary", "--ledger", f + "/ledger.csv", "--vocabulary", CLI.root + "/data/vocabulary"])
        #expect(unodc.status == 65)
        #expect(unodc.stderr.contains("ledger.csv:2:6: invalid fund (found 'environment', expected one of drug, crime, regular in \(CLI.root)/data/vocabulary/funds.csv)"))
        try "category,category_group,cost_type\ntravel,programme,direct\nstaff,programme,overhead\n".write(toFile: v + "/categories.csv", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["summary", "--ledger", f + "/ledger.csv", "--vocabulary", v])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(v)/categories.csv:3:17: invalid cost_type (found 'overhead', expected one of direct, indirect)"), "\(bad.stderr)")
    }
}
