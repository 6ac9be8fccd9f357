import FingovCSV
import FingovModel

/// Representation, appointments and gender over a roster file of any size, read in chunks on
/// every core (see `StreamDriver`): the workers decode rows from bytes (`RosterRowDecoder`) into
/// small accumulators (headcounts by State, counts by grade, the appointments of one period),
/// merged at the end.
///
/// Duplicate staff ids are caught within each worker as rows are read, and across workers when
/// their ids are merged; the id table is the one thing that grows with the roster.
public enum RosterStream {
    /// Each State's representation on the selection's date.
    public static func representation(path: String, reference: ReferenceData, parameters: RangeParameters, selection: StaffSelection,
                                      workers: Int = StreamDriver.defaultWorkers, chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws -> Representation {
        let headcounts = try headcounts(path: path, reference: reference, selection: selection, workers: workers, chunkBytes: chunkBytes)
        return try Representation.compute(headcounts: headcounts, reference: reference, parameters: parameters, selection: selection)
    }

    /// Headcounts under a selection (for the scenarios).
    public static func headcounts(path: String, reference: ReferenceData, selection: StaffSelection,
                                  workers: Int = StreamDriver.defaultWorkers, chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws(DataError) -> Headcounts {
        let decoders = try run(path: path, reference: reference, entity: selection.entity, workers: workers, chunkBytes: chunkBytes) {
            HeadcountSink(selection: selection, states: reference.states.map(\.state))
        }
        var headcounts = Headcounts()
        for decoder in decoders { headcounts.merge(decoder.sink.headcounts) }
        return headcounts
    }

    /// The 50 per cent target over the appointments from `from` to `to`.
    public static func appointments(path: String, reference: ReferenceData, parameters: RangeParameters, from: CalendarDate, to: CalendarDate,
                                    targetPercent: Double = 50, workers: Int = StreamDriver.defaultWorkers,
                                    chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws -> AppointmentTarget {
        let decoders = try run(path: path, reference: reference, entity: nil, workers: workers, chunkBytes: chunkBytes) {
            AppointmentSink(records: AppointmentRecords(from: from, to: to), states: reference.states.map(\.state))
        }
        var records = AppointmentRecords(from: from, to: to)
        for decoder in decoders {
            var part = decoder.sink.records
            let entities = decoder.entities.strings
            part.appointments = decoder.sink.appointments.map { (reference.states[$0.state].state, entities[Int($0.entity)]) }
            records.merge(part)
        }
        return try AppointmentTarget.compute(records: records, reference: reference, parameters: parameters, targetPercent: targetPercent)
    }

    /// Women's share by grade on `asOf`.
    public static func gender(path: String, reference: ReferenceData, asOf: CalendarDate, entity: String? = nil,
                              workers: Int = StreamDriver.defaultWorkers, chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws -> GenderParity {
        let decoders = try run(path: path, reference: reference, entity: entity, workers: workers, chunkBytes: chunkBytes) {
            GenderSink(tally: GenderTally(asOf: asOf))
        }
        var tally = GenderTally(asOf: asOf)
        for decoder in decoders { tally.merge(decoder.sink.tally) }
        return GenderParity.compute(tally: tally)
    }

    /// Decodes the roster with one decoder per worker, then checks staff ids across workers.
    ///
    /// - Throws: `DataError` for bad rows, or for a staff id that two workers each saw once.
    static func run<S: RosterRowSink>(path: String, reference: ReferenceData, entity: String?, workers: Int, chunkBytes: Int,
                                      makeSink: () -> S) throws(DataError) -> [RosterRowDecoder<S>] {
        let decoders = try StreamDriver.run(path: path, required: Roster.columns, workers: workers, chunkBytes: chunkBytes) {
            RosterRowDecoder(header: $0, reference: reference, entity: entity, sink: makeSink())
        }
        guard decoders.count > 1 else { return decoders }
        var seen = ByteInterner()
        var firstOffsets: [Int] = []
        var problems = ProblemList()
        let idColumn = decoders[0].staffIDColumn
        var all: [(offset: Int, worker: Int, id: Int32)] = []
        for (w, decoder) in decoders.enumerated() {
            for (i, offset) in decoder.firstOffsets.enumerated() { all.append((offset, w, Int32(i))) }
        }
        all.sort { $0.offset < $1.offset }
        for entry in all {
            let decoder = decoders[entry.worker]
            let before = seen.count
            let id = decoder.staffIDs.withBytes(entry.id) { seen.id(of: $0) }
            if seen.count == before {
                let name = decoder.staffIDs.string(entry.id)
                problems.add(OffsetProblem(offset: entry.offset, column: idColumn,
                                           message: "duplicate staff_id (found '\(name)', already on line \(OffsetProblem.relatedLine))",
                                           relatedOffset: firstOffsets[Int(id)]))
            } else {
                firstOffsets.append(entry.offset)
            }
        }
        if !problems.isEmpty { throw problems.located(file: path) { LineNumbers.lines(of: $0, inFile: path) } }
        return decoders
    }
}

/// Headcounts by State under a selection.
struct HeadcountSink: RosterRowSink {
    let selection: StaffSelection
    let states: [MemberState]
    var headcounts = Headcounts()

    init(selection: StaffSelection, states: [MemberState]) {
        self.selection = selection
        self.states = states
    }

    mutating func accept(_ row: RosterRow, recordOffset: Int) {
        headcounts.add(nationality: states[row.stateIndex], isInEntity: row.isInEntity, isServing: row.isServing(on: selection.asOf),
                       grade: row.grade, postFunding: row.postFunding, isLanguagePost: row.isLanguagePost, selection: selection)
    }
}

/// Headcounts at the start of a period and the appointments in it (entities as ids, named at
/// the merge).
struct AppointmentSink: RosterRowSink {
    var records: AppointmentRecords
    let states: [MemberState]
    var appointments: [(state: Int, entity: Int32)] = []

    mutating func accept(_ row: RosterRow, recordOffset: Int) {
        let before = records.accounting.used
        records.add(nationality: states[row.stateIndex], entity: "", appointed: row.appointmentDate, separated: row.separationDate,
                    grade: row.grade, postFunding: row.postFunding, isLanguagePost: row.isLanguagePost)
        if records.accounting.used > before { appointments.append((row.stateIndex, row.entityID)) }
    }
}

/// Women and men by grade.
struct GenderSink: RosterRowSink {
    var tally: GenderTally

    mutating func accept(_ row: RosterRow, recordOffset: Int) {
        tally.add(gender: row.gender, grade: row.grade, isInEntity: row.isInEntity, isServing: row.isServing(on: tally.asOf),
                  isGeographical: row.isSubjectToGeographicalDistribution)
    }
}
