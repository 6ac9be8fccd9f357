import Foundation
import Testing

/// The program works from any folder: the data is found from `--data`, `$FINGOV_DATA`, `./data`
/// or beside the program (here: the repository it was built in), and the report says where it
/// wrote.
@Suite struct DataFolderTests {
    /// The built program run in a fresh folder outside the repository writes the same files as
    /// the committed report of the default data (all but its README, which names the data folder).
    @Test func reportFromAFolderOutsideTheRepository() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["report", "--out", "out", "--color", "never"], directory: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let committed = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/notebooks-out").sorted()
        #expect(r.stdout.hasSuffix("Wrote \(committed.count) files to out/\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted() == committed)
        for name in committed where name != "README.md" {
            let written = FileManager.default.contents(atPath: folder + "/out/" + name)
            #expect(written == FileManager.default.contents(atPath: CLI.root + "/notebooks-out/" + name), "\(name) differs")
        }
    }

    /// Without --out, outside the repository, the last line gives the folder's full path.
    @Test func reportWithoutOutSaysWhereItWrote() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["report", "--color", "never"], directory: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let count = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/notebooks-out").count
        #expect(r.stdout.hasSuffix("Wrote \(count) files to \(real)/notebooks-out/\n"), "\(r.stdout.suffix(200))")
        #expect(FileManager.default.fileExists(atPath: folder + "/notebooks-out/ranges.csv"))
    }

    /// export likewise: the CSV files of the committed report.
    @Test func exportWithoutOutSaysWhereItWrote() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["export"], directory: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let csv = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/notebooks-out").filter { $0.hasSuffix(".csv") }.count
        #expect(r.stderr == "Wrote \(csv) CSV files to \(real)/fingov-export/\n", "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/fingov-export").count == csv)
    }

    /// A copy of the data folder with Afghanistan's name changed, so that a run shows which
    /// folder it read.
    static func renamedData() throws -> String {
        let data = try CLI.temporaryFolder() + "/data"
        try FileManager.default.copyItem(atPath: CLI.root + "/data", toPath: data)
        let path = data + "/member_states.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "AFG,AF,Afghanistan,Afghanistan,", with: "AFG,AF,Testland,Testland,")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return data
    }

    @Test func environmentVariableNamesTheDataFolder() throws {
        let data = try Self.renamedData()
        let elsewhere = try CLI.temporaryFolder()
        let r = try CLI.run(["ranges", "--state", "AFG", "--format", "csv"], environment: ["FINGOV_DATA": data], directory: elsewhere)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nAFG,Testland,"), "\(r.stdout)")
        // --data wins over the environment.
        let given = try CLI.run(["ranges", "--state", "AFG", "--format", "csv", "--data", CLI.root + "/data"], environment: ["FINGOV_DATA": data], directory: elsewhere)
        #expect(given.stdout.contains("\nAFG,Afghanistan,"), "\(given.stdout)")
        // A FINGOV_DATA that does not exist is an error naming it, not a silent fallback.
        let missing = try CLI.run(["ranges"], environment: ["FINGOV_DATA": elsewhere + "/none"], directory: elsewhere)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains(elsewhere + "/none/member_states.csv"), "\(missing.stderr)")
    }

    /// Every command that reads the default data runs from a folder outside the repository.
    @Test(arguments: [["ranges"], ["representation", "--top", "3"], ["summary"], ["psc"], ["allocate"], ["appointments"], ["gender"]])
    func commandsFromAnyFolder(_ arguments: [String]) throws {
        let r = try CLI.run(arguments + ["--format", "csv"], directory: try CLI.temporaryFolder())
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        let inRepository = try CLI.run(arguments + ["--format", "csv"])
        #expect(r.stdout == inRepository.stdout)
    }

    /// Installed as the README says (PREFIX/bin/fingov and PREFIX/share/fingov/data), the program
    /// finds its data from any folder; without it, it says where it looked.
    @Test func installedBesideTheProgram() throws {
        let prefix = try CLI.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.copyItem(atPath: CLI.executable.path, toPath: prefix + "/bin/fingov")
        try fm.createDirectory(atPath: prefix + "/share/fingov", withIntermediateDirectories: true)
        try fm.copyItem(atPath: try Self.renamedData(), toPath: prefix + "/share/fingov/data")
        let elsewhere = try CLI.temporaryFolder()
        func run(_ arguments: [String]) throws -> CLI.Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: prefix + "/bin/fingov")
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: elsewhere)
            var env = ProcessInfo.processInfo.environment
            env["FINGOV_DATA"] = nil
            process.environment = env
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CLI.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
        }
        let r = try run(["ranges", "--state", "AFG", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nAFG,Testland,"), "\(r.stdout)")
        try fm.removeItem(atPath: prefix + "/share/fingov/data")
        let missing = try run(["ranges"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("fingov ranges: note: no data folder found (looked for member_states.csv in data (the current folder), \(prefix)/share/fingov/data (installed beside the program)); give one with --data DIR or FINGOV_DATA"), "\(missing.stderr)")
    }

    @Test func helpSaysWhereDataIsLookedFor() throws {
        let r = try CLI.run(["ranges", "--help"])
        let folded = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("Default: $FINGOV_DATA, else ./data"))
    }
}
