/// Narrows a Swift `Int` to the 32-bit integer that this OpenBLAS build takes (`blasint`),
/// trapping with the value's name when it does not fit.
@inline(__always)
func blasInt(_ value: Int, _ name: StaticString) -> Int32 {
    guard let narrowed = Int32(exactly: value) else {
        preconditionFailure("\(name) = \(value) does not fit the 32-bit integer BLAS takes")
    }
    return narrowed
}
