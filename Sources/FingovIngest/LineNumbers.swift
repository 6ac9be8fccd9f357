import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// Line numbers for byte offsets, counted as the reader counts them: a line ends with LF, CRLF
/// or a lone CR.
public enum LineNumbers {
    /// The one-based line of each offset in `bytes`.
    public static func lines(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [Int](repeating: 0, count: offsets.count)
        var line = 1, p = 0
        for index in order {
            let target = min(offsets[index], bytes.count)
            while p < target {
                let byte = bytes[p]
                if byte == 0x0A || (byte == 0x0D && (p + 1 >= bytes.count || bytes[p + 1] != 0x0A)) { line += 1 }
                p += 1
            }
            result[index] = line
        }
        return result
    }

    /// The one-based line of each offset in the file at `path`, read again in chunks.
    public static func lines(of offsets: [Int], inFile path: String) -> [Int] {
        guard let last = offsets.max() else { return [] }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [Int](repeating: 0, count: offsets.count)
        var line = 1, next = 0, previousCR = false
        guard let handle = fopen(path, "rb") else { return result }
        defer { fclose(handle) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var base = 0
        while next < order.count && base <= last {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if n == 0 { break }
            for i in 0..<n {
                while next < order.count && offsets[order[next]] == base + i { result[order[next]] = line; next += 1 }
                let byte = chunk[i]
                if byte == 0x0A { if !previousCR { line += 1 } } else if byte == 0x0D { line += 1 }
                previousCR = byte == 0x0D
            }
            base += n
        }
        while next < order.count { result[order[next]] = line; next += 1 }
        return result
    }

    /// The line and character column of each offset in the file at `path`, read again in
    /// chunks up to the last offset (`PositionCounter`).
    public static func positions(of offsets: [Int], inFile path: String) -> [TextPosition] {
        var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        guard let last = offsets.max(), let handle = fopen(path, "rb") else { return result }
        defer { fclose(handle) }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var counter = PositionCounter()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var base = 0, next = 0
        while next < order.count && base <= last {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if n == 0 { break }
            chunk.withUnsafeBufferPointer { all in
                let piece = UnsafeBufferPointer(rebasing: all[0..<n])
                while next < order.count && offsets[order[next]] < base + n {
                    counter.advance(to: offsets[order[next]], in: piece, base: base)
                    result[order[next]] = counter.position
                    next += 1
                }
                counter.advance(to: base + n, in: piece, base: base)
            }
            base += n
        }
        while next < order.count { result[order[next]] = counter.position; next += 1 }
        return result
    }

    /// The bytes of the record that starts at `offset` in the file at `path`: up to its first
    /// line end outside quotes, or the end of the file (a record of up to `MappedWindows.maximumRecordBytes`).
    public static func record(at offset: Int, inFile path: String) -> [UInt8] {
        guard let handle = fopen(path, "rb") else { return [] }
        defer { fclose(handle) }
        var size = 1 << 16
        while true {
            var window = [UInt8](repeating: 0, count: size)
            fseek(handle, offset, SEEK_SET)
            let n = window.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            window.removeSubrange(n...)
            let complete = window.withUnsafeBufferPointer { FieldScanner.boundary(after: 0, quotesBefore: 0, $0, to: $0.count) } != nil
            if complete || n < size || size >= MappedWindows.maximumRecordBytes { return window }
            size *= 2
        }
    }
}
