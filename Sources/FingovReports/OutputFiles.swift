#if canImport(Glibc)
import Glibc
#endif

/// Why an output could not be written.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write (\(reason))" }
}

/// Writes files so that each appears whole or not at all: the bytes go to a temporary file in
/// the same folder, which is then renamed over the target (an atomic step on POSIX file systems).
public enum OutputFiles {
    /// Creates `path` and its parents when missing.
    public static func ensureDirectory(_ path: String) throws(OutputError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: current, reason: String(cString: strerror(errno)))
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError(path: path, reason: "not a folder")
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let temporary = path + ".tmp-\(getpid())"
        guard let handle = fopen(temporary, "wb") else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        let flushed = fflush(handle) == 0 && fsync(fileno(handle)) == 0
        fclose(handle)
        guard written == bytes.count, flushed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Writes a file in parts handed to `emit` by `body`, to a temporary file renamed over
    /// `path` at the end, so a large file needs no more memory than one part and appears whole
    /// or not at all.
    public static func writeStreaming(to path: String, _ body: (([UInt8]) throws -> Void) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        guard let handle = fopen(temporary, "wb") else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        var closed = false
        defer {
            if !closed { fclose(handle); unlink(temporary) }
        }
        try body { bytes in
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            guard written == bytes.count else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        }
        let flushed = fflush(handle) == 0 && fsync(fileno(handle)) == 0
        fclose(handle)
        closed = true
        guard flushed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Writes every file of `files` (names relative to `folder`) after creating the folder.
    /// All content is computed before this is called, so a failed analysis writes nothing.
    public static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(OutputError) {
        try ensureDirectory(folder)
        for file in files { try write(file.bytes, to: folder + "/" + file.name) }
    }
}
