/// A place in a text file as an editor shows it: the line (one-based) and the character column
/// (one-based, counting Unicode scalars from the start of the line, not bytes and not fields).
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The character in the line, from 1.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }

    public static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// Counts lines and characters over bytes, as every reader of the package counts them: a line
/// ends with LF, CRLF or a lone CR; a character is a byte that is not a UTF-8 continuation byte
/// (`10xxxxxx`), so a multi-byte character counts once. It can be fed in pieces (a CRLF split
/// between two pieces counts once). Used on the error path only: the scanner itself counts
/// nothing.
public struct PositionCounter: Sendable {
    /// The offset of the next byte to be counted.
    public private(set) var offset: Int
    private var line: Int
    private var characters = 0
    private var previousCR = false

    /// A counter at `offset`, which is the start of line `line`.
    public init(offset: Int = 0, line: Int = 1) {
        self.offset = offset
        self.line = line
    }

    /// The position of the byte at `offset`.
    public var position: TextPosition { TextPosition(line: line, column: characters + 1) }

    /// Counts the bytes of `buffer` (whose first byte is at file offset `base`) up to file offset
    /// `target`, or to the end of the buffer if it ends first.
    public mutating func advance(to target: Int, in buffer: UnsafeBufferPointer<UInt8>, base: Int = 0) {
        let stop = min(target, base + buffer.count)
        while offset < stop {
            count(buffer[offset - base])
            offset += 1
        }
    }

    /// Counts one byte.
    @inline(__always)
    mutating func count(_ byte: UInt8) {
        if byte == 0x0A {
            if !previousCR { line += 1 }
            characters = 0
        } else if byte == 0x0D {
            line += 1
            characters = 0
        } else if byte & 0xC0 != 0x80 {
            characters += 1
        }
        previousCR = byte == 0x0D
    }

    /// The position of each offset of `offsets` in `buffer` (a whole file, from its first byte).
    public static func positions(of offsets: [Int], in buffer: UnsafeBufferPointer<UInt8>) -> [TextPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        var counter = PositionCounter()
        for index in order {
            counter.advance(to: offsets[index], in: buffer)
            result[index] = counter.position
        }
        return result
    }
}
