#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read in windows.
public struct FileReadError: Error, Hashable, Sendable {
    /// The file.
    public var path: String
    /// Why, as the C library says it (`no such file` when it is missing).
    public var reason: String
}

/// Reads a file in windows that hold whole records, so that memory does not grow with the file.
///
/// Each window ends where the caller says its whole records end; the partial record at its end
/// starts the next window. A record longer than a window widens it, up
/// to `maximumRecordBytes`.
public enum MappedWindows {
    /// The default window size: 16 MiB.
    public static let defaultBytes = 16 << 20
    /// The longest record accepted (a longer one is almost surely an unterminated quote).
    public static let maximumRecordBytes = 256 << 20

    /// Calls `body` with windows of the file that start at record boundaries, with the file
    /// offset of each window's first byte and whether it ends the file; `body` returns how many
    /// bytes of whole records it used (0: no complete record, so the window is widened), or nil
    /// to stop. The next window starts where the used bytes end.
    ///
    /// Each window is mapped from the page cache (`mmap`, pre-faulted) rather than copied, and
    /// unmapped once `body` returns, so resident memory stays at about one window.
    public static func forEachWindow(path: String, windowBytes: Int = defaultBytes,
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
        var want = windowBytes
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
            want = windowBytes
        }
    }
}
