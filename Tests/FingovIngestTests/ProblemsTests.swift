import Testing
@testable import FingovIngest

@Suite struct ProblemListTests {
    /// Lists merged from parts keep the first problems by offset and count the rest.
    @Test func mergeKeepsTheFirstByOffset() {
        var a = ProblemList(), b = ProblemList()
        for i in 0..<15 { a.add(OffsetProblem(offset: i * 2, column: 1, message: "a\(i)")) }
        for i in 0..<15 { b.add(OffsetProblem(offset: i * 2 + 1, column: 1, message: "b\(i)")) }
        a.merge(b)
        #expect(a.problems.map(\.offset) == Array(0..<ProblemList.limit))
        #expect(a.unlisted == 30 - ProblemList.limit)
    }
}
