/// A problem with a CSV file, located by file, line and column.
///
/// Its description reads `FILE:LINE:COLUMN: message`, the form compilers use, so an editor can
/// jump to it. Lines and columns are one-based; the column counts characters (Unicode scalars)
/// in the line, as `TextPosition` does, the same in every reader. A problem with a whole line
/// reads `FILE:LINE: message`, and one with the whole file `FILE: message`.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The physical line (one-based) where the problem is, or 0 when it concerns the whole file.
    public var line: Int
    /// The character column (one-based) where the problem is, or 0 when it concerns the whole
    /// line or file.
    public var column: Int
    /// What is wrong, with the value found and what was expected.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A problem at `position` of `file`.
    public init(file: String, at position: TextPosition, message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    public var description: String {
        if line <= 0 { return "\(file): \(message)" }
        if column <= 0 { return "\(file):\(line): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }
}
