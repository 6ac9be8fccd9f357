import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

#if canImport(Glibc)
import Glibc
#endif

/// Where the reference data lives.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs.", valueName: "dir"))
    var folder: String = "data"

    func reference() throws -> ReferenceData {
        try orDataFailure { () throws(DataError) in try ReferenceData.load(from: folder) }
    }
}

/// The parameters of the system of desirable ranges (METHODOLOGY.md section 1).
struct RangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The base figure: posts subject to the system.", valueName: "posts"))
    var baseFigure: Double = 3600

    @Option(help: ArgumentHelp("The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027).", valueName: "period"))
    var scale: String = "2019-2021"

    @Option(help: ArgumentHelp("The year of the populations (2010-2024).", valueName: "year"))
    var populationYear: Int = 2019

    @Option(help: ArgumentHelp("Membership, population and contribution weights in per cent of the base figure; they sum to 100.", valueName: "m,p,c"))
    var weights: String = "40,5,55"

    @Option(help: ArgumentHelp("The flexibility around the midpoint, in per cent of it.", valueName: "percent"))
    var flexibility: Double = 15

    @Option(help: ArgumentHelp("The smallest flexibility, in posts (a 2014 proposal: 5.3).", valueName: "posts"))
    var minFlexibility: Double = 4.8

    @Option(help: ArgumentHelp("The smallest upper limit, in posts.", valueName: "posts"))
    var minUpper: Double = 14

    func parameters() throws -> RangeParameters {
        guard let period = Period(rawValue: scale) else {
            throw ValidationError("invalid --scale (found '\(scale)', expected a period such as 2019-2021)")
        }
        let parts = weights.split(separator: ",").map { Double(String($0).trimmingCharacters(in: " ")) }
        guard parts.count == 3, let m = parts[0], let p = parts[1], let c = parts[2] else {
            throw ValidationError("invalid --weights (found '\(weights)', expected three numbers such as 40,5,55)")
        }
        let parameters = RangeParameters(baseFigure: baseFigure, scalePeriod: period, populationYear: populationYear,
                                         membershipWeight: m, populationWeight: p, contributionWeight: c,
                                         flexibilityPercent: flexibility, minimumFlexibility: minFlexibility, minimumUpper: minUpper)
        do { try parameters.validate() } catch { throw ValidationError("\(error)") }
        return parameters
    }
}

/// Runs `body`; bad data is printed to standard error and ends the program with status 65.
func orDataFailure<T>(_ body: () throws(DataError) -> T) throws -> T {
    do { return try body() } catch {
        writeStderr("fingov: bad input data:\n" + "\(error)")
        throw ExitCode(65)
    }
}

/// Prints an analysis error (bad parameters for the data, such as a period not in it) and exits 65.
func failData(_ message: String) -> ExitCode {
    writeStderr("fingov: error: " + message)
    return ExitCode(65)
}

func parseDate(_ text: String, _ option: String) throws -> CalendarDate {
    guard let date = CalendarDate(rawValue: text) else {
        throw ValidationError("invalid \(option) (found '\(text)', expected a date YYYY-MM-DD from 1945 to 2100)")
    }
    return date
}

func parsePeriod(_ text: String, _ option: String) throws -> Period {
    guard let period = Period(rawValue: text) else {
        throw ValidationError("invalid \(option) (found '\(text)', expected a year YYYY or a period YYYY-YYYY)")
    }
    return period
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
