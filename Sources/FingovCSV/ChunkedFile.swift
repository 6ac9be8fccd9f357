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

    /// Calls `body` with windows of the file that start at record boundaries, with the file
    /// offset of each window's first byte and whether it ends the file; `body` returns how many
    /// bytes of whole records it used (0: no complete record, so the window is widened), or nil
    /// to stop. The next window starts where the used bytes end.
    ///
    /// Each window is mapped from the page cache (`mmap`, pre-faulted) rather than copied, and
    /// unmapped once `body` returns, so resident memory stays at about one window.
    public static func forEachWindow(path: String, chunkBytes: Int = defaultChunkBytes,
                                     _ body: (UnsafeBufferPointer<UInt8>, _ fileOffset: Int, _ isLast: Bool) throws -> Int?) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FileReadError(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileReadError(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileReadError(path: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var position = 0
        var want = chunkBytes
        while position < size {
            let mapStart = position & ~(page - 1)
            let skip = position - mapStart
            let length = min(want + skip, size - mapStart)
            guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(mapStart)), mapped != MAP_FAILED else {
                throw FileReadError(path: path, reason: String(cString: strerror(errno)))
            }
            defer { munmap(mapped, length) }
            let window = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self) + skip, count: length - skip)
            guard let used = try body(window, position, mapStart + length == size) else { return }
            if used == 0 {
                guard mapStart + length < size else { return }
                guard want < maximumRecordBytes else {
                    throw FileReadError(path: path, reason: "a record longer than \(maximumRecordBytes >> 20) MiB (is a quote left open?)")
                }
                want *= 2
                continue
            }
            position += used
            want = chunkBytes
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
