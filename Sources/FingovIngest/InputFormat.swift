import FingovCSV
#if canImport(Glibc)
import Glibc
#endif

/// How a data file writes its text, as the user says it (`--encoding`, `--delimiter`,
/// `--decimal-comma`): each part left `nil` (or false) is found from the file itself.
public struct InputFormat: Hashable, Sendable {
    /// The encoding; `nil`: UTF-8, or UTF-16 when the file starts with its byte-order mark.
    public var encoding: TextEncoding?
    /// The delimiter; `nil`: the one the header line uses (`Delimiter.detect`).
    public var delimiter: Delimiter?
    /// Whether every amount has a decimal comma (and dots, if any, between thousands). When
    /// false, amounts written so are still read in a semicolon-separated file (`DecimalMark.pointOrComma`).
    public var decimalComma: Bool

    /// A format; by default everything is found from the file.
    public init(encoding: TextEncoding? = nil, delimiter: Delimiter? = nil, decimalComma: Bool = false) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.decimalComma = decimalComma
    }

    /// Everything found from the file.
    public static let automatic = InputFormat()

    /// The decimal mark of amounts in a file with `delimiter`: a comma when forced; a comma or
    /// a point in a semicolon-separated file (as European spreadsheets write it); else a point.
    public func decimalMark(for delimiter: Delimiter) -> DecimalMark {
        decimalComma ? .comma : delimiter == .semicolon ? .pointOrComma : .point
    }

    /// The encoding to read `bytes` (a file's first bytes, or all of them) with: the one given,
    /// else UTF-16 when they start with its byte-order mark, else UTF-8.
    public func encoding(forFileStartingWith bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        if let encoding { return encoding }
        return TextEncoding.byteOrderMark(bytes)?.encoding ?? .utf8
    }

    /// The contents of `file` (`bytes`) as UTF-8, transcoded as the format says.
    ///
    /// - Throws: `DataError` for UTF-16 that is not well formed, at its position.
    public func utf8(_ bytes: [UInt8], file: String) throws(DataError) -> (bytes: [UInt8], encoding: TextEncoding) {
        let encoding = bytes.withUnsafeBufferPointer { self.encoding(forFileStartingWith: $0) }
        do { return (try encoding.utf8(from: bytes), encoding) } catch {
            throw DataError(CSVError(file: file, at: error.position, message: error.message))
        }
    }

    /// The encoding to read the file at `path` with, from its first bytes (`nil` when it cannot
    /// be opened: reading it then says why).
    public func encoding(ofFile path: String) -> TextEncoding? {
        if let encoding { return encoding }
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var start = [UInt8](repeating: 0, count: 4)
        let n = start.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        return Array(start[0..<n]).withUnsafeBufferPointer(self.encoding(forFileStartingWith:))
    }
}

/// How the amounts of a file write their decimals.
public enum DecimalMark: Hashable, Sendable {
    /// `1234.56` (no thousands separators): the form Fingov documents.
    case point
    /// `1234.56`, or `1234,56`, `1.234,56` and `1.234` (whichever form reads the amount: none
    /// reads in both with different values): a semicolon-separated file, which may come from a
    /// spreadsheet in a European locale.
    case pointOrComma
    /// `1234,56` or `1.234,56` (a dot only between groups of three digits): `--decimal-comma`.
    case comma
}
