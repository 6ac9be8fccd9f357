/// A problem with a CSV file, located by file, line and column.
///
/// Its description reads `FILE:LINE:COLUMN: message`, the form compilers use, so an editor can
/// jump to it. Lines and columns are one-based; the column is the field's position in its row.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The physical line (one-based) where the problem is.
    public var line: Int
    /// The field (one-based) where the problem is, or 0 when it concerns the whole line or file.
    public var column: Int
    /// What is wrong, with the value found and what was expected.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
