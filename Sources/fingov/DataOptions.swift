import ArgumentParser
import FingovModel
#if canImport(Glibc)
import Glibc
#endif

/// Where the reference data and the default inputs live.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).", valueName: "dir"), completion: .directory)
    var given: String?

    /// Whether the data folder is the one shipped with Fingov (in the repository it was built in,
    /// or installed beside it), whose roster and ledger are synthetic; a folder of the user's own
    /// is not.
    var isShippedData: Bool {
        func real(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let shipped = DataFolder.candidates(environment: nil, executable: DataFolder.executablePath()).filter { $0.how != "the current folder" }
        guard let mine = real(folder) else { return false }
        return shipped.contains { real($0.path) == mine }
    }

    /// The data folder: the one given, or the one `DataFolder.located` finds.
    var folder: String { given ?? DataFolder.located.path }

    /// The reference tables of the data folder.
    func reference() throws(DataError) -> ReferenceData {
        try ReferenceData.load(from: folder)
    }

    /// The regional and development groups of the data folder, or `nil` when it has neither file
    /// (a folder of the user's own that predates them).
    func groups(_ reference: ReferenceData) throws(DataError) -> StateGroups? {
        let files = [StateGroups.regionalFile, StateGroups.developmentFile].map { folder + "/" + $0 }
        guard files.contains(where: { access($0, F_OK) == 0 }) else { return nil }
        return try StateGroups.load(from: folder, reference: reference)
    }
}

/// The default data folder, looked for in a fixed order so that every command works from any
/// folder: `$FINGOV_DATA`; `./data` when it holds the reference tables (the repository root);
/// then the data shipped with the program, found from the executable's real path:
/// `PREFIX/share/fingov/data` for `PREFIX/bin/fingov`, or the `data/` folder of the Swift
/// package the executable was built in (`REPO/.build/debug/fingov`).
///
/// The data ships as a folder rather than compiled in: the roster alone is 3 MB and the folder
/// grows (new reference files come along without a code change).
enum DataFolder {
    /// A folder counts as a data folder when it holds this file.
    static let marker = ReferenceData.memberStatesFile

    /// The folder found, and how.
    static let located: (path: String, how: String) = locate(environment: getenv("FINGOV_DATA").map { String(cString: $0) },
                                                            executable: executablePath())

    /// Every place looked at, in order, for messages.
    static func candidates(environment: String?, executable: String?) -> [(path: String, how: String)] {
        var places: [(String, String)] = []
        if let environment, !environment.isEmpty { places.append((environment, "FINGOV_DATA")) }
        places.append(("data", "the current folder"))
        if let executable {
            var folder = parent(executable)
            places.append((parent(folder) + "/share/fingov/data", "installed beside the program"))
            // The repository the program was built in: REPO/.build/<configuration>/fingov or
            // REPO/.build/<triple>/<configuration>/fingov.
            for _ in 0..<4 {
                folder = parent(folder)
                if folder.isEmpty || folder == "/" { break }
                if access(folder + "/Package.swift", F_OK) == 0 { places.append((folder + "/data", "the repository fingov was built in")); break }
            }
        }
        return places
    }

    /// The first candidate that holds the marker file; `$FINGOV_DATA` is taken as given, and
    /// with nothing found, `data` (so that the message names the file it could not open, and
    /// `notFoundNote` says where the program looked).
    static func locate(environment: String?, executable: String?) -> (path: String, how: String) {
        let places = candidates(environment: environment, executable: executable)
        if let first = places.first, first.how == "FINGOV_DATA" { return first }
        return places.first { access($0.path + "/" + marker, R_OK) == 0 } ?? ("data", "the current folder")
    }

    /// Where the program looked, when no data folder was found and none was given; else `nil`.
    static var notFoundNote: String? {
        let executable = executablePath()
        let places = candidates(environment: getenv("FINGOV_DATA").map { String(cString: $0) }, executable: executable)
        guard !places.contains(where: { $0.how == "FINGOV_DATA" || access($0.path + "/" + marker, R_OK) == 0 }) else { return nil }
        return "no data folder found (looked for \(marker) in " + places.map { "\($0.path) (\($0.how))" }.joined(separator: ", ")
            + "); give one with --data DIR or FINGOV_DATA"
    }

    /// The real path of the running executable (`/proc/self/exe`), or `nil`.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether the current folder is a Fingov repository (where `notebooks-out/` belongs).
    static var currentFolderIsRepository: Bool {
        access("Package.swift", F_OK) == 0 && access("data/" + marker, R_OK) == 0
    }
}
