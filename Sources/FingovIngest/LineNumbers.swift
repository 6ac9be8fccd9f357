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
}
