import FingovCSV

/// Something gathered from part of a file that can take in what was gathered from another part
/// of the same file (a worker's accumulator, or a list of rows).
public protocol Mergeable {
    /// Adds what `other` gathered; afterwards `self` is as if it had seen both parts.
    mutating func merge(_ other: Self)
}

extension Array: Mergeable {
    /// Appends `other` (a later part of the file).
    public mutating func merge(_ other: [Element]) { append(contentsOf: other) }
}

/// A byte-level row decoder for `Ingest.read`: it checks each record the scanner finds, keeps
/// its problems at file offsets, and gathers the good rows into its `Output`.
public protocol RowDecoder: RecordHandler, SendableMetatype {
    /// What the decoder gathers; the workers' outputs are merged in file order.
    associatedtype Output: Mergeable
    /// Problems found so far, at file offsets.
    /// (Set by `Ingest` to a list that keeps every problem when bad rows are left out rather
    /// than stopping the run.)
    var problems: ProblemList { get set }
    /// Added to the scanner's offsets in problems: the file offset of the buffer being scanned.
    var baseOffset: Int { get set }
    /// The ids of the rows decoded, for the duplicate check, with the one-based column and the
    /// name of the id column; `nil` when the rows have no id that must be unique.
    var uniqueIDs: (ids: RowIDs, column: Int, name: String)? { get }
    /// Decodes the records of `buffer[start..<end]`, which begins at a record boundary, whose
    /// fields are separated by `delimiter`.
    mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter,
                              scratch: inout [UInt8]) throws(CSVSyntaxError)
    /// What the decoder gathered, with its local ids (interned names) resolved.
    func output() -> Output
    /// Data rows seen, good or bad.
    var rowsRead: Int { get }
    /// What the decoder forgave (values read in another form), for the notes.
    var intakeNotes: IntakeNotes { get }
    /// Whether windows may be cut without counting quotes (`RecordCuts.speculative`): the
    /// decoders are then copied before each window, to be restored if a cut proves wrong, which
    /// suits decoders whose state stays small.
    static var allowsSpeculativeCuts: Bool { get }
    /// Whether the rows hold amounts, read with the file's decimal mark (`DataHeader.decimalMark`),
    /// which the notes then state.
    static var readsAmounts: Bool { get }
}

extension RowDecoder {
    /// Nothing forgiven, by default.
    public var intakeNotes: IntakeNotes { IntakeNotes() }

    /// No amounts, by default.
    public static var readsAmounts: Bool { false }

    /// No ids to check, by default.
    public var uniqueIDs: (ids: RowIDs, column: Int, name: String)? { nil }

    /// Scans with `FieldScanner`, the one record splitter.
    @inlinable
    public mutating func scanRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, delimiter: Delimiter,
                                     scratch: inout [UInt8]) throws(CSVSyntaxError) {
        _ = try FieldScanner.scan(buffer, from: start, to: end, delimiter: delimiter, scratch: &scratch, handler: &self)
    }
}

