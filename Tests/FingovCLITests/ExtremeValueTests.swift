import Foundation
import Testing

/// No option value crashes the program: every numeric option, given extreme values, ends with a
/// message and an exit status below 128 (a trap or a signal would be 128 or more).
@Suite struct ExtremeValueTests {
    static let values = ["0", "-1", "1", "1e308", "-1e308", "1e-320", "nan", "inf", "-inf", "9223372036854775807", "-9223372036854775808",
                         "99999999999999999999", "0.0000001", "", "1/2/3", "100/0/0"]

    /// Each command and option that takes a number, with arguments that keep the run short.
    static let options: [(command: [String], option: String)] = [
        (["ranges"], "--base-figure"), (["ranges"], "--population-year"), (["ranges"], "--flexibility"),
        (["ranges"], "--min-flexibility"), (["ranges"], "--min-upper"), (["ranges"], "--weights"),
        (["representation", "--format", "csv"], "--top"), (["appointments", "--format", "csv"], "--target"),
        (["sweep", "--sets", "50", "--format", "csv"], "--seed"), (["psc", "--format", "csv"], "--rate"),
        (["generate", "staff", "--out", "/dev/null"], "--count"), (["generate", "ledger", "--out", "/dev/null"], "--rows"),
        (["scenarios", "--format", "csv"], "--base-figure"),
    ]

    @Test(arguments: options.indices)
    func everyValueEndsWithAMessageNotACrash(_ index: Int) throws {
        let (command, option) = Self.options[index]
        for value in Self.values {
            let r = try CLI.run(command + [option, value])
            #expect(r.status < 128, "\(command) \(option) \(value): status \(r.status)\n\(r.stderr)")
            #expect(r.status == 0 || !r.stderr.isEmpty, "\(command) \(option) \(value): failed without a message")
            #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"), "\(command) \(option) \(value): \(r.stderr)")
        }
    }

    /// Values inside --scenario go through the same checks.
    @Test func scenarioValues() throws {
        for key in ["base-figure", "flexibility", "min-flexibility", "min-upper", "population-year"] {
            for value in ["1e308", "-1", "nan", "inf", "99999999999999999999"] {
                let r = try CLI.run(["scenarios", "--format", "csv", "--scenario", "x:\(key)=\(value)"])
                #expect(r.status < 128 && r.status != 0, "\(key)=\(value): status \(r.status)\n\(r.stderr)")
            }
        }
    }
}
