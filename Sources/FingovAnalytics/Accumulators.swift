import FingovIngest
import FingovModel
import FingovNumerics

/// An analysis of a ledger, as an accumulator: add a line, merge with another part of the same
/// ledger, then finish into a result (`LedgerSummary.compute(cells:...)`, `PSCStatement.compute(_:period:openingBalances:)`).
///
/// It is fed from memory with `add(_:)`, or from a file on every core with
/// `Ingest.read(ledger:into:)`, which gives each worker the accumulator's worker-local form
/// (`makeSink()`, keyed by the decoder's ids) and merges their outputs.
public protocol LedgerAccumulator: Mergeable, Sendable {
    /// The worker-local form, which turns into `Self` at the end.
    associatedtype Sink: LedgerRowSink where Sink.Output == Self
    /// An empty worker-local form with the same settings as `self`.
    func makeSink() -> Sink
    /// Adds one line.
    mutating func add(_ line: LedgerLine)
    /// The lists the ledger's codes come from (the decoder checks the file's codes against them).
    var vocabulary: LedgerVocabulary { get }
}

/// An analysis of a roster, as an accumulator: add a member, merge with another part of the
/// same roster, then finish into a result (`Representation.compute(headcounts:...)` and others).
///
/// It is fed from memory with `add(_:)`, or from a file on every core with
/// `Ingest.read(roster:reference:into:)`.
public protocol RosterAccumulator: Mergeable, Sendable {
    /// The worker-local form, which turns into `Self` at the end.
    associatedtype Sink: RosterRowSink where Sink.Output == Self
    /// An empty worker-local form with the same settings as `self`.
    func makeSink(reference: ReferenceData) -> Sink
    /// The entity whose rows the decoder marks (`RosterRow.isInEntity`), or `nil` for all.
    var entity: String? { get }
    /// Whether the sink needs each row's entity (`RosterRow.entityID`).
    var needsEntities: Bool { get }
    /// Adds one member.
    mutating func add(_ member: StaffMember)
}

extension RosterAccumulator {
    /// No entity marked, by default.
    public var entity: String? { nil }
    /// No entity ids, by default.
    public var needsEntities: Bool { false }

    /// `self` with `members` added.
    public func adding(_ members: [StaffMember]) -> Self {
        var result = self
        for member in members { result.add(member) }
        return result
    }
}

extension LedgerAccumulator {
    /// `self` with `lines` added.
    public func adding(_ lines: [LedgerLine]) -> Self {
        var result = self
        for line in lines { result.add(line) }
        return result
    }
}

/// Two ledger accumulators fed in one pass over the file.
public struct LedgerPair<First: LedgerAccumulator, Second: LedgerAccumulator>: LedgerAccumulator {
    /// The first accumulator (for the report: the ledger cells).
    public var first: First
    /// The second accumulator (for the report: PSC).
    public var second: Second

    /// Both accumulators, to be fed the same rows.
    public init(_ first: First, _ second: Second) {
        precondition(first.vocabulary == second.vocabulary, "two accumulators of one ledger with different vocabularies")
        self.first = first
        self.second = second
    }

    /// The first's vocabulary (both must have the same).
    public var vocabulary: LedgerVocabulary { first.vocabulary }

    /// Adds `line` to both.
    public mutating func add(_ line: LedgerLine) {
        first.add(line)
        second.add(line)
    }

    /// Merges each with its counterpart.
    public mutating func merge(_ other: LedgerPair) {
        first.merge(other.first)
        second.merge(other.second)
    }

    /// Both worker-local forms.
    public func makeSink() -> PairSink { PairSink(first: first.makeSink(), second: second.makeSink()) }

    /// The two worker-local forms side by side.
    public struct PairSink: LedgerRowSink {
        var first: First.Sink
        var second: Second.Sink

        public mutating func accept(_ row: LedgerRow) {
            first.accept(row)
            second.accept(row)
        }

        public func output(names: LedgerNames) -> LedgerPair {
            LedgerPair(first.output(names: names), second.output(names: names))
        }
    }
}

extension Ingest {
    /// Reads the ledger at `path` into `accumulator`, on every core, in constant memory (one
    /// window plus what the accumulator keeps).
    ///
    /// - Returns: `accumulator` with every line of the file added.
    /// - Throws: `DataError` for a missing file, a bad header, or bad rows (up to the problem
    ///   limit, in file order, each with its line and column).
    // Inlinable, so that the decoder is specialised for the accumulator's sink at the call site.
    @inlinable
    ///   `notes`, when given, gathers what the intake forgave (ignored columns, the delimiter,
    ///   encoding and decimal mark when not the default); `format` says how the text is
    ///   written where the file cannot tell (`InputFormat`).
    public static func read<A: LedgerAccumulator>(ledger path: String, into accumulator: A, format: InputFormat = .automatic,
                                                  workers: Int = Workers.defaultCount,
                                                  windowBytes: Int = MappedWindows.defaultBytes, notes: NotesBox? = nil) throws(DataError) -> A {
        let part = try withOneBLASThread { () throws(DataError) in
            try read(path, columns: Ledger.fileColumns, format: format, workers: workers, windowBytes: windowBytes, notes: notes) {
                LedgerRowDecoder(header: $0, vocabulary: accumulator.vocabulary, sink: accumulator.makeSink())
            }
        }
        var result = accumulator
        result.merge(part)
        return result
    }

    /// Reads the roster at `path` into `accumulator`, on every core; then checks that no staff
    /// id is used twice.
    ///
    /// - Parameters:
    ///   - separation: what the file's `separation_date` means (the last day of service by default).
    ///   - notes: when given, gathers what the intake forgave (ignored columns, values read in
    ///     another form, the delimiter and encoding when not the default).
    ///   - format: how the text is written where the file cannot tell (`InputFormat`).
    /// - Returns: `accumulator` with every member of the file added.
    /// - Throws: `DataError` for a missing file, a bad header, no data rows, bad rows, or duplicate staff ids.
    @inlinable
    public static func read<A: RosterAccumulator>(roster path: String, reference: ReferenceData, into accumulator: A,
                                                  separation: SeparationReading = .lastDay, notes: NotesBox? = nil,
                                                  format: InputFormat = .automatic,
                                                  workers: Int = Workers.defaultCount,
                                                  windowBytes: Int = MappedWindows.defaultBytes) throws(DataError) -> A {
        let part = try withOneBLASThread { () throws(DataError) in
            try read(path, columns: Roster.fileColumns, format: format, workers: workers, windowBytes: windowBytes, notes: notes) {
                RosterRowDecoder(header: $0, reference: reference, entity: accumulator.entity, separation: separation,
                                 internsEntities: accumulator.needsEntities,
                                 sink: accumulator.makeSink(reference: reference))
            }
        }
        var result = accumulator
        result.merge(part)
        return result
    }
}

/// Runs `body` with OpenBLAS held to one thread, so that its threads and the ingest workers
/// never oversubscribe the cores.
@inlinable
func withOneBLASThread<T>(_ body: () throws(DataError) -> T) throws(DataError) -> T {
    let threadsBefore = OpenBLAS.threadCount
    OpenBLAS.setThreadCount(1)
    defer { OpenBLAS.setThreadCount(threadsBefore) }
    return try body()
}
