import Testing
@testable import FingovNumerics

@Suite struct OpenBLASTests {
    @Test func reportsCoreAndThreads() {
        #expect(!OpenBLAS.coreName.isEmpty)
        #expect(OpenBLAS.threadCount >= 1)
        let before = OpenBLAS.threadCount
        OpenBLAS.setThreadCount(1)
        #expect(OpenBLAS.threadCount == 1)
        OpenBLAS.setThreadCount(before)
    }
}
