import SQLRisk
import ShellCommands

/// The programs that reach PostgreSQL, and what each one would send.
enum ClientPrograms {
    static let interactiveClients: Set<String> = ["psql", "pgcli", "usql"]

    static func action(program: String, arguments: ArraySlice<ShellWord>, analyzer: ShellAnalyzer, context: ShellContext,
                       argumentsFromStandardInput: Bool) -> DatabaseAction? {
        var action: DatabaseAction?
        if interactiveClients.contains(program) {
            action = client(program, arguments: arguments, analyzer: analyzer, context: context)
        } else if let destructive = DestructiveClients.action(program: program, arguments: arguments, context: context) {
            action = destructive
        } else if let opaque = InlinePrograms.action(program: program, arguments: arguments, analyzer: analyzer, context: context) {
            action = opaque
        }
        guard var action else { return nil }
        if argumentsFromStandardInput {
            // `… | xargs psql -c`: more arguments (a `-c`, a `-f`) come from the pipe.
            action.inputs.append(.unknown(reason: "xargs adds arguments read from standard input"))
        }
        return action
    }

    /// `psql`, `pgcli`, `usql`: each `-c` and `-f` in order, or standard input when there is none.
    static func client(_ program: String, arguments: ArraySlice<ShellWord>, analyzer: ShellAnalyzer, context: ShellContext) -> DatabaseAction? {
        let parsed = PsqlArguments(arguments)
        if parsed.asksForHelpOrVersion { return nil }
        var inputs: [SQLInput] = []
        for step in parsed.steps {
            switch step {
            case .command(let word):
                if word.hasUnknownExpansion {
                    inputs.append(.unknown(reason: "the -c argument \(Excerpt.make(word.text)) holds an expansion whose value is not known"))
                } else if word.text.hasPrefix("\\") {
                    // A -c string that starts with a backslash is one meta-command.
                    inputs.append(.psqlScript(word.text, origin: "-c"))
                } else {
                    inputs.append(.sql(word.text, origin: "-c"))
                }
            case .file(let word):
                if word.text == "-" {
                    inputs.append(standardInputScript(context.inheritedInput, program: program))
                    continue
                }
                switch analyzer.read(file: word, context: context) {
                case .text(let text, _): inputs.append(.psqlScript(text, origin: "-f \(word.text)"))
                case .unknown(let reason): inputs.append(.unknown(reason: "-f \(word.text): \(reason)"))
                default: inputs.append(.unknown(reason: "-f \(word.text)"))
                }
            }
        }
        if parsed.steps.isEmpty {
            if parsed.listsDatabases, context.inheritedInput == .inherited {
                inputs.append(.sql("SELECT datname FROM pg_catalog.pg_database", origin: "-l"))
            } else {
                inputs.append(standardInputScript(context.inheritedInput, program: program))
            }
        }
        return DatabaseAction(client: program, inputs: inputs, target: parsed.target(environment: context.environment))
    }

    static func standardInputScript(_ input: StandardInput, program: String) -> SQLInput {
        switch input {
        case .text(let text, let origin): .psqlScript(text, origin: origin)
        case .unknown(let reason): .unknown(reason: "standard input: \(reason)")
        case .dump(let clean):
            clean ? .clientAction(rule: "restore-clean", level: .destructive,
                                  message: "pg_dump --clean piped into \(program) drops every object it restores",
                                  hint: "Restore into an empty database, or without --clean")
                  : .clientAction(rule: "restore-dump", level: .write, message: "a pg_dump piped into \(program) creates and fills objects",
                                  hint: "Restore into a scratch database first")
        case .inherited:
            .unknown(reason: "\(program) would read SQL from a terminal or an inherited standard input the hook cannot see")
        }
    }
}

/// Client programs that change a database by themselves: their effect as an equivalent statement, or a finding.
enum DestructiveClients {
    static let connectionValueOptions: Set<String> = ["-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname",
                                                      "--maintenance-db", "-t", "--table", "-n", "--schema", "-j", "--jobs",
                                                      "-f", "--file", "-F", "--format", "-L", "--use-list", "-N", "--exclude-schema",
                                                      "-P", "--function", "-T", "--trigger", "-I", "--index", "-S", "--superuser",
                                                      "--role", "--section", "-O", "--owner", "-c", "-r", "--exclude-table",
                                                      "-g", "--role", "-E", "--encoding", "-l", "--locale", "--template", "-D", "--tablespace"]

