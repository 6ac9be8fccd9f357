/// One record of a CSV file: its fields as text, without quotes or escapes.
///
/// A record is reused from one `readRecord(into:)` call to the next: its fields are copied into
/// one buffer that keeps its capacity.
public struct CSVRecord: Sendable {
    /// The line on which the record starts (one-based).
    public var line: Int { positions.first?.line ?? 0 }
    /// Where each field starts (its opening quote when quoted), then where the record ends.
    var positions: [TextPosition] = []
    private var storage: [UInt8] = []
    private var ends: [Int] = []

    public init() {}

    /// The number of fields.
    public var count: Int { ends.count }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }

    /// Where field `index` (zero-based) starts: its line and character column (at its opening
    /// quote when it is quoted). For an index past the last field, where the record ends (where
    /// a missing field would be).
    public func position(ofField index: Int) -> TextPosition {
        positions.isEmpty ? TextPosition(line: 0, column: 0) : positions[min(max(index, 0), positions.count - 1)]
    }

    mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        storage.append(contentsOf: field)
        ends.append(storage.count)
    }

    /// Field `index` (zero-based) as a string (the reader has already checked that it is valid UTF-8).
    public func string(_ index: Int) -> String {
        precondition(index >= 0 && index < ends.count, "Field \(index) of a record with \(ends.count) fields")
        let start = index == 0 ? 0 : ends[index - 1]
        return storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self) }
    }

    /// Every field as a string.
    public func strings() -> [String] { (0..<count).map(string) }
}
