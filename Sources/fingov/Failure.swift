import ArgumentParser
import FingovAnalytics
import FingovModel
import FingovReports

/// An error that ends a command: its message and its exit status (`sysexits.h`).
///
/// Every failure a command meets is one of these and is printed in one place, `Fingov.main`:
/// 64 (`EX_USAGE`) for an invalid or contradictory option value, 65 (`EX_DATAERR`) for bad input
/// data, including a value that is valid but absent from the data, 73 (`EX_CANTCREAT`) for an
/// output that could not be written. Usage errors found while parsing (an unknown option, a
/// malformed value) are swift-argument-parser's and exit 64 too.
protocol CommandFailure: Error, CustomStringConvertible {
    /// The status the program exits with.
    var exitStatus: Int32 { get }
    /// What kind of failure, printed after the command's name: `bad input data`, `error`, ...
    var heading: String { get }
}

extension CommandFailure {
    var heading: String {
        switch exitStatus {
        case 64: return "invalid usage"
        case 65: return "error"
        case 73: return "error"
        default: return "error"
        }
    }
}

/// A failure with a message of the command's own.
struct Failure: CommandFailure {
    var exitStatus: Int32
    var description: String

    /// An invalid or contradictory option value (64).
    static func usage(_ message: String) -> Failure { Failure(exitStatus: 64, description: message) }
    /// Data that cannot give the answer asked for (65): a value absent from the data, an
    /// empty selection.
    static func data(_ message: String) -> Failure { Failure(exitStatus: 65, description: message) }
}

extension DataError: CommandFailure {
    var exitStatus: Int32 { 65 }
    var heading: String { "bad input data" }
}

extension OutputError: CommandFailure {
    var exitStatus: Int32 { 73 }
}

/// Range parameters are option values: a scale period or population year the reference data does
/// not hold, weights that do not sum to 100, a negative flexibility are all usage errors.
extension RangeError: CommandFailure {
    var exitStatus: Int32 {
        switch self {
        // A date the reference data does not cover: the data lacks what the date needs.
        case .noScaleInForce, .noPopulationBefore, .emptySelection: return 65
        case .unknownScalePeriod, .unknownPopulationYear, .weightsDoNotSumTo100, .invalidParameter: return 64
        }
    }
}

extension SummaryError: CommandFailure {
    var exitStatus: Int32 {
        switch self {
        case .periodNotInData, .totalOutOfRange: return 65
        case .overlappingPeriods, .unequalPeriods, .comparisonNeedsPeriod, .comparisonWithBothBases, .noDimensions, .repeatedDimension: return 64
        }
    }
}

extension FullCostError: CommandFailure {
    var exitStatus: Int32 { 65 }
}

extension ReportError: CommandFailure {
    var exitStatus: Int32 { 65 }
    var heading: String {
        if case .data = self { return "bad input data" }
        return "error"
    }
}
