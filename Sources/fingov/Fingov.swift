import ArgumentParser
import FingovNumerics
import FingovReports
#if canImport(Glibc)
import Glibc
#endif

@main
struct Fingov: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "fingov",
        abstract: "Budget and staffing figures for UN finance officers, HR analysts and Member State delegates.",
        discussion: """
            Fingov answers three questions with numbers a finance officer would sign. Where does the support money go? (summary, psc, allocate). Is each Member State fairly represented among the staff? (ranges, representation, trend, outlook, appointments, gender, scenarios). Can I take it into my spreadsheet? (every table command has --format csv|json and --table; report and export write folders of CSV files).

            Every command runs on the default data folder: --data DIR, else $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in); name other files with each command's options. Start with: fingov report

            Exit status: 0 success; 64 bad usage (an unknown option or value); 65 bad input data (the message names FILE:LINE:COLUMN, the value found and what was expected); 73 an output file could not be written. On an error nothing is written.
            """,
        version: versionText,
        subcommands: [
            Report.self, Export.self,
            Ranges.self, RepresentationCommand.self, TrendCommand.self, OutlookCommand.self, Appointments.self, Gender.self, Scenarios.self, Sweep.self,
            Summary.self, PSC.self, Allocate.self,
            Generate.self,
        ]
    )

    /// Fingov spreads its own work over every core; OpenBLAS's worker threads, created when the
    /// library loads, would spin for a while waiting for work and take a core from ours. So
    /// unless the user chose a number, the program starts itself once more with
    /// `OPENBLAS_NUM_THREADS=1` (which OpenBLAS reads only at load), then parses as usual.
    static func main() {
        if getenv("OPENBLAS_NUM_THREADS") == nil {
            setenv("OPENBLAS_NUM_THREADS", "1", 1)
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            // If the exec fails, carry on with OpenBLAS's own threads.
        }
        run(CommandLine.arguments.dropFirst())
    }

    /// Parses `arguments`, runs the command, and prints any failure: the one place where errors
    /// become messages and exit statuses (see `CommandFailure`).
    static func run(_ arguments: some Sequence<String>) -> Never {
        let arguments = Array(arguments)
        if let message = Suggestions.unknownSubcommand(arguments, root: Fingov.self) {
            writeStderr(message)
            Glibc.exit(64)
        }
        OutputFiles.removeTemporaryFilesOnInterrupt()
        var command: ParsableCommand
        do { command = try parseAsRoot(arguments) } catch { exit(withError: error) }
        do {
            try command.run()
        } catch let failure as CommandFailure {
            let prefix = Suggestions.commandPath(arguments, root: Fingov.self)
            let message = "\(failure)"
            writeStderr("\(prefix): \(failure.heading):" + (message.contains("\n") ? "\n" : " ") + message)
            if failure.exitStatus == 65, message.hasPrefix("data/"), !arguments.contains(where: { $0 == "--data" || $0.hasPrefix("--data=") }),
               let note = DataFolder.notFoundNote {
                writeStderr("\(prefix): note: \(note)")
            }
            Glibc.exit(failure.exitStatus)
        } catch let error as ValidationError {
            // A usage error found while running (options that clash with the data asked for):
            // the same message and status as one found while parsing, naming the command used.
            let prefix = Suggestions.commandPath(arguments, root: Fingov.self)
            writeStderr("Error: \(error.message)\nUsage: \(prefix) <options>\n  See '\(prefix) --help' for more information.")
            Glibc.exit(64)
        } catch {
            exit(withError: error)
        }
        Glibc.exit(0)
    }

    /// The version, with the OpenBLAS kernel and thread count in use.
    static var versionText: String {
        "fingov \(version)\nOpenBLAS core: \(OpenBLAS.coreName), threads: \(OpenBLAS.threadCount)"
    }
}
