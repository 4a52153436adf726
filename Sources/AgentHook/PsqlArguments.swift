import SQLRisk
import ShellCommands

/// The command line of `psql` (and of `usql`, `pgcli`, which read theirs much the same way): every
/// `-c`/`--command` and `-f`/`--file` in order, and the connection options.
struct PsqlArguments {
    enum Step: Equatable {
        case command(ShellWord)
        case file(ShellWord)
    }

    static let valueOptions: Set<String> = [
        "-c", "--command", "-d", "--dbname", "-f", "--file", "-v", "--set", "--variable", "-h", "--host", "-p", "--port",
        "-U", "--username", "-L", "--log-file", "-o", "--output", "--out", "-P", "--pset", "-F", "--field-separator",
        "-R", "--record-separator", "-T", "--table-attr", "-D", "--dsn", "-N", "--cset", "--prompt", "--prompt-dsn",
    ]

    var steps: [Step] = []
    var positionals: [ShellWord] = []
    var options: [(String, ShellWord)] = []
    var flags: Set<String> = []

    /// getopt with permutation, as psql uses: options and positionals mix; `--` ends options.
    init(_ arguments: ArraySlice<ShellWord>) {
        var position = arguments.startIndex
        var optionsEnded = false
        while position < arguments.endIndex {
            let word = arguments[position]
            let text = word.text
            position += 1
            if optionsEnded || !text.hasPrefix("-") || text == "-" {
                positionals.append(word)
                continue
            }
            if text == "--" { optionsEnded = true; continue }
            var name = text
            var value: ShellWord?
            if text.hasPrefix("--") {
                if let equals = text.firstIndex(of: "=") {
                    name = String(text[..<equals])
                    value = ShellWord(text: String(text[text.index(after: equals)...]), hasUnknownExpansion: word.hasUnknownExpansion)
                }
            } else {
                // Short cluster: flags until the first option that takes a value, which takes the rest or the next word.
                var cluster = Array(text.dropFirst())
                name = ""
                while let flag = cluster.first {
                    cluster.removeFirst()
                    let short = "-" + String(flag)
                    if Self.valueOptions.contains(short) {
                        name = short
                        if !cluster.isEmpty {
                            value = ShellWord(text: String(cluster), hasUnknownExpansion: word.hasUnknownExpansion)
                        }
                        break
                    }
                    flags.insert(short)
                }
                if name.isEmpty { continue }
            }
            guard Self.valueOptions.contains(name) else {
                flags.insert(name)
                continue
            }
            if value == nil, position < arguments.endIndex {
                value = arguments[position]
                position += 1
            }
            guard let value else {
                flags.insert(name)
                continue
            }
            options.append((name, value))
            switch name {
            case "-c", "--command": steps.append(.command(value))
            case "-f", "--file": steps.append(.file(value))
            default: break
            }
        }
    }

    var asksForHelpOrVersion: Bool {
        !flags.isDisjoint(with: ["-V", "--version", "-?", "--help"])
    }
    var listsDatabases: Bool { !flags.isDisjoint(with: ["-l", "--list"]) }

    /// Where it connects: environment first, then positionals (`DBNAME [USER]`), then options, as psql does.
    func target(environment: [String: ShellWord]) -> ConnectionTarget {
        var target = ConnectionTarget()
        ConnectionInfo.applyEnvironment(environment, to: &target)
        func resolved(_ word: ShellWord) -> String? {
            if !word.hasUnknownExpansion { return word.text }
            // `"$DATABASE_URL"` whose value the command line itself set.
            let name = word.text.trimmingCharacters(in: "${}")
            if let value = environment[name], !value.hasUnknownExpansion { return value.text }
            return nil
        }
        if let dbname = positionals.first, let text = resolved(dbname) { ConnectionInfo.apply(dbname: text, to: &target) }
        if positionals.count > 1, let user = resolved(positionals[1]) { target.user = user }
        for (name, value) in options {
            guard let text = resolved(value) else { continue }
            switch name {
            case "-h", "--host": target.host = text
            case "-p", "--port": target.port = Int(text)
            case "-U", "--username": target.user = text
            case "-d", "--dbname", "-D", "--dsn": ConnectionInfo.apply(dbname: text, to: &target)
            default: break
            }
        }
        return target
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
