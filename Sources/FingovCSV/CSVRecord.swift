/// One record of a CSV file: its fields as bytes, without quotes or escapes.
///
/// A record is reused from one `readRecord(into:)` call to the next, so reading a file does not
/// allocate per field. Ask for `string(_:)` only where a `String` is really needed.
public struct CSVRecord: Sendable {
    /// The line on which the record starts (one-based).
    public internal(set) var line: Int = 0
    var source: [UInt8] = []
    var scratch: [UInt8] = []
    // Field i spans ranges[i] in `source`, or in `scratch` when inScratch[i].
    private var ranges: [Range<Int>] = []
    private var inScratch: [Bool] = []

    public init() {}

    /// The number of fields.
    public var count: Int { ranges.count }

    mutating func removeAll() {
        scratch.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        inScratch.removeAll(keepingCapacity: true)
    }

    mutating func appendSourceField(_ range: Range<Int>) {
        ranges.append(range)
        inScratch.append(false)
    }

    mutating func appendScratchField(from start: Int) {
        ranges.append(start..<scratch.count)
        inScratch.append(true)
    }

    /// Calls `body` with the bytes of field `index` (zero-based).
    @inline(__always)
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < ranges.count, "Field \(index) of a record with \(ranges.count) fields")
        let range = ranges[index]
        let storage = inScratch[index] ? scratch : source
        return try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// The bytes of field `index`.
    public func bytes(_ index: Int) -> ArraySlice<UInt8> {
        let range = ranges[index]
        return inScratch[index] ? scratch[range] : source[range]
    }

    /// Field `index` as a string (the reader has already checked that it is valid UTF-8).
    public func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field as a string.
    public func strings() -> [String] { (0..<count).map(string) }

    /// Whether field `index` is empty.
    public func isEmpty(_ index: Int) -> Bool { ranges[index].isEmpty }
}
