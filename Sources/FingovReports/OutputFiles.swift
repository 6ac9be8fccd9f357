#if canImport(Glibc)
import Glibc
#endif

/// Why an output could not be written.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write (\(reason))" }
}

/// Writes outputs so that a regular file appears whole or not at all, and anything else is
/// written into, never replaced.
///
/// - `-` is standard output.
/// - A regular file (or a name that does not exist yet) is written to a temporary file in the
///   same folder, which is then renamed over it: an atomic step on POSIX file systems. An
///   interrupt (SIGINT, SIGTERM) removes the temporary files of unfinished outputs, so earlier
///   outputs stay as they were (`removeTemporaryFilesOnInterrupt`).
/// - A symbolic link is followed: its target is replaced atomically in the target's folder and
///   the link is kept.
/// - A FIFO, a terminal or another special file (`/dev/stdout`) is opened and written into.
public enum OutputFiles {
    /// The name that means standard output.
    public static let standardOutput = "-"

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

    /// Writes `bytes` to `path` (see the type's rules).
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        do {
            try writeStreaming(to: path) { emit in try emit(bytes) }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    /// Writes a file in parts handed to `emit` by `body`, so a large file needs no more memory
    /// than one part; a regular file appears whole or not at all (see the type's rules).
    public static func writeStreaming(to path: String, _ body: (([UInt8]) throws -> Void) throws -> Void) throws {
        if path == standardOutput {
            try body { bytes in try writeAll(bytes, to: STDOUT_FILENO, path: "standard output") }
            return
        }
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            // A FIFO, a terminal, a device (the kernel follows links such as /dev/stdout to
            // them): write into it as it is.
            if (info.st_mode & S_IFMT) == S_IFDIR { throw OutputError(path: path, reason: "is a folder") }
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try body { bytes in try writeAll(bytes, to: descriptor, path: path) }
            return
        }
        let target = resolvedTarget(of: path)
        let temporary = target + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        let slot = TemporaryFiles.register(temporary)
        var finished = false
        defer {
            if !finished {
                close(descriptor)
                unlink(temporary)
            }
            TemporaryFiles.unregister(slot)
        }
        try body { bytes in try writeAll(bytes, to: descriptor, path: path) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        finished = true
        guard synced, rename(temporary, target) == 0 else {
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

    /// The file a path finally names: symbolic links followed (relative ones from their own
    /// folder), up to 40 of them, as the kernel does; the path itself when it is no link.
    static func resolvedTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + link
            } else {
                current = link
            }
        }
        return current
    }

    /// Writes every byte to a file descriptor, retrying short writes and interrupted calls.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputError) {
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure { throw OutputError(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Installs handlers for SIGINT and SIGTERM that remove the temporary files of unfinished
    /// outputs, then end the program as the signal would have (status 128 + signal).
    public static func removeTemporaryFilesOnInterrupt() {
        TemporaryFiles.installHandlers()
    }
}

/// The temporary files being written, in a fixed table of C strings that a signal handler can
/// read without allocating.
///
/// Invariant: a slot is only written by `register` and `unregister`, which run on the thread
/// that writes the output; the signal handler only reads slots and calls `unlink`, which is
/// async-signal-safe. A slot is set to a complete, never-freed-while-set string before it is
/// published, and cleared before its string is freed.
enum TemporaryFiles {
    static let capacity = 64
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()

    /// Records `path`; returns its slot, or -1 when the table is full (the file is then simply
    /// not removed on an interrupt).
    static func register(_ path: String) -> Int {
        for i in 0..<capacity where slots[i] == nil {
            slots[i] = strdup(path)
            return i
        }
        return -1
    }

    static func unregister(_ slot: Int) {
        guard slot >= 0, let path = slots[slot] else { return }
        slots[slot] = nil
        free(path)
    }

    static func installHandlers() {
        _ = slots
        // A parent may have started us with these signals blocked (some process launchers
        // do): an interrupt must still reach the program.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { received in
                for i in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[i] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
