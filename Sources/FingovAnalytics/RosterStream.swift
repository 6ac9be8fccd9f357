import FingovCSV
import FingovModel
#if canImport(Glibc)
import Glibc
#endif

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
        var headcounts = Headcounts(selection: selection)
        for decoder in decoders { headcounts.merge(decoder.sink.headcounts()) }
        return headcounts
    }

    /// The 50 per cent target over the appointments from `from` to `to`.
    public static func appointments(path: String, reference: ReferenceData, parameters: RangeParameters, from: CalendarDate, to: CalendarDate,
                                    targetPercent: Double = 50, workers: Int = StreamDriver.defaultWorkers,
                                    chunkBytes: Int = ChunkedFile.defaultChunkBytes) throws -> AppointmentTarget {
        let decoders = try run(path: path, reference: reference, entity: nil, internsEntities: true, workers: workers, chunkBytes: chunkBytes) {
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

    /// Decodes the roster with one decoder per worker, then checks that no staff id is used twice.
    ///
    /// - Throws: `DataError` for bad rows (all found by the workers), or then for duplicate ids.
    static func run<S: RosterRowSink>(path: String, reference: ReferenceData, entity: String?, internsEntities: Bool = false, workers: Int,
                                      chunkBytes: Int, makeSink: () -> S) throws(DataError) -> [RosterRowDecoder<S>] {
        let decoders = try StreamDriver.run(path: path, required: Roster.columns, workers: workers, chunkBytes: chunkBytes) {
            RosterRowDecoder(header: $0, reference: reference, entity: entity, internsEntities: internsEntities, sink: makeSink())
        }
        let duplicates = StaffIDCheck.duplicates(decoders.map { ($0.idHashes, $0.idOffsets) }, column: decoders[0].staffIDColumn) { offset in
            recordField(decoders[0].staffIDColumn, at: offset, path: path)
        }
        var problems = ProblemList()
        for problem in duplicates { problems.add(problem) }
        if !problems.isEmpty { throw problems.located(file: path) { LineNumbers.lines(of: $0, inFile: path) } }
        return decoders
    }
}

/// Headcounts by State under a selection, the States counted in an array by reference index.
struct HeadcountSink: RosterRowSink {
    let states: [MemberState]
    var tally: Headcounts
    var byState: [Int]

    init(selection: StaffSelection, states: [MemberState]) {
        self.states = states
        tally = Headcounts(selection: selection)
        byState = Array(repeating: 0, count: states.count)
    }

    mutating func accept(_ row: RosterRow, recordOffset: Int) {
        if tally.record(isInEntity: row.isInEntity, isServing: row.isServing(on: tally.selection.asOf), grade: row.grade,
                        postFunding: row.postFunding, isLanguagePost: row.isLanguagePost) {
            byState[row.stateIndex] += 1
        }
    }

    func headcounts() -> Headcounts {
        var result = tally
        for (i, n) in byState.enumerated() where n > 0 { result.counts[states[i], default: 0] += n }
        return result
    }
}

/// Headcounts at the start of a period and the appointments in it (entities as ids, named at
/// the merge).
struct AppointmentSink: RosterRowSink {
    var records: AppointmentRecords
    let states: [MemberState]
    var appointments: [(state: Int, entity: Int32)] = []

    mutating func accept(_ row: RosterRow, recordOffset: Int) {
        let before = records.appointments.count
        records.add(nationality: states[row.stateIndex], entity: "", appointed: row.appointmentDate, separated: row.separationDate,
                    grade: row.grade, postFunding: row.postFunding, isLanguagePost: row.isLanguagePost)
        if records.appointments.count > before {
            records.appointments.removeLast()
            appointments.append((row.stateIndex, row.entityID))
        }
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

/// Field `column` of the record that starts at `offset` in the file at `path`.
func recordField(_ column: Int, at offset: Int, path: String) -> String {
    guard let handle = fopen(path, "rb") else { return "" }
    defer { fclose(handle) }
    var window = [UInt8](repeating: 0, count: 1 << 16)
    fseek(handle, offset, SEEK_SET)
    let n = window.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
    return Array(window[0..<n]).withUnsafeBufferPointer { StaffIDCheck.field(column, ofRecordAt: 0, in: $0) }
}