/// The one road from a data file to typed rows: the only code that reads input files.
///
/// A file in UTF-8 (with or without a byte-order mark) is read where it lies; a file in another
/// encoding (UTF-16 with its byte-order mark, or as `InputFormat.encoding` says) is transcoded
/// to UTF-8 in memory first, and read from there the same way. Its delimiter is found from
/// the header line unless given (`InputFormat`). The file is mapped in windows that start at record boundaries (`MappedWindows`); the header
/// is checked (`DataHeader`, required, optional and ignored columns); each window is cut at record
/// boundaries into one part per worker (`RecordCuts.counted`, which counts quotes, or for
/// decoders that allow it `RecordCuts.speculative`, checked by the scan); worker k always decodes
/// part k with its own decoder (`Workers`), so no state is shared while they run. Problems from
/// every worker, the scanner and the duplicate-id check are gathered in one `ProblemList` and
/// located by line and column (`LineNumbers`). Memory is one window plus what the decoders keep.
public enum Ingest {
    /// Decodes the file at `path` with one decoder per worker, made by `makeDecoder` from the
    /// checked header, and returns the decoders' merged output.
    ///
    /// - Throws: `DataError` for a missing, unreadable or empty file, a bad header, bad rows or
    ///   duplicate ids (up to the problem limit, in file order, with lines and columns).
    // Inlinable, as are the functions it calls, so that the decoder and its sink are specialised
    // into the scan at the call site: the per-field calls then cost no dynamic dispatch.
    @inlinable
    public static func read<D: RowDecoder>(_ path: String, columns: Columns, format: InputFormat = .automatic, workers: Int = Workers.defaultCount,
                                           windowBytes: Int = MappedWindows.defaultBytes,
                                           decoder makeDecoder: (DataHeader) -> D) throws(DataError) -> D.Output {
        try read(path, columns: columns, format: format, workers: workers, windowBytes: windowBytes, notes: nil, decoder: makeDecoder)
    }

    /// The same read, which also gathers what the intake forgave (ignored columns, values read
    /// in another form, a delimiter or an encoding other than the default) into `notes`.
    @inlinable
    public static func read<D: RowDecoder>(_ path: String, columns: Columns, format: InputFormat = .automatic, workers: Int = Workers.defaultCount,
                                           windowBytes: Int = MappedWindows.defaultBytes, notes: NotesBox?,
                                           decoder makeDecoder: (DataHeader) -> D) throws(DataError) -> D.Output {
        let rejecting = notes?.rejecting ?? false
        var (decoders, header, problems, transcoded) = try decode(path, columns: columns, format: format, workers: workers, windowBytes: windowBytes,
                                                                  rejecting: rejecting, decoder: makeDecoder)
        if let notes, rejecting {
            var rejected = RejectedRows(file: path, reading: header)
            rejected.rowsRead = decoders.reduce(0) { $0 + $1.rowsRead }
            // Rows with problems were never gathered; rows repeating an id were, so the file is
            // read again without them.
            let repeated = problems.repeatedIDRecords
            if !repeated.isEmpty {
                decoders = try decode(path, columns: columns, format: format, workers: workers, windowBytes: windowBytes, rejecting: true) {
                    SkippingDecoder(makeDecoder($0), skipping: repeated)
                }.decoders.map(\.inner)
            }
            let delimiter = header.delimiter
            if notes.rejected?.file == path {
                // Read before into the same box (the report reads its roster once per table): the
                // rows left out are the same, and are not located and read again.
                rejected = notes.rejected!
            } else if let transcoded {
                transcoded.withUnsafeBufferPointer { buffer in
                    rejected.add(problems, lines: { LineNumbers.lines(of: $0, in: buffer) },
                                 fields: { $0.map { RecordFields.fields(ofRecordAt: $0, in: buffer, delimiter: delimiter) } })
                }
            } else {
                rejected.add(problems, lines: { LineNumbers.lines(of: $0, inFile: path) },
                             fields: { RecordFields.fields(ofRecordsAt: $0, inFile: path, delimiter: delimiter) })
            }
            notes.rejected = rejected
        }
        var result = decoders[0].output()
        for decoder in decoders.dropFirst() { result.merge(decoder.output()) }
        if let notes {
            var gathered = IntakeNotes()
            gathered.noteFormat(of: header, amounts: D.readsAmounts)
            gathered.ignoredColumns = header.unknownNames
            for decoder in decoders { gathered.merge(decoder.intakeNotes) }
            notes.notes.merge(gathered)
        }
        return result
    }

    /// Decodes `bytes`, the contents of `file` already in memory (a test fixture, a small file),
    /// with one decoder and the same checks and messages as a file read by `read(_:columns:...)`.
    ///
    /// - Throws: `DataError` for an empty input, a bad header, bad rows or duplicate ids.
    @inlinable
    public static func read<D: RowDecoder>(bytes: [UInt8], file: String, columns: Columns, format: InputFormat = .automatic,
                                           decoder makeDecoder: (DataHeader) -> D) throws(DataError) -> D.Output {
        try read(bytes: bytes, file: file, columns: columns, format: format, notes: nil, decoder: makeDecoder)
    }

