import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// Where a window of a CSV file is cut into parts for the workers: every cut is a record
/// boundary, found with the scanner's own rules (`FieldScanner.boundary`, `quoteCount`).
public enum RecordCuts {
    /// Where a window of records that starts at a record boundary can be cut: into `parts`
    /// pieces for parallel workers, and at its end just after the last complete record (`nil`
    /// when the window holds no complete record). With `isLast`, the window ends the file, and
    /// so its last record. The quotes are counted on every core, one range each.
    public static func counted(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int, isLast: Bool) -> [Int]? {
        let count = buffer.count
        guard count > start else { return nil }
        let ranges = (0...parts).map { start + (count - start) * $0 / parts }
        var counts = [Int](repeating: 0, count: parts)
        Workers.forEach(&counts) { k, count in count = FieldScanner.quoteCount(buffer, from: ranges[k], to: ranges[k + 1]) }
        let total = counts.reduce(0, +)
        var end = count
        if !isLast {
            // Back from the end to the last line end outside quotes.
            var after = 0, p = count - 1
            var found: Int? = nil
            while p >= start {
                let byte = buffer[p]
                if byte == 0x22 { after += 1 } else if byte == 0x0A || byte == 0x0D, (total - after) % 2 == 0 { found = p + 1; break }
                p -= 1
            }
            guard let found else { return nil }
            end = found
        }
        var points = [start]
        var before = 0
        for k in 1..<parts {
            before += counts[k - 1]
            guard ranges[k] > points.last!, ranges[k] < end,
                  let cut = FieldScanner.boundary(after: ranges[k], quotesBefore: before, buffer, to: end), cut < end else { continue }
            points.append(cut)
        }
        points.append(end)
        return points
    }

    /// Cuts found without counting quotes, to be checked by the scan itself: the window ends
    /// after its last LF (or at its end when it ends the file), and each part starts after the
    /// first LF past its share. A cut that falls inside quotes leaves the part before it ending
    /// in an open quote, which the scan reports as an unterminated quoted field; so when no
    /// part reports a syntax error, every cut was a record boundary. `nil` when the window has
    /// no LF (old Mac line ends, or a record longer than the window): use `counted`.
    public static func speculative(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int, isLast: Bool) -> [Int]? {
        let count = buffer.count
        guard count > start, let base = buffer.baseAddress else { return nil }
        var end = count
        if !isLast {
            var p = count - 1
            while p >= start && base[p] != 0x0A { p -= 1 }
            guard p >= start else { return nil }
            end = p + 1
        }
        var points = [start]
        for k in 1..<max(parts, 1) {
            let target = max(start + (end - start) * k / parts, points.last!)
            guard target < end, let found = memchr(base + target, 0x0A, end - target) else { continue }
            let cut = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if cut < end { points.append(cut) }
        }
        points.append(end)
        return points
    }

}
