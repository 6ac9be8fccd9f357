import FingovAnalytics
import FingovIngest
import FingovModel

/// The inputs and parameters of `fingov report`.
public struct ReportSettings: Sendable {
    public var dataFolder: String
    /// The ledger's vocabulary folder, or `nil` for `vocabulary/` inside the data folder.
    public var vocabularyFolder: String?
    /// The range parameters; the scale period and population year are replaced by those in
    /// force on the date counted unless `scale` and `populationYear` are given.
    public var ranges: RangeParameters
    /// The scale period, or `nil` for the one in force on the date counted (`ScaleInForce`).
    public var scale: Period?
    /// The population year, or `nil` for the latest in the data not after the date counted.
    public var populationYear: Int?
    /// The first year of the trend (each year to that of `asOf`, counted on 31 December).
    public var trendFrom: Int
    /// Whether the data folder is the one shipped with Fingov, whose roster and ledger are
    /// synthetic (the report then says so first).
    public var shippedData = true
    /// Whether rows with problems in the roster and the ledger are left out (and listed in
    /// `FullReport.rejected`) instead of stopping the report (`--rejects`).
    public var rejecting = false
    /// The years of the retirement outlook after `asOf` (retirement age 65).
    public var outlookYears = 5
    /// The date staff are counted on.
    public var asOf: CalendarDate
    public var appointmentsFrom: CalendarDate
    public var appointmentsTo: CalendarDate
    public var ledgerPeriod: Period
    public var comparePeriod: Period
    public var pscRateBasisPoints: Int
    /// Alternatives to the official ranges; empty for the standard ones
    /// (`standardScenarios(from:reference:)`).
    public var scenarios: [Scenario]
    /// The entity whose indicative representation the report shows.
    public var indicativeEntity: String
    /// How the roster and the ledger are written, where the files cannot tell (`InputFormat`).
    public var format = InputFormat.automatic

    public init(dataFolder: String = "data", ranges: RangeParameters = .official,
                asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!,
                appointmentsFrom: CalendarDate = CalendarDate(year: 2025, month: 1, day: 1)!,
                appointmentsTo: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!,
                ledgerPeriod: Period = Period(rawValue: "2020-2021")!, comparePeriod: Period = Period(rawValue: "2018-2019")!,
                pscRateBasisPoints: Int = 1300, scenarios: [Scenario]? = nil, indicativeEntity: String = "UNODC",
                scale: Period? = nil, populationYear: Int? = nil, trendFrom: Int = 2019) {
        self.dataFolder = dataFolder
        self.ranges = ranges
        self.scale = scale
        self.populationYear = populationYear
        self.trendFrom = trendFrom
        self.asOf = asOf
        self.appointmentsFrom = appointmentsFrom
        self.appointmentsTo = appointmentsTo
        self.ledgerPeriod = ledgerPeriod
        self.comparePeriod = comparePeriod
        self.pscRateBasisPoints = pscRateBasisPoints
        self.scenarios = scenarios ?? []
        self.indicativeEntity = indicativeEntity
    }

    /// The alternatives the report sets beside the official view: the scale period before the
    /// official one (with the latest population year not after its last year), a minimum
    /// flexibility of 5.3 posts (the 2014 proposal), and a base figure of 3,700.
    public static func standardScenarios(from official: RangeParameters, reference: ReferenceData) -> [Scenario] {
        var scenarios: [Scenario] = []
        if let previous = reference.scalePeriods.last(where: { $0 < official.scalePeriod }) {
            var other = official
            other.scalePeriod = previous
            other.populationYear = reference.populationYears.last(where: { $0 <= previous.lastYear }) ?? official.populationYear
            scenarios.append(Scenario(name: "scale \(previous)", parameters: other))
        }
        var flexibility = official
        flexibility.minimumFlexibility = 5.3
        var base = official
        base.baseFigure = 3700
        return scenarios + [Scenario(name: "minimum flexibility 5.3", parameters: flexibility), Scenario(name: "base figure 3700", parameters: base)]
    }

    /// The default data files inside the data folder.
    public var staffPath: String { dataFolder + "/staff.csv" }
    public var ledgerPath: String { dataFolder + "/ledger.csv" }
    public var vocabularyPath: String { vocabularyFolder ?? dataFolder + "/" + LedgerVocabulary.folderName }
    public var costsPath: String { dataFolder + "/support-costs.csv" }
    public var sharesPath: String { dataFolder + "/support-shares.csv" }
}

/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible {
    case data(DataError)
    case analysis(String)

    public var description: String {
        switch self {
        case .data(let e): return e.description
        case .analysis(let s): return s
        }
    }
}