    static func action(program: String, arguments: ArraySlice<ShellWord>, context: ShellContext) -> DatabaseAction? {
        var valueOptions = connectionValueOptions
        // In these programs -c, -f, -l, -O, -E, -D, -S are flags or not value options.
        switch program {
        case "dropdb", "dropuser", "vacuumdb", "reindexdb", "pg_restore":
            valueOptions.subtract(["-c", "-f", "-F", "-l", "-O", "-E", "-D", "-S", "-r", "-g"])
            if program == "pg_restore" { valueOptions.formUnion(["-f", "-F", "-L", "-S"]) }
        case "createdb", "createuser": break
        default: return nil
        }
        let parsed = OptionParse(arguments, valueOptions: valueOptions)
        var target = ConnectionTarget()
        ConnectionInfo.applyEnvironment(context.environment, to: &target)
        if let host = parsed.value("-h", "--host") { target.host = host }
        if let port = parsed.value("-p", "--port") { target.port = Int(port) }
        if let user = parsed.value("-U", "--username") { target.user = user }
        let name = parsed.positionals.first.map { Identifier.quote($0.text) } ?? "current_database"
        var inputs: [SQLInput] = []
        switch program {
        case "dropdb":
            if let dbname = parsed.positionals.first?.text { target.dbname = dbname }
            inputs.append(.sql("DROP DATABASE \(name)\(parsed.has("-f", "--force") ? " WITH (FORCE)" : "")", origin: "dropdb"))
        case "dropuser":
            inputs.append(.sql("DROP ROLE \(parsed.positionals.first.map { Identifier.quote($0.text) } ?? "unknown_role")", origin: "dropuser"))
        case "createdb":
            inputs.append(.sql("CREATE DATABASE \(name)", origin: "createdb"))
        case "createuser":
            inputs.append(.sql("CREATE ROLE \(parsed.positionals.first.map { Identifier.quote($0.text) } ?? "unknown_role")", origin: "createuser"))
        case "vacuumdb":
            let tables = parsed.values("-t", "--table").map { Identifier.quoteQualified($0) }
            let full = parsed.has("-f", "--full") ? "FULL " : ""
            let verb = parsed.has("-Z", "--analyze-only") ? "ANALYZE" : "VACUUM \(full)"
            if let dbname = parsed.value("-d", "--dbname") ?? parsed.positionals.first?.text { target.dbname = dbname }
            inputs += tables.isEmpty ? [.sql(verb, origin: "vacuumdb")] : tables.map { .sql("\(verb) \($0)", origin: "vacuumdb") }
        case "reindexdb":
            if let dbname = parsed.value("-d", "--dbname") ?? parsed.positionals.first?.text { target.dbname = dbname }
            inputs.append(.sql("REINDEX DATABASE \(Identifier.quote(target.dbname ?? "current_database"))", origin: "reindexdb"))
        case "pg_restore":
            guard let dbname = parsed.value("-d", "--dbname") else { return nil }  // without -d it only writes a script
            ConnectionInfo.apply(dbname: dbname, to: &target)
            if parsed.has("-c", "--clean") {
                inputs.append(.clientAction(rule: "restore-clean", level: .destructive,
                                            message: "pg_restore --clean drops every object of the archive before recreating it",
                                            hint: "Restore into an empty database, or without --clean"))
            } else {
                inputs.append(.clientAction(rule: "restore-dump", level: .write, message: "pg_restore creates and fills the archive's objects",
                                            hint: "Restore into a scratch database first"))
            }
        default: return nil
        }
        return DatabaseAction(client: program, inputs: inputs, target: target)
    }
}

/// A program's options, read with getopt-style permutation.
struct OptionParse {
    var options: [(String, String)] = []
    var flags: Set<String> = []
    var positionals: [ShellWord] = []

    init(_ arguments: ArraySlice<ShellWord>, valueOptions: Set<String>) {
        var position = arguments.startIndex
        while position < arguments.endIndex {
            let text = arguments[position].text
            position += 1
            if !text.hasPrefix("-") || text == "-" { positionals.append(arguments[position - 1]); continue }
            if text.hasPrefix("--"), let equals = text.firstIndex(of: "=") {
                options.append((String(text[..<equals]), String(text[text.index(after: equals)...])))
            } else if valueOptions.contains(text) {
                if position < arguments.endIndex { options.append((text, arguments[position].text)); position += 1 }
            } else if !text.hasPrefix("--"), text.count > 2, valueOptions.contains(String(text.prefix(2))) {
                options.append((String(text.prefix(2)), String(text.dropFirst(2))))
            } else if !text.hasPrefix("--") {
                for flag in text.dropFirst() { flags.insert("-" + String(flag)) }
            } else {
                flags.insert(text)
            }
        }
    }

    func has(_ names: String...) -> Bool { names.contains { flags.contains($0) } }
    func value(_ names: String...) -> String? { options.last { names.contains($0.0) }?.1 }
    func values(_ names: String...) -> [String] { options.filter { names.contains($0.0) }.map(\.1) }
}

enum Identifier {
    static func quote(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "_" }
            && !(name.first?.isNumber ?? true)
        return plain ? name : "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    static func quoteQualified(_ name: String) -> String {
        name.split(separator: ".").map { quote(String($0)) }.joined(separator: ".")
    }
}

/// Short, single-line quotations of SQL and commands for reasons the agent reads.
enum Excerpt {
    static func make(_ text: String, limit: Int = 120) -> String {
        var line = ""
        var lastWasSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            if isSpace && lastWasSpace { continue }
            line.append(isSpace ? " " : character)
            lastWasSpace = isSpace
            if line.count > limit { return line.trimmingSpaces + "…" }
        }
        return line.trimmingSpaces
    }
}
