import COpenBLAS

/// The OpenBLAS library this process runs on.
public enum OpenBLAS {
    /// The CPU kernel set OpenBLAS chose (`openblas_get_corename`), for example `Haswell`.
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// The number of threads OpenBLAS uses for one call (`openblas_get_num_threads`).
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads OpenBLAS uses (`openblas_set_num_threads`), so that our own
    /// threads and OpenBLAS's do not oversubscribe the cores.
    public static func setThreadCount(_ count: Int) {
        precondition(count >= 1, "OpenBLAS needs at least one thread, got \(count)")
        openblas_set_num_threads(blasInt(count, "thread count"))
    }
}
