import ShellCommands

/// Skips a program's leading options the way getopt would, knowing which ones take a value.
struct OptionScanner {
    /// Options followed by a value word (`-u`, `--user`); a long option may also carry it as `--user=x`.
    var valueOptions: Set<String>
    /// Stop at the first word that is not an option (POSIX), which is how every wrapper here reads its command.
    func commandStart(in words: ArraySlice<ShellWord>) -> (options: [(String, ShellWord?)], rest: ArraySlice<ShellWord>) {
        var options: [(String, ShellWord?)] = []
        var position = words.startIndex
        while position < words.endIndex {
            let text = words[position].text
            if text == "--" { return (options, words[(position + 1)...]) }
            guard text.hasPrefix("-"), text.count > 1 else { break }
            if text.hasPrefix("--") {
                if let equals = text.firstIndex(of: "=") {
                    options.append((String(text[..<equals]), ShellWord(text: String(text[text.index(after: equals)...]))))
                } else if valueOptions.contains(text), position + 1 < words.endIndex {
                    options.append((text, words[position + 1]))
                    position += 1
                } else {
                    options.append((text, nil))
                }
            } else {
                // A cluster of short flags (`-it`); the first value option in it takes the rest or the next word.
                var flags = Array(text.dropFirst())
                while let flag = flags.first {
                    flags.removeFirst()
                    let name = "-" + String(flag)
                    if valueOptions.contains(name) {
                        if !flags.isEmpty {
                            options.append((name, ShellWord(text: String(flags))))
                        } else if position + 1 < words.endIndex {
                            options.append((name, words[position + 1]))
                            position += 1
                        }
                        break
                    }
                    options.append((name, nil))
                }
            }
            position += 1
        }
        return (options, words[position...])
    }
}

/// What a wrapper (`sudo`, `env`, `docker exec`, `sh -c` …) runs.
enum Unwrapped {
    /// Another command given as words, with variables the wrapper sets for it.
    case command(ArraySlice<ShellWord>, environment: [String: ShellWord], remote: Bool, argumentsFromStandardInput: Bool)
    /// A shell script given as text (`sh -c '…'`, `ssh host '…'`, `env -S '…'`).
    case script(ShellWord, remote: Bool)
    /// The wrapper runs nothing the hook can see (`sudo -l`, `docker exec` with no command).
    case nothing
}

