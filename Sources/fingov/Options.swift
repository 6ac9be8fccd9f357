import ArgumentParser
import FingovAnalytics
import FingovModel
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
    @Option(help: "table: aligned text for a terminal; csv: RFC 4180 for spreadsheets (exact numbers); json: numbers as numbers.")
    var format: OutputFormat = .table

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

    /// Prints tables in the chosen format; `extra` (charts) only with the table format.
    func emit(_ tables: [ReportTable], units: MoneyUnits = .usd, extra: [String] = []) {
        switch format {
        case .csv:
            // One table per CSV file: the first is the command's table.
            writeStdout(tables[0].csv(byteOrderMark: bom))
        case .json:
            writeStdout(Array(jsonDocument(tables).utf8))
        case .table:
            let style = style(units: units)
            let text = (tables.map { $0.text(style: style) } + extra).joined(separator: "\n")
            writeStdout(Array(text.utf8))
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
