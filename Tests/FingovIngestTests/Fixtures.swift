import Foundation
import FingovCSV
import FingovIngest

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "fingov-ingest-" + UUID().uuidString + ".csv"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

/// A small, seeded generator (no dependence on the model's).
struct TestRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// The sum and count of a column `n` of integers, with the text of a column `id` kept unique.
struct Tally: Mergeable, Equatable {
    var rows = 0
    var sum = 0
    mutating func merge(_ other: Tally) {
        rows += other.rows
        sum += other.sum
    }
}

/// A decoder for files with columns `id,n` (and maybe others): it checks that `n` is an
/// integer and keeps the ids for the duplicate check.
struct TallyDecoder: RowDecoder {
    var problems = ProblemList()
    var baseOffset = 0
    var tally = Tally()
    var ids = RowIDs()
    let idColumn: Int, numberColumn: Int, fieldCount: Int
    var value: Int?
    var bad = false
    var rowsRead = 0

    init(header: DataHeader) {
        idColumn = header.columnIndex["id"]!
        numberColumn = header.columnIndex["n"]!
        fieldCount = header.names.count
    }

    static var allowsSpeculativeCuts: Bool { false }
    var uniqueIDs: (ids: RowIDs, column: Int, name: String)? { (ids, idColumn + 1, "id") }
    func output() -> Tally { tally }

    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        if index == idColumn { ids.add(bytes, recordOffset: baseOffset + recordOffset) }
        if index == numberColumn {
            let text = String(decoding: bytes, as: UTF8.self)
            if let n = Int(text) { value = n } else if !bad {
                bad = true
                problems.add(OffsetProblem(offset: baseOffset + recordOffset, column: index + 1, message: "invalid n (found '\(text)', expected an integer)"))
            }
        }
    }

    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        rowsRead += 1
        if !bad, let value, fieldCount == self.fieldCount {
            tally.rows += 1
            tally.sum += value
        }
        value = nil
        bad = false
        return true
    }
}
