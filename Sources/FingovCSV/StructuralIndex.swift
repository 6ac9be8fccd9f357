import CStructural

/// The structural bytes of a span of CSV, found 64 bytes at a time by the C kernel
/// (`Sources/CStructural`): the offsets of the delimiters and line ends outside quotes, in order,
/// and bitmaps of the quotes and of the bytes of 0x80 or more. `FieldScanner` walks it to split
/// records into fields without looking at each byte.
///
/// One index is reused for chunk after chunk of a scan (`chunkLength` bytes at most, so that
/// the chunk and its index stay in the processor's caches); each chunk must begin outside
/// quotes, at a record boundary. Its owner frees it (`deallocate()`): a noncopyable type's
/// `deinit` cannot be inlined into the scanner, and crashed the release compiler.
@usableFromInline
struct StructuralIndex {
    /// The bytes of one chunk: 16 KiB, with its offsets (64 KiB at most) and bitmaps (4 KiB).
    @usableFromInline static let chunkLength = 16_384

    /// Offsets of the structural bytes, from `start`.
    @usableFromInline private(set) var positions: UnsafeMutablePointer<UInt32>
    /// One bit a byte from `start`: the quotes, then the bytes of 0x80 or more, interleaved a
    /// word each (word 2k is quotes, 2k + 1 highs, for bytes 64k to 64k + 63).
    @usableFromInline private(set) var bitmaps: UnsafeMutablePointer<UInt64>
    /// The span indexed: `start..<end` in the scanned buffer.
    @usableFromInline var start = 0, end = 0
    /// How many offsets `positions` holds.
    @usableFromInline var count = 0
    private let kernel: FieldScanner.Kernel
    /// The longest chunk the memory now allocated takes, and the longest this index will take.
    private var capacity: Int
    private let limit: Int

    /// An index for chunks of up to `min(length, chunkLength)` bytes, made by `kernel` (which
    /// must not be `.scalar`; one the processor lacks is lowered to its best by the C kernel). Its memory starts
    /// at a chunk of 256 bytes and grows with the chunks asked for, so that a scan that stops
    /// after one record allocates little.
    @usableFromInline
    init(length: Int, kernel: FieldScanner.Kernel) {
        limit = max(64, min(length, Self.chunkLength))
        capacity = min(limit, 256)
        positions = .allocate(capacity: capacity + 64) // the kernel writes past its count
        bitmaps = .allocate(capacity: 2 * ((capacity + 63) / 64))
        self.kernel = kernel
    }

    /// Frees the index's memory.
    @usableFromInline
    func deallocate() {
        positions.deallocate()
        bitmaps.deallocate()
    }

    /// Indexes the chunk of `base[from..<min(to, from + length)]` (`length` at most the limit
    /// given at creation), which begins outside quotes.
    @usableFromInline
    mutating func fill(_ base: UnsafePointer<UInt8>, from: Int, to: Int, length: Int, delimiter: Delimiter) {
        let wanted = min(length, limit, to - from)
        if wanted > capacity {
            deallocate()
            capacity = max(wanted, min(2 * capacity, limit))
            positions = .allocate(capacity: capacity + 64)
            bitmaps = .allocate(capacity: 2 * ((capacity + 63) / 64))
        }
        start = from
        end = min(to, from + min(length, capacity))
        count = fingov_structurals(base + start, end - start, delimiter.rawValue, kernel.level, positions, bitmaps)
    }

    /// Whether the field at `lo..<hi` (offsets from `start`) is all ASCII and has its quotes
    /// exactly where `quoted` says: at both ends (`quoted`, which needs `hi - lo >= 2`), or
    /// nowhere. Any other field (a quote inside, a byte of 0x80 or more) is not simple.
    @inlinable @inline(__always)
    func isSimple(_ lo: Int, _ hi: Int, quoted: Bool) -> Bool {
        guard hi > lo else { return true }
        let first = lo &>> 6, last = (hi - 1) &>> 6
        let head = ~UInt64(0) &<< UInt64(lo & 63)
        let tail = ~UInt64(0) &>> UInt64(63 - ((hi - 1) & 63))
        let opening: UInt64 = quoted ? 1 &<< UInt64(lo & 63) : 0
        let closing: UInt64 = quoted ? 1 &<< UInt64((hi - 1) & 63) : 0
        if first == last {
            return ((bitmaps[2 * first] ^ (opening | closing)) | bitmaps[2 * first + 1]) & head & tail == 0
        }
        var stray = ((bitmaps[2 * first] ^ opening) | bitmaps[2 * first + 1]) & head
        stray |= ((bitmaps[2 * last] ^ closing) | bitmaps[2 * last + 1]) & tail
        var w = first + 1
        while w < last {
            stray |= bitmaps[2 * w] | bitmaps[2 * w + 1]
            w += 1
        }
        return stray == 0
    }
}

extension FieldScanner {
    /// How records are split into fields: byte by byte (the reference), or from a
    /// `StructuralIndex` made by one of the C kernels.
    public enum Kernel: Int, Sendable, CaseIterable, Comparable, CustomStringConvertible {
        /// The byte loop alone, eight bytes a word.
        case scalar = -1
        /// The index in portable C (any processor).
        case portable = 0
        /// The index with SSE2, 16 bytes an instruction (every x86-64 processor).
        case sse2 = 1
        /// The index with AVX2 and a carry-less multiply, 32 bytes an instruction.
        case avx2 = 2

        /// The fastest kernel this processor runs, from its feature flags.
        public static let best: Kernel = Kernel(rawValue: Int(fingov_structural_best_level())) ?? .portable

        /// The kernels this processor runs, slowest first.
        public static var available: [Kernel] { allCases.filter { $0.rawValue <= best.rawValue } }

        @usableFromInline var level: Int32 { Int32(rawValue) }

        public static func < (a: Kernel, b: Kernel) -> Bool { a.rawValue < b.rawValue }

        public var description: String {
            switch self {
            case .scalar: "scalar"
            case .portable: "portable"
            case .sse2: "sse2"
            case .avx2: "avx2"
            }
        }
    }
}