    /// The same read, which also gathers what the intake forgave into `notes` and, when
    /// `notes.rejecting`, leaves out the rows with problems and lists them in `notes.rejected`.
    @inlinable
    public static func read<D: RowDecoder>(bytes: [UInt8], file: String, columns: Columns, format: InputFormat = .automatic, notes: NotesBox?,
                                           decoder makeDecoder: (DataHeader) -> D) throws(DataError) -> D.Output {
        let (text, encoding) = try format.utf8(bytes, file: file)
        var reader = CSVReader(bytes: text, file: file, delimiter: format.delimiter)
        var header = try DataHeader(reading: &reader, columns: columns, format: format)
        header.encoding = encoding
        let rejecting = notes?.rejecting ?? false
        var decoder = makeDecoder(header)
        if rejecting { decoder.problems = .unlimited }
        if let notes, rejecting { notes.rejected = RejectedRows(file: file, reading: header) }
        var scratch: [UInt8] = []
        let failure: DataError? = text.withUnsafeBufferPointer { buffer in
            var problems = ProblemList()
            do throws(CSVSyntaxError) {
                try decoder.scanRecords(buffer, from: header.bodyOffset, to: buffer.count, delimiter: header.delimiter, scratch: &scratch)
                problems = decoder.problems
                if decoder.rowsRead == 0 { return noDataRows(file: file, columns: columns) }
                if let unique = decoder.uniqueIDs {
                    // In the same pass as the rows' own problems, so that one run lists them all.
                    var duplicates = ProblemList(listLimit: problems.listLimit)
                    for problem in DuplicateIDs.find([unique.ids], column: unique.column, name: unique.name, in: buffer,
                                                     bodyOffset: header.bodyOffset, delimiter: header.delimiter) { duplicates.add(problem) }
                    problems.merge(duplicates)
                }
            } catch {
                problems = ProblemList()
                for p in decoder.problems.problems where p.offset < error.recordOffset { problems.add(p) }
                problems.add(OffsetProblem(syntax: error))
                return problems.located(file: file, delimiter: header.delimiter, in: buffer)
            }
            if problems.isEmpty { return nil }
            guard let notes, rejecting else { return problems.located(file: file, delimiter: header.delimiter, in: buffer) }
            var rejected = RejectedRows(file: file, reading: header)
            rejected.rowsRead = decoder.rowsRead // before a second read leaves out the repeated ids
            let repeated = problems.repeatedIDRecords
            if !repeated.isEmpty {
                var again = SkippingDecoder(makeDecoder(header), skipping: repeated)
                again.problems = .unlimited
                var scratch: [UInt8] = []
                try? again.scanRecords(buffer, from: header.bodyOffset, to: buffer.count, delimiter: header.delimiter, scratch: &scratch)
                decoder = again.inner
            }
            rejected.add(problems, lines: { LineNumbers.lines(of: $0, in: buffer) },
                         fields: { $0.map { RecordFields.fields(ofRecordAt: $0, in: buffer, delimiter: header.delimiter) } })
            notes.rejected = rejected
            return nil
        }
        if let failure { throw failure }
        if let notes {
            var gathered = IntakeNotes()
            gathered.noteFormat(of: header, amounts: D.readsAmounts)
            gathered.ignoredColumns = header.unknownNames
            gathered.merge(decoder.intakeNotes)
            notes.notes.merge(gathered)
        }
        return decoder.output()
    }

    /// One worker's decoder and buffers.
    @usableFromInline
    struct Slot<D> {
        @usableFromInline var decoder: D
        @usableFromInline var scratch: [UInt8] = []
        @usableFromInline var failure: CSVSyntaxError? = nil

