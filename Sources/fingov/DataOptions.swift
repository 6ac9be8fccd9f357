import ArgumentParser
import FingovModel

/// Where the reference data and the default inputs live.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs.", valueName: "dir"))
    var folder: String = "data"

    /// The reference tables of the data folder.
    func reference() throws(DataError) -> ReferenceData {
        try ReferenceData.load(from: folder)
    }
}
