/// Gives each distinct byte string a small integer id, without making a `String` for it: an
/// open-addressing hash table over the bytes, for interning field values on the hot path.
public struct ByteInterner: Sendable {
    /// The bytes of every value, one after another; value `id` is `storage[starts[id]..<starts[id + 1]]`.
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var hashes: [UInt64] = []
    /// Each slot holds (id + 1) << 32 | the low 32 bits of the value's hash, 0 when empty, so
    /// that a probe rejects other values without reading their bytes.
    @usableFromInline var slots: [UInt64] = Array(repeating: 0, count: 64)

    /// Whether to hash only a sample of each value's words (length, first, middle and last
    /// eight bytes): faster for long values that differ in those places, still exact, since
    /// equal hashes are always confirmed byte for byte.
    @usableFromInline let sampled: Bool

    public init(sampledHash: Bool = false) { sampled = sampledHash }

    @inlinable @inline(__always)
    func hashOf(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        sampled ? ByteInterner.sampledHash(bytes) : ByteInterner.hash(bytes)
    }

    /// The sampled hash (see `init(sampledHash:)`).
    @inlinable
    public static func sampledHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        guard n >= 16, let base = bytes.baseAddress else { return hash(bytes) }
        let raw = UnsafeRawPointer(base)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        @inline(__always) func mix(_ offset: Int) {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 29) | (h >> 35)
        }
        mix(0)
        mix(n / 2 - 4)
        mix(n - 16)
        mix(n - 8)
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The number of distinct values.
    public var count: Int { hashes.count }

    /// The id of `bytes`, adding it if new.
    @inlinable
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = hashOf(bytes)
        let (slot, found) = probe(bytes, hash)
        if let found { return found }
        let id = Int32(hashes.count)
        storage.append(contentsOf: bytes)
        starts.append(storage.count)
        hashes.append(hash)
        slots[slot] = (UInt64(id) + 1) << 32 | (hash & 0xFFFF_FFFF)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes` if it was added before.
    @inlinable
    public func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        probe(bytes, hashOf(bytes)).found
    }

    /// Linear probing from the hash's slot: the id of `bytes` if present, else the empty slot
    /// where it would go.
    @inlinable @inline(__always)
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (slot: Int, found: Int32?) {
        let tag = hash & 0xFFFF_FFFF
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if entry & 0xFFFF_FFFF == tag {
                let id = Int(entry >> 32) - 1
                if equals(id, bytes) { return (slot, Int32(id)) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of `id` as a string (valid UTF-8 was checked by the scanner).
    public func string(_ id: Int32) -> String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[Int(id)]..<starts[Int(id) + 1]]), as: UTF8.self) }
    }

    /// Every value, in id order.
    public var strings: [String] { (0..<count).map { string(Int32($0)) } }

    @inlinable
    func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], length = starts[id + 1] - start
        guard length == bytes.count else { return false }
        return storage.withUnsafeBufferPointer { s in
            length == 0 || sameBytes(s.baseAddress! + start, bytes.baseAddress!, length)
        }
    }

    @usableFromInline
    mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (UInt64(id) + 1) << 32 | (hash & 0xFFFF_FFFF)
        }
    }

    /// A fast 64-bit hash of bytes: eight bytes at a time, multiply and rotate (not for security).
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var p = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        while p + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 29) | (h >> 35)
            p += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while p < n {
            tail |= UInt64(base[p]) << shift
            shift += 8
            p += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Whether `count` bytes at `a` and `b` are equal: eight at a time inline (short values are
/// the rule here, where a call to `memcmp` costs more than the comparison).
@inlinable @inline(__always)
func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    if count < 8 {
        var i = 0
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
    // Whole words, then the last eight bytes (overlapping the last word): no byte loop, whose
    // varying trip count the branch predictor missed.
    var i = 0
    while i + 8 < count {
        if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    return ra.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
}