        @inlinable
        init(decoder: D) { self.decoder = decoder }
    }

    /// The error for a file with a header and no data rows (a problem with the whole file).
    @inlinable
    static func noDataRows(file: String, columns: Columns) -> DataError {
        DataError(CSVError(file: file, line: 0, column: 0,
                           message: "no data rows (found only the header, expected at least one row under \(columns.required.joined(separator: ",")))"))
    }

    /// Decodes the file and checks its ids; returns the decoders (at least one), the header,
    /// and the file transcoded to UTF-8 when it was in another encoding (problems' offsets are
    /// in those bytes).
    ///
    /// With `rejecting`, the rows' problems and duplicate ids do not throw: every one is returned
    /// (a syntax error, after which no row can be trusted, still throws).
    @inlinable
    static func decode<D: RowDecoder>(_ path: String, columns: Columns, format: InputFormat, workers: Int, windowBytes: Int, rejecting: Bool = false,
                                      decoder makeDecoder: (DataHeader) -> D) throws(DataError)
        -> (decoders: [D], header: DataHeader, problems: ProblemList, transcoded: [UInt8]?) {
        // A file in UTF-8 is mapped where it lies; another encoding is transcoded in memory
        // (spreadsheet exports: small files), then read the same way, as one window.
        let encoding = format.encoding(ofFile: path) ?? .utf8
        var transcoded: [UInt8]? = nil
        if encoding != .utf8 {
            transcoded = try format.utf8(readFileBytes(path), file: path).bytes
        }
        var slots: [Slot<D>] = []
        var header: DataHeader?
        var syntaxError: CSVSyntaxError?
        var headerError: DataError?
        func decodeWindow(_ window: UnsafeBufferPointer<UInt8>, _ fileOffset: Int, _ isLast: Bool) -> Int? {
            var start = 0
            if header == nil {
                // The header is read from the first window; if the window ends inside it, the
                // window is widened.
                if !isLast && FieldScanner.firstBoundary(window) == nil { return 0 }
                // Only the bytes up to the header's end are copied for the reader (not the window).
                var reader = CSVReader(bytes: Array(window[0..<headerEnd(window)]), file: path, delimiter: format.delimiter)
                do throws(DataError) {
                    var h = try DataHeader(reading: &reader, columns: columns, format: format)
                    h.encoding = encoding
                    header = h
                    start = h.bodyOffset
                    slots = (0..<workers).map { _ in
                        var slot = Slot(decoder: makeDecoder(h))
                        if rejecting { slot.decoder.problems = .unlimited }
                        return slot
                    }
                } catch {
                    headerError = error
                    return nil
                }
                if start >= window.count { return window.count } // a header and nothing else
            }
            let delimiter = header!.delimiter
            let speculative = D.allowsSpeculativeCuts ? RecordCuts.speculative(window, from: start, parts: workers, isLast: isLast) : nil
            guard let points = speculative ?? RecordCuts.counted(window, from: start, parts: workers, isLast: isLast) else {
                header = start > 0 ? nil : header // read the header again from the wider window
                return 0
            }
            let snapshot = speculative != nil ? slots : []
            decodeParts(window, points, fileOffset, delimiter, &slots)
            if speculative != nil && slots.contains(where: { $0.failure != nil }) {
                // A cut may have fallen inside quotes: start the window again with exact cuts.
                slots = snapshot
                guard let exact = RecordCuts.counted(window, from: start, parts: workers, isLast: isLast) else {
                    header = start > 0 ? nil : header
                    return 0
                }
                decodeParts(window, exact, fileOffset, delimiter, &slots)
                if let first = slots.lazy.compactMap(\.failure).first {
                    syntaxError = first
                    return nil
                }
                return exact.last!
            }
            if let first = slots.lazy.compactMap(\.failure).first {
                syntaxError = first
                return nil
            }
            return points.last!
        }
        if let transcoded {
            _ = transcoded.withUnsafeBufferPointer { decodeWindow($0, 0, true) }
        } else {
            do {
                try MappedWindows.forEachWindow(path: path, windowBytes: windowBytes, decodeWindow)
            } catch let error as FileReadError {
                throw DataError(file: path, message: "cannot \(error.reason == "no such file" ? "open" : "read") the file (\(error.reason))")
            } catch {
                throw DataError(file: path, message: "cannot read the file (\(error))")
            }
        }
        if let headerError { throw headerError }
        guard let header else {
            throw DataError(file: path, message: "the file is empty (expected a header row: \(columns.required.joined(separator: ",")))")
        }
        if syntaxError == nil && slots.allSatisfy({ $0.decoder.rowsRead == 0 }) { throw noDataRows(file: path, columns: columns) }
        var problems = rejecting ? ProblemList.unlimited : ProblemList()
        for slot in slots { problems.merge(slot.decoder.problems) }
        if let syntaxError {
            // Rows after a malformed record cannot be trusted: keep what came before it.
            var kept = ProblemList()
            for p in problems.problems where p.offset < syntaxError.recordOffset { kept.add(p) }
            kept.add(OffsetProblem(syntax: syntaxError))
            problems = kept
        } else if let first = slots[0].decoder.uniqueIDs {
            let parts = slots.compactMap { $0.decoder.uniqueIDs?.ids }
            // Duplicates are looked for in the same run as the rows' own problems, so that one
            // run lists them all.
            var duplicates = ProblemList(listLimit: problems.listLimit)
            let found = transcoded.map { text in
                text.withUnsafeBufferPointer {
                    DuplicateIDs.find(parts, column: first.column, name: first.name, in: $0, bodyOffset: header.bodyOffset, delimiter: header.delimiter)
                }
            } ?? DuplicateIDs.find(parts, column: first.column, name: first.name, inFile: path, bodyOffset: header.bodyOffset, delimiter: header.delimiter)
            for problem in found { duplicates.add(problem) }
            problems.merge(duplicates)
        }
        if !problems.isEmpty && (!rejecting || syntaxError != nil) {
            // Listed up to the usual limit (a rejecting read's list keeps every problem).
            var listed = rejecting ? ProblemList() : problems
            if rejecting { for problem in problems.problems { listed.add(problem) } }
            if let transcoded { throw transcoded.withUnsafeBufferPointer { listed.located(file: path, delimiter: header.delimiter, in: $0) } }
            throw listed.located(file: path, delimiter: header.delimiter, inFile: path)
        }
        return (slots.map(\.decoder), header, problems, transcoded)
    }