enum CommandUnwrapper {
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "busybox"]

    /// The program name as the shell finds it: `/usr/bin/psql` is `psql`.
    static func programName(_ word: ShellWord) -> String {
        let text = word.text
        guard let slash = text.lastIndex(of: "/") else { return text }
        return String(text[text.index(after: slash)...])
    }

    /// nil when `program` is not a wrapper.
    static func unwrap(_ program: String, arguments: ArraySlice<ShellWord>) -> Unwrapped? {
        switch program {
        case "sudo":
            let scan = OptionScanner(valueOptions: ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U", "-R",
                                                    "--user", "--group", "--close-from", "--chdir", "--host", "--prompt",
                                                    "--role", "--type", "--command-timeout", "--other-user", "--chroot"])
                .commandStart(in: arguments)
            return withLeadingAssignments(scan.rest)
        case "doas":
            return withLeadingAssignments(OptionScanner(valueOptions: ["-u", "-C"]).commandStart(in: arguments).rest)
        case "env":
            return unwrapEnv(arguments)
        case "command", "builtin", "nohup", "exec", "time", "chronic", "unbuffer", "caffeinate":
            let scan = OptionScanner(valueOptions: ["-a", "-o", "-f", "--output", "--format"]).commandStart(in: arguments)
            return .command(scan.rest, environment: [:], remote: false, argumentsFromStandardInput: false)
        case "nice", "ionice", "stdbuf", "chrt", "taskset", "flock", "setsid", "watch":
            let scan = OptionScanner(valueOptions: ["-n", "-c", "-p", "-i", "-o", "-e", "-w", "--adjustment", "--class",
                                                    "--classdata", "--input", "--output", "--error", "--interval"])
                .commandStart(in: arguments)
            var rest = scan.rest
            // `flock FILE cmd`, `taskset MASK cmd`, `chrt PRIO cmd`: one positional before the command.
            if ["flock", "taskset", "chrt"].contains(program), !rest.isEmpty { rest = rest.dropFirst() }
            return .command(rest, environment: [:], remote: false, argumentsFromStandardInput: false)
        case "timeout":
            let scan = OptionScanner(valueOptions: ["-s", "-k", "--signal", "--kill-after"]).commandStart(in: arguments)
            return .command(scan.rest.dropFirst(), environment: [:], remote: false, argumentsFromStandardInput: false)
        case "xargs":
            let scan = OptionScanner(valueOptions: ["-I", "-L", "-n", "-P", "-s", "-d", "-E", "-a", "--max-args", "--arg-file",
                                                    "--delimiter", "--max-procs", "--max-lines", "--max-chars", "--replace"])
                .commandStart(in: arguments)
            return .command(scan.rest, environment: [:], remote: false, argumentsFromStandardInput: true)
        case "su", "runuser":
            // `su [opts] [user] -c CMD`: options may follow the user name.
            if let flag = arguments.lastIndex(where: { $0.text == "-c" || $0.text == "--command" }), flag + 1 < arguments.endIndex {
                return .script(arguments[flag + 1], remote: false)
            }
            if let inline = arguments.last(where: { $0.text.hasPrefix("--command=") }) {
                return .script(ShellWord(text: String(inline.text.dropFirst("--command=".count)), hasUnknownExpansion: inline.hasUnknownExpansion), remote: false)
            }
            return .nothing
        case _ where shells.contains(program):
            return unwrapShell(arguments)
        case "docker", "podman", "nerdctl":
            return ContainerCommands.unwrapDocker(arguments)
        case "docker-compose", "podman-compose":
            return ContainerCommands.unwrapCompose(arguments)
        case "kubectl", "oc":
            return ContainerCommands.unwrapKubectl(arguments)
        case "ssh":
            return ContainerCommands.unwrapSSH(arguments)
        default:
            return nil
        }
    }

    static func withLeadingAssignments(_ words: ArraySlice<ShellWord>) -> Unwrapped {
        var environment: [String: ShellWord] = [:]
        var rest = words
        while let first = rest.first, let assignment = assignment(first) {
            environment[assignment.name] = assignment.value
            rest = rest.dropFirst()
        }
        return .command(rest, environment: environment, remote: false, argumentsFromStandardInput: false)
    }

    static func assignment(_ word: ShellWord) -> Assignment? {
        guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else { return nil }
        let name = word.text[..<equals]
        guard let first = name.first, first.isLetter || first == "_", name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              name.allSatisfy(\.isASCII) else { return nil }
        return Assignment(name: String(name), value: ShellWord(text: String(word.text[word.text.index(after: equals)...]),
                                                               hasUnknownExpansion: word.hasUnknownExpansion, wasQuoted: word.wasQuoted))
    }

    static func unwrapEnv(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        var position = arguments.startIndex
        var environment: [String: ShellWord] = [:]
        while position < arguments.endIndex {
            let text = arguments[position].text
            if text == "-S" || text == "--split-string" || text.hasPrefix("--split-string=") || (text.hasPrefix("-S") && text.count > 2) {
                // `env -S 'psql -c "…"' more…`: the string is split into words, like a command line.
                var script = arguments[position]
                if text.hasPrefix("--split-string=") { script.text = String(text.dropFirst("--split-string=".count)) }
                else if text.hasPrefix("-S") && text.count > 2 { script.text = String(text.dropFirst(2)) }
                else if position + 1 < arguments.endIndex { script = arguments[position + 1]; position += 1 }
                else { return .nothing }
                let rest = arguments[(position + 1)...].map { ShellSingleQuote.quote($0.text) }
                script.text = ([script.text] + rest).joined(separator: " ")
                if !environment.isEmpty {
                    script.text = environment.map { "\($0.key)=\(ShellSingleQuote.quote($0.value.text))" }.joined(separator: " ") + " " + script.text
                }
                return .script(script, remote: false)
            }
            if text == "-u" || text == "--unset" || text == "-C" || text == "--chdir" {
                position = min(position + 2, arguments.endIndex)  // `env -u` at the end has no value
                continue
            }
            if text == "--" { position += 1; break }
            if text.hasPrefix("-") && text.count > 1 { position += 1; continue }
            if let assignment = assignment(arguments[position]) {
                environment[assignment.name] = assignment.value
                position += 1
                continue
            }
            break
        }
        return .command(arguments[position...], environment: environment, remote: false, argumentsFromStandardInput: false)
    }

    /// `sh -c 'script'`, `bash -lc '…'`, `zsh -ec '…'`. A shell with a script file or no `-c` runs nothing visible here.
    static func unwrapShell(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        var position = arguments.startIndex
        while position < arguments.endIndex {
            let text = arguments[position].text
            guard text.hasPrefix("-") || text.hasPrefix("+") else { break }
            if text == "-o" || text == "+o" || text == "-O" || text == "+O" || text == "--rcfile" || text == "--init-file" {
                position += 2
                continue
            }
            if !text.hasPrefix("--"), text.dropFirst().contains("c") {
                guard position + 1 < arguments.endIndex else { return .nothing }
                return .script(arguments[position + 1], remote: false)
            }
            position += 1
        }
        return .nothing
    }
}

enum ShellSingleQuote {
    static func quote(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
