#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read in chunks.
public struct FileReadError: Error, Hashable, Sendable {
    public var path: String
    public var reason: String
}

/// Reads a file in chunks that hold whole records, so that memory does not grow with the file.
///
/// Each chunk ends just after a line end outside quotes (a record boundary); the partial record
/// at its end is carried into the next chunk. A record longer than a chunk grows the buffer, up
/// to `maximumRecordBytes`.
public enum ChunkedFile {
    /// The default chunk size: 16 MiB.
    public static let defaultChunkBytes = 16 << 20
    /// The longest record accepted (a longer one is almost surely an unterminated quote).
    public static let maximumRecordBytes = 256 << 20

    /// Calls `body` with each chunk and the file offset of its first byte, until the end of the
    /// file or until `body` returns false. The last chunk ends at the end of the file.
    public static func forEachChunk(path: String, chunkBytes: Int = defaultChunkBytes,
                                    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) throws {
        guard let handle = fopen(path, "rb") else {
            throw FileReadError(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { fclose(handle) }
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        var filled = 0           // bytes in the buffer
        var fileOffset = 0       // file offset of buffer[0]
        var atEnd = false
        while !(atEnd && filled == 0) {
            if !atEnd {
                if filled == buffer.count {
                    guard buffer.count < maximumRecordBytes else {
                        throw FileReadError(path: path, reason: "a record longer than \(maximumRecordBytes >> 20) MiB (is a quote left open?)")
                    }
                    buffer.append(contentsOf: repeatElement(0, count: buffer.count))
                }
                let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress! + filled, 1, $0.count - filled, handle) }
                if n == 0 {
                    if ferror(handle) != 0 { throw FileReadError(path: path, reason: String(cString: strerror(errno))) }
                    atEnd = true
                }
                filled += n
            }
            let cut: Int? = buffer.withUnsafeBufferPointer { whole in
                atEnd ? filled : FieldScanner.lastBoundary(whole, from: 0, to: filled)
            }
            guard let cut, cut > 0 else {
                if atEnd { break }
                continue // no complete record yet: read more (growing the buffer if full)
            }
            let more = try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<cut]), fileOffset) }
            if !more { return }
            // Carry the partial record to the front.
            let rest = filled - cut
            if rest > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    _ = memmove(b.baseAddress!, b.baseAddress! + cut, rest)
                }
            }
            filled = rest
            fileOffset += cut
        }
    }
}

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
