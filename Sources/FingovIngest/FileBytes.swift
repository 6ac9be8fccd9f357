#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file into bytes.
///
/// - Throws: `DataError` naming the file when it is missing, unreadable, or a folder.
public func readFileBytes(_ path: String) throws(DataError) -> [UInt8] {
    guard let handle = fopen(path, "rb") else {
        let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
        throw DataError(file: path, message: "cannot open the file (\(reason))")
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count {
            if ferror(handle) != 0 { throw DataError(file: path, message: "cannot read the file (\(String(cString: strerror(errno))))") }
            break
        }
    }
    return bytes
}

