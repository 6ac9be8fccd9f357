import FingovCSV

/// A decoder that passes every record to `inner` except those starting at the file offsets in
/// `skipped`: the second read of a file whose later rows repeat an id, when those rows are left
/// out (`--rejects`). A repeated id is known only once the whole file has been read, after its
/// row was gathered, so the file is read again without it; the rows' own problems need no second
/// read (a decoder never gathers a row with a problem).
@usableFromInline
struct SkippingDecoder<Inner: RowDecoder>: RowDecoder {
    @usableFromInline var inner: Inner
    @usableFromInline let skipped: Set<Int>
    @usableFromInline var skipping = false

    @inlinable
    init(_ inner: Inner, skipping skipped: Set<Int>) {
        self.inner = inner
        self.skipped = skipped
    }

    @inlinable
    var problems: ProblemList {
        get { inner.problems }
        set { inner.problems = newValue }
    }

    @inlinable
    var baseOffset: Int {
        get { inner.baseOffset }
        set { inner.baseOffset = newValue }
    }

    @inlinable var uniqueIDs: (ids: RowIDs, column: Int, name: String)? { inner.uniqueIDs }
    @inlinable var rowsRead: Int { inner.rowsRead }
    @inlinable var intakeNotes: IntakeNotes { inner.intakeNotes }
    @inlinable static var allowsSpeculativeCuts: Bool { Inner.allowsSpeculativeCuts }
    @inlinable static var readsAmounts: Bool { Inner.readsAmounts }
    @inlinable func output() -> Inner.Output { inner.output() }

    @inlinable
    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        if index == 0 { skipping = skipped.contains(inner.baseOffset + recordOffset) }
        if !skipping { inner.field(index, bytes, recordOffset: recordOffset) }
    }

    @inlinable
    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        if skipping || skipped.contains(inner.baseOffset + recordOffset) {
            skipping = false
            return true
        }
        return inner.endRecord(fieldCount: fieldCount, recordOffset: recordOffset)
    }
}
