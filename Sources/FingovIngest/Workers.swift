import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The threads that decode the parts of a window: one per core, each with its own slot.
///
/// This is the one place where the ingest layer (and the duplicate-id check) lets threads write
/// into shared memory, so its invariant is stated once here: worker `k` reads and writes only
/// `slots[k]`, and everything else it touches is read-only while the workers run (the mapped
/// window, the cut points). No two workers ever alias the same slot, so no locks are needed.
public enum Workers {
    /// The number of workers: one per core, or `FINGOV_WORKERS` when set (for benchmarks).
    public static var defaultCount: Int {
        if let text = getenv("FINGOV_WORKERS"), let n = Int(String(cString: text)), n >= 1 { return n }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Calls `body(k, &slots[k])` for every `k`, all at once on the available cores, and
    /// returns when all have finished.
    ///
    /// - Parameter body: must touch only its own slot and read-only shared state (see the type's
    ///   invariant).
    /// - Complexity: the slowest call of `body`, with one call per core at a time.
    @inlinable
    public static func forEach<Slot>(_ slots: inout [Slot], _ body: (Int, inout Slot) -> Void) {
        let count = slots.count
        guard count > 1 else {
            if count == 1 { body(0, &slots[0]) }
            return
        }
        withoutActuallyEscaping(body) { body in
            slots.withUnsafeMutableBufferPointer { buffer in
                // Safe by the invariant above: iteration k touches only buffer[k], and `work`
                // (`body`, not Sendable) is called at once from several threads, which its
                // contract allows: it touches only its own slot and read-only shared state.
                nonisolated(unsafe) let shared = buffer
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: count) { k in work(k, &shared[k]) }
            }
        }
    }
}
