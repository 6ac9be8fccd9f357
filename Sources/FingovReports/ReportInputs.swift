import FingovAnalytics
import FingovIngest
import FingovModel

/// The report's inputs, read into accumulators as the commands read them: the roster once per
/// selection, the ledger once for all its tables (cells, the PSC statement and the full cost in one pass). Memory does not
/// grow with the size of the files.
struct ReportInputs {
    var reference: ReferenceData
    /// Headcounts in posts subject to geographical distribution, in all Professional posts, and
    /// in the indicative entity.
    var regular: Headcounts
    var allFunding: Headcounts
    var indicativeEntity: Headcounts
    var appointments: AppointmentRecords
    var gender: GenderTally
    var ledger: LedgerPair<LedgerCells, LedgerPair<PSCStatementTally, FullCostTally>>
    /// The regional and development groups of the States.
    var groups: StateGroups
    /// Headcounts on each 31 December of the trend, read in one pass.
    var trend: [(year: Int, headcounts: Headcounts)]
    /// The staff counted on the date and those reaching the retirement age in the next years.
    var outlook: RetirementTally
    var units: [CostUnit]
    var shares: [ServiceShare]
    /// The rows of the roster and of the ledger left out with problems, when `settings.rejecting`.
    var rosterRejected: RejectedRows?
    var ledgerRejected: RejectedRows?

    /// Reads every input named by `settings`.
    ///
    /// - Parameter rootFolder: where a relative data folder is found (by default the working folder).
    init(settings: ReportSettings, rootFolder: String?) throws(DataError) {
        func resolved(_ path: String) -> String {
            guard let rootFolder, !path.hasPrefix("/") else { return path }
            return rootFolder + "/" + path
        }
        let reference = try ReferenceData.load(from: resolved(settings.dataFolder))
        self.reference = reference
        let staffPath = resolved(settings.staffPath)
        // Every read of the roster leaves out the same rows; the first read's list is kept.
        let rosterBox = NotesBox(rejecting: settings.rejecting)
        func headcounts(_ selection: StaffSelection) throws(DataError) -> Headcounts {
            try Ingest.read(roster: staffPath, reference: reference, into: Headcounts(selection: selection), notes: rosterBox, format: settings.format)
        }
        regular = try headcounts(StaffSelection(asOf: settings.asOf, view: .regular))
        rosterRejected = rosterBox.rejected
        allFunding = try headcounts(StaffSelection(asOf: settings.asOf, view: .all))
        indicativeEntity = try headcounts(StaffSelection(asOf: settings.asOf, view: .regular, entity: settings.indicativeEntity))
        appointments = try Ingest.read(roster: staffPath, reference: reference,
                                       into: AppointmentRecords(from: settings.appointmentsFrom, to: settings.appointmentsTo), notes: rosterBox, format: settings.format)
        gender = try Ingest.read(roster: staffPath, reference: reference, into: GenderTally(asOf: settings.asOf), notes: rosterBox, format: settings.format)
        let years = Array(min(settings.trendFrom, settings.asOf.year)...settings.asOf.year)
        let series = try Ingest.read(roster: staffPath, reference: reference,
                                     into: RosterSeries(years.map { Headcounts(selection: StaffSelection(asOf: Trend.yearEnd($0)!)) }), notes: rosterBox, format: settings.format)
        trend = Array(zip(years, series.elements)).map { ($0, $1) }
        outlook = try Ingest.read(roster: staffPath, reference: reference,
                                  into: RetirementTally(selection: StaffSelection(asOf: settings.asOf, view: .regular), years: settings.outlookYears), notes: rosterBox, format: settings.format)
        groups = try StateGroups.load(from: resolved(settings.dataFolder), reference: reference)
        let vocabulary = try LedgerVocabulary.load(folder: resolved(settings.vocabularyPath))
        let ledgerBox = NotesBox(rejecting: settings.rejecting)
        ledger = try Ingest.read(ledger: resolved(settings.ledgerPath),
                                 into: LedgerPair(LedgerCells(vocabulary: vocabulary),
                                                  LedgerPair(PSCStatementTally(standardRateBasisPoints: settings.pscRateBasisPoints, vocabulary: vocabulary),
                                                             FullCostTally(period: settings.ledgerPeriod, sources: [.programmeSupportCost], vocabulary: vocabulary))),
                                 format: settings.format, notes: ledgerBox)
        ledgerRejected = ledgerBox.rejected
        units = try SupportCostFiles.loadCosts(path: resolved(settings.costsPath))
        shares = try SupportCostFiles.loadShares(path: resolved(settings.sharesPath))
    }
}
