import ArgumentParser
import FingovReports

#if canImport(Glibc)
import Glibc
#endif

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// How a table is printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Print only this table (with --format csv, instead of the main table); the command's help lists its tables.", valueName: "name"))
    var table: String?

    @Flag(help: "With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).")
    var bom = false

    @Option(help: "Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    func style(units: MoneyUnits = .usd) -> TextStyle {
        TextStyle(width: terminalWidth(), color: useColor(), units: units)
    }

    func useColor() -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
        }
    }

    /// Prints a command's answer in the chosen format: as text, every table (or the one named
    /// by `--table`) with its notes, then `extra` (charts, only when no table is named); as CSV,
    /// the main table or the one named by `--table`; as JSON, the whole document (only the
    /// named table when `--table` is given).
    /// - Throws: `ExitCode(64)` (bad usage) when `--table` names no table of the command,
    ///   after printing the names there are to standard error; nothing goes to standard output.
    func emit(_ document: OutputDocument, units: MoneyUnits = .usd, extra: [String] = []) throws {
        let selected: OutputDocument
        do { selected = try document.selecting(table: table) } catch {
            writeStderr("fingov \(document.command): error: \(error)")
            throw ExitCode(64)
        }
        switch format {
        case .csv:
            // One table per CSV file: the main table unless --table names another.
            writeStdout(selected.tables[0].csv(byteOrderMark: bom))
        case .json:
            writeStdout(Array(selected.json().utf8))
        case .table:
            writeStdout(Array(selected.text(style: style(units: units), extra: table == nil ? extra : []).utf8))
        }
    }
}

/// The terminal's width: from the terminal, then `$COLUMNS`, then 80.
func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
    return 80
}

func writeStdout(_ bytes: [UInt8]) { writeAll(bytes, to: STDOUT_FILENO) }

func writeStderr(_ text: String) { writeAll(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: STDERR_FILENO) }

/// Writes every byte to a file descriptor, retrying short writes.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }
}


enum ChartFormat: String, ExpressibleByArgument, CaseIterable {
    case text, svg
}

/// How a command's chart is drawn: as text after the tables, or as an SVG picture.
struct ChartOptions: ParsableArguments {
    @Option(help: "text: the chart as text after the tables; svg: the chart as an SVG picture on standard output instead of the tables (or into --chart-out).")
    var chartFormat: ChartFormat = .text

    @Option(help: ArgumentHelp("With --chart-format svg, write the SVG picture to this file and print the tables as usual (- means standard output, instead of the tables).", valueName: "file"), completion: .file())
    var chartOut: String?

    func validate() throws {
        if chartOut != nil && chartFormat != .svg { throw ValidationError("--chart-out needs --chart-format svg") }
    }

    /// Writes `svg` where the options say, when they ask for SVG; returns whether the tables
    /// should still be printed (not when the picture went to standard output instead of them).
    func writeSVG(_ svg: @autoclosure () -> String) throws -> Bool {
        guard chartFormat == .svg else { return true }
        let bytes = Array(svg().utf8)
        guard let chartOut else {
            writeStdout(bytes)
            return false
        }
        try OutputFiles.write(bytes, to: chartOut)
        return chartOut != OutputFiles.standardOutput
    }
}
