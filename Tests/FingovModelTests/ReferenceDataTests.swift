import Foundation
import Testing
@testable import FingovModel

@Suite struct ReferenceDataTests {
    let reference: ReferenceData

    init() throws { reference = try ReferenceData.load(from: dataFolder) }

    @Test func has193MemberStates() {
        #expect(reference.states.count == 193)
        #expect(Set(reference.states.map(\.state)).count == 193)
        #expect(reference.profile(of: MemberState(rawValue: "CIV")!)?.name == "Côte d’Ivoire")
    }

    @Test func scalePeriods() {
        #expect(reference.scalePeriods.map(\.rawValue) == ["2010-2012", "2013-2015", "2016-2018", "2019-2021", "2022-2024", "2025-2027"])
    }

    /// A copy of data/ whose scale file has one line changed.
    static func folder(changingScaleLine old: String, to new: String) throws -> String {
        let folder = NSTemporaryDirectory() + "fingov-reference-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in [ReferenceData.memberStatesFile, ReferenceData.scaleFile, ReferenceData.populationFile] {
            try FileManager.default.copyItem(atPath: dataFolder + "/" + file, toPath: folder + "/" + file)
        }
        let path = folder + "/" + ReferenceData.scaleFile
        let text = try String(contentsOfFile: path, encoding: .utf8)
        precondition(text.contains(old + "\r\n"), "\(old) not in the scale file")
        try text.replacingOccurrences(of: old + "\r\n", with: new + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    /// A scale whose rates do not add up to 100 per cent is refused: Afghanistan's 2010-2012 rate
    /// raised from 0.004 to 0.504 makes the period add up to 100.5.
    @Test func scaleThatDoesNotAddUpIsRefused() throws {
        let folder = try Self.folder(changingScaleLine: "AFG,2010-2012,64/248,0.004", to: "AFG,2010-2012,64/248,0.504")
        do {
            _ = try ReferenceData.load(from: folder)
            Issue.record("expected an error")
        } catch {
            let message = error.description
            // The sum is a Double added in dictionary order, which varies from run to run:
            // 100.50000000000009 or 100.49999999999999.
            let prefix = "\(folder)/\(ReferenceData.scaleFile): the rates for 2010-2012 add up to "
            #expect(message.hasPrefix(prefix), "\(message)")
            let sum = Double(message.dropFirst(prefix.count).prefix { $0 != " " }) ?? 0
            #expect(abs(sum - 100.5) < 1e-9, "\(message)")
            #expect(message.hasSuffix("per cent (expected 100, to 0.001)"))
        }
    }

    /// A rate outside 0 to 100 is refused at its line and character column (`AFG,2010-2012,64/248,`
    /// is 21 characters).
    @Test func rateOutOfRangeIsRefused() throws {
        let folder = try Self.folder(changingScaleLine: "AFG,2010-2012,64/248,0.004", to: "AFG,2010-2012,64/248,150")
        do {
            _ = try ReferenceData.load(from: folder)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(folder)/\(ReferenceData.scaleFile):2:22: invalid rate_percent (found '150', expected a rate in per cent between 0 and 100)")
        }
    }

    /// South Sudan joined in 2011: no rate in 2010-2012, a rate in every later period.
    @Test func southSudanHasNo2010Rate() {
        let ssd = MemberState(rawValue: "SSD")!
        #expect(reference.scales[Period(rawValue: "2010-2012")!]?[ssd] == nil)
        #expect(reference.scales[Period(rawValue: "2010-2012")!]?.count == 192)
        for period in reference.scalePeriods.dropFirst() { #expect(reference.scales[period]?[ssd] != nil) }
    }

    @Test func everyStateHasAPopulationEveryYear() {
        #expect(reference.populationYears == Array(2010...2024))
        for year in 2010...2024 {
            #expect(reference.populations[year]?.count == 193, "\(year)")
        }
        // A published figure: the United States had about 331 million people in 2020.
        let usa = reference.populations[2020]![MemberState(rawValue: "USA")!]!
        #expect((325_000_000...335_000_000).contains(usa))
    }
}
