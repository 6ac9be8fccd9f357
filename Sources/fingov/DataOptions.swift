import ArgumentParser
import FingovModel
#if canImport(Glibc)
import Glibc
#endif

/// Where the reference data and the default inputs live.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs.", valueName: "dir"), completion: .directory)
    var folder: String = "data"

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
