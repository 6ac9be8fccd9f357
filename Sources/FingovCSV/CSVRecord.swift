/// One record of a CSV file: its fields as text, without quotes or escapes.
///
/// A record is reused from one `readRecord(into:)` call to the next: its fields are copied into
/// one buffer that keeps its capacity.
public struct CSVRecord: Sendable {
    /// The line on which the record starts (one-based).
    public internal(set) var line: Int = 0
    private var storage: [UInt8] = []
    private var ends: [Int] = []

    public init() {}

    /// The number of fields.
    public var count: Int { ends.count }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
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