    /// The offset just after the first record that is not a blank line (the header), or the
    /// end of `window` when it ends inside it.
    @inlinable
    static func headerEnd(_ window: UnsafeBufferPointer<UInt8>) -> Int {
        var start = 0
        while start < window.count && (window[start] == 0x0A || window[start] == 0x0D) { start += 1 }
        return FieldScanner.boundary(after: start, quotesBefore: 0, window, to: window.count) ?? window.count
    }

    /// Decodes part k of a window (from `points[k]` to `points[k + 1]`) with worker k's decoder,
    /// all parts at once, noting each part's syntax error.
    @inlinable
    static func decodeParts<D: RowDecoder>(_ window: UnsafeBufferPointer<UInt8>, _ points: [Int], _ fileOffset: Int, _ delimiter: Delimiter,
                                           _ slots: inout [Slot<D>]) {
        let parts = points.count - 1
        Workers.forEach(&slots) { k, slot in
            slot.failure = nil
            guard k < parts else { return } // a small window may have fewer parts than workers
            slot.decoder.baseOffset = fileOffset
            do throws(CSVSyntaxError) {
                try slot.decoder.scanRecords(window, from: points[k], to: points[k + 1], delimiter: delimiter, scratch: &slot.scratch)
            } catch {
                slot.failure = error.shifted(by: fileOffset)
            }
        }
    }
}
