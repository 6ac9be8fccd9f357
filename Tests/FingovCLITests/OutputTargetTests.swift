import Foundation
import Testing

/// Where outputs go: standard output, special files, links, and what an interrupt leaves.
@Suite struct OutputTargetTests {
    /// The header and rows of a generated three-person roster.
    static let staffHeader = "staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date"

    @Test func dashIsStandardOutput() throws {
        let r = try CLI.run(["generate", "staff", "--count", "3", "--out", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(Self.staffHeader))
        #expect(r.stdout.split(separator: "\r\n", omittingEmptySubsequences: true).count == 4)
        #expect(!FileManager.default.fileExists(atPath: CLI.root + "/-"), "no file named '-' is created")
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let folder = try CLI.temporaryFolder()
        try "old\n".write(toFile: folder + "/real.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "real.csv")
        let r = try CLI.run(["generate", "staff", "--count", "2", "--out", folder + "/link.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv")
        #expect(link == "real.csv", "the link survives")
        let content = try String(contentsOfFile: folder + "/real.csv", encoding: .utf8)
        #expect(content.hasPrefix(Self.staffHeader), "the target holds the new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.csv", "real.csv"])
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let folder = try CLI.temporaryFolder()
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader on the FIFO, as a user's `cat pipe` would be.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        let r = try CLI.run(["generate", "staff", "--count", "3", "--out", fifo])
        let read = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(read.hasPrefix(Self.staffHeader))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
    }

    @Test func devStdoutIsWrittenIntoNotReplaced() throws {
        let r = try CLI.run(["generate", "staff", "--count", "3", "--out", "/dev/stdout"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(Self.staffHeader))
        var info = stat()
        #expect(lstat("/dev/stdout", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "/dev/stdout is still a link")
    }

    @Test func aMisspelledCommandGetsASuggestion() throws {
        let r = try CLI.run(["representaton"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("fingov: unknown command 'representaton'. Did you mean 'representation'?"))
        let nested = try CLI.run(["generate", "stafff", "--out", "-"])
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("fingov generate: unknown command 'stafff'. Did you mean 'staff'?"))
    }

    @Test func errorsNameTheCommandUsed() throws {
        let r = try CLI.run(["generate", "staff", "--count", "1", "--out", "/nonexistent-folder/x.csv"])
        #expect(r.status == 73)
        #expect(r.stderr.hasPrefix("fingov generate staff: error: /nonexistent-folder/x.csv: cannot write"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "'\(CLI.executable.path)' generate staff --count 200000 --out - 2>&1 | head -1 >/dev/null; exit ${PIPESTATUS[0]}"]
        shell.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
        let err = Pipe()
        shell.standardError = err
        shell.standardOutput = Pipe()
        try shell.run()
        let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(messages.isEmpty, "no error text: \(messages)")
        // 141 = 128 + SIGPIPE, the conventional status of a writer whose reader went away.
        #expect(shell.terminationStatus == 141 || shell.terminationStatus == 0, "\(shell.terminationStatus)")
    }

    @Test func anInterruptLeavesNoTemporaryFileAndThePreviousOutput() throws {
        let folder = try CLI.temporaryFolder()
        let target = folder + "/big.csv"
        try "previous\n".write(toFile: target, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["generate", "staff", "--count", "100000000", "--out", target]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
        process.standardError = Pipe()
        try process.run()
        // Wait until the temporary file exists, then interrupt.
        var started = false
        for _ in 0..<400 where !started {
            started = try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix("big.csv.tmp-") }
            if !started { usleep(25_000) }
        }
        #expect(started, "the generator began writing")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["big.csv"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
    }
}
