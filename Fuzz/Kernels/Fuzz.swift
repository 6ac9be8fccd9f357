// libFuzzer target for the vector field scanner (built by scripts/fuzz.sh into one module with
// Sources/FingovCSV and the C kernel, so no import is needed).
//
// Property checked on every input: each kernel this processor runs (portable C, SSE2, AVX2) tells
// a handler exactly what the byte loop tells it (every field's bytes and index, every record's
// offset and field count) and stops where it stops or throws the same error, for each of the
// three delimiters, whole and from the first record boundary on. Any difference is a finding.

/// Everything a handler is told, in order.
struct Events: RecordHandler {
    var log: [UInt64] = []
    var bytes: [UInt8] = []
    mutating func field(_ index: Int, _ field: UnsafeBufferPointer<UInt8>, recordOffset: Int) {
        log.append(UInt64(index) << 48 | UInt64(recordOffset) << 8 | 1)
        log.append(UInt64(field.count))
        bytes.append(contentsOf: field)
    }
    mutating func endRecord(fieldCount: Int, recordOffset: Int) -> Bool {
        log.append(UInt64(fieldCount) << 48 | UInt64(recordOffset) << 8 | 2)
        return true
    }
}

func outcome(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, _ delimiter: Delimiter, _ kernel: FieldScanner.Kernel) -> (Events, String) {
    var events = Events()
    var scratch: [UInt8] = []
    do {
        let stop = try FieldScanner.scan(buffer, from: start, to: buffer.count, delimiter: delimiter, kernel: kernel, scratch: &scratch, handler: &events)
        return (events, "stop \(stop)")
    } catch {
        return (events, "\(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKernels(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Short inputs are repeated so that the vector path (256 bytes and more) is reached.
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if !bytes.isEmpty { while bytes.count < 300 { bytes += bytes } }
    bytes.withUnsafeBufferPointer { buffer in
        let starts = [0] + (FieldScanner.firstBoundary(buffer).map { [$0] } ?? [])
        for delimiter in Delimiter.allCases {
            for start in starts {
                let (reference, result) = outcome(buffer, from: start, delimiter, .scalar)
                for kernel in FieldScanner.Kernel.available where kernel != .scalar {
                    let (events, other) = outcome(buffer, from: start, delimiter, kernel)
                    if events.log != reference.log || events.bytes != reference.bytes || other != result {
                        fatalError("kernel \(kernel) differs from the byte loop (\(delimiter), from \(start)): \(other) against \(result)")
                    }
                }
            }
        }
    }
    return 0
}
