import ArgumentParser

/// "Did you mean" for a misspelled subcommand: swift-argument-parser suggests option names but
/// says only "Unexpected argument" for a subcommand it does not know.
enum Suggestions {
    /// The message for `arguments` when they name a subcommand that does not exist, or `nil`.
    ///
    /// Walks the command tree from `root` along the arguments; the first argument that is not an
    /// option and is not a subcommand of a command that has subcommands is the misspelling.
    static func unknownSubcommand(_ arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var path = [root._commandName]
        for argument in arguments {
            let children = command.configuration.subcommands
            guard !children.isEmpty, !argument.hasPrefix("-") else { return nil }
            if argument == "help" { return nil }
            if let child = children.first(where: { $0._commandName == argument || $0.configuration.aliases.contains(argument) }) {
                command = child
                path.append(argument)
                continue
            }
            let names = children.map { $0._commandName }
            let near = nearest(to: argument, in: names)
            let usage = path.joined(separator: " ")
            var message = "\(usage): unknown command '\(argument)'"
            if !near.isEmpty { message += ". Did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?" }
            return message + "\n  Commands: " + names.joined(separator: ", ") + ". See '\(usage) --help'."
        }
        return nil
    }

    /// The command a user typed, as they typed it (`fingov generate staff`): the root and the
    /// subcommand names at the start of `arguments`.
    static func commandPath(_ arguments: [String], root: ParsableCommand.Type) -> String {
        var command = root
        var path = [root._commandName]
        for argument in arguments {
            guard let child = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            command = child
            path.append(argument)
        }
        return path.joined(separator: " ")
    }

    /// The names within a small edit distance of `word` (at most a third of its length, and at
    /// least 2), nearest first; names that start with `word` count as near.
    static func nearest(to word: String, in names: [String]) -> [String] {
        let limit = max(2, word.count / 3)
        let scored = names.map { ($0, $0.hasPrefix(word) && !word.isEmpty ? 0 : editDistance(word, $0)) }
        let best = scored.filter { $0.1 <= limit }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        guard let first = best.first?.1 else { return [] }
        return best.filter { $0.1 == first }.map(\.0)
    }

    /// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions).
    /// - Complexity: O(a.count * b.count).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
