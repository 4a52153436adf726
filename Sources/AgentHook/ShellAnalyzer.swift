import SQLRisk
import ShellCommands

/// What the analysis knows where it stands in a command line.
struct ShellContext {
    var cwd: String?
    var home: String?
    /// Inside `ssh`, `docker exec`, `kubectl exec`: named files are not local.
    var remote = false
    /// The script came from a word the outer shell expands (`sh -c "psql -c '$SQL'"`): SQL with `$` in it is unknown.
    var tainted = false
    /// Connection variables set earlier in the command line (`export PGHOST=…;`, `PGHOST=… psql`).
    var environment: [String: ShellWord] = [:]
    var inheritedInput: StandardInput = .inherited
    var depth = 0
}

/// Finds every command of a shell command line that reaches PostgreSQL, through wrappers, pipes and
/// substitutions, and what it would send. Also notes writes onto the gate's own files.
public struct ShellAnalyzer {
    public static let maxDepth = 16
    let fileReader: @Sendable (String) -> FileAccess.ReadResult
    let protectedPaths: ProtectedPaths
    var analysis = ToolCallAnalysis()

    public init(protectedPaths: ProtectedPaths, fileReader: @escaping @Sendable (String) -> FileAccess.ReadResult = FileAccess.readText) {
        self.protectedPaths = protectedPaths
        self.fileReader = fileReader
    }

    /// Analyses one shell command as a tool call would run it in `cwd`.
    public static func analyze(_ command: String, cwd: String?, home: String?, protectedPaths: ProtectedPaths,
                               fileReader: @escaping @Sendable (String) -> FileAccess.ReadResult = FileAccess.readText) -> ToolCallAnalysis {
        var analyzer = ShellAnalyzer(protectedPaths: protectedPaths, fileReader: fileReader)
        analyzer.analyzeScript(ShellWord(text: command), context: ShellContext(cwd: cwd, home: home))
        return analyzer.analysis
    }

    /// Analyses an argument vector (Codex sends `["bash", "-lc", "…"]`).
    public static func analyze(argv: [String], cwd: String?, home: String?, protectedPaths: ProtectedPaths) -> ToolCallAnalysis {
        var analyzer = ShellAnalyzer(protectedPaths: protectedPaths)
        let command = SimpleCommand(words: argv.map { ShellWord(text: $0) })
        analyzer.walk(CommandList(pipelines: [Pipeline(commands: [command])]), context: ShellContext(cwd: cwd, home: home))
        return analyzer.analysis
    }

    mutating func analyzeScript(_ script: ShellWord, context: ShellContext) {
        guard context.depth < Self.maxDepth else { return fail("wrappers and nested shells go deeper than \(Self.maxDepth) levels", script.text) }
        do {
            let list = try ShellTokenizer.parse(script.text)
            var inner = context
            inner.tainted = context.tainted || script.hasUnknownExpansion
            inner.depth += 1
            walk(list, context: inner)
        } catch {
            fail("the shell command could not be read: \(error)", script.text)
        }
    }

    mutating func fail(_ reason: String, _ text: String) {
        if analysis.failure == nil { analysis.failure = reason }
        if DatabaseMention.mentionsDatabase(text) { analysis.mayReachDatabase = true }
    }

    mutating func walk(_ list: CommandList, context: ShellContext) {
        guard context.depth < Self.maxDepth else { return fail("substitutions nest deeper than \(Self.maxDepth) levels", "") }
        var context = context
        for pipeline in list.pipelines {
            for index in pipeline.commands.indices {
                let command = pipeline.commands[index]
                walkSubstitutions(of: command, context: context)
                checkProtectedRedirections(command, context: context)
                if command.words.isEmpty {
                    // `PGHOST=x` alone sets a shell variable for the commands after it.
                    for assignment in command.assignments { context.environment[assignment.name] = assignment.value }
                    continue
                }
                if command.words.first?.text == "cd" {
                    // Later commands read their files from the new directory, when it is known.
                    let target = command.words.dropFirst().first { !$0.text.hasPrefix("-") }
                    context.cwd = target.flatMap { $0.hasUnknownExpansion ? nil : FileAccess.resolve($0.text, cwd: context.cwd, home: context.home) }
                        ?? (target == nil ? context.home : nil)
                    continue
                }
                if let name = command.words.first?.text, name == "export" || name == "declare" || name == "typeset" || name == "local" {
                    for word in command.words.dropFirst() {
                        if let assignment = CommandUnwrapper.assignment(word) { context.environment[assignment.name] = assignment.value }
                    }
                    continue
                }
                var commandContext = context
                for assignment in command.assignments { commandContext.environment[assignment.name] = assignment.value }
                commandContext.inheritedInput = standardInput(of: pipeline, at: index, context: context)
                invoke(command.words[...], context: commandContext, argumentsFromStandardInput: false)
            }
        }
    }

    mutating func walkSubstitutions(of command: SimpleCommand, context: ShellContext) {
        var inner = context
        inner.depth += 1
        inner.inheritedInput = .inherited
        let words = command.words + command.assignments.map(\.value) + command.redirections.map(\.target)
        for word in words {
            for substitution in word.substitutions { walk(substitution, context: inner) }
        }
    }

    /// Runs through wrappers to the program that does the work, and looks at it.
    mutating func invoke(_ words: ArraySlice<ShellWord>, context: ShellContext, argumentsFromStandardInput: Bool) {
        guard let first = words.first else { return }
        guard context.depth < Self.maxDepth else { return fail("wrappers nest deeper than \(Self.maxDepth) levels", words.map(\.text).joined(separator: " ")) }
        let program = CommandUnwrapper.programName(first)
        let arguments = words.dropFirst()
        checkProtectedCommand(program: program, arguments: arguments, context: context)
        if first.hasUnknownExpansion {
            if DatabaseMention.mentionsDatabase(first.text) {
                record(DatabaseAction(client: first.text, inputs: [.unknown(reason: "the program \(first.text) is not known")]))
            }
            return
        }
        if let unwrapped = CommandUnwrapper.unwrap(program, arguments: arguments) {
            var inner = context
            inner.depth += 1
            switch unwrapped {
            case .command(let rest, let environment, let remote, let fromStandardInput):
                inner.environment.merge(environment) { $1 }
                inner.remote = context.remote || remote
                invoke(rest, context: inner, argumentsFromStandardInput: argumentsFromStandardInput || fromStandardInput)
            case .script(let script, let remote):
                inner.remote = context.remote || remote
                inner.depth -= 1
                analyzeScript(script, context: inner)
            case .nothing:
                if CommandUnwrapper.shells.contains(program), case .text(let script, _) = context.inheritedInput {
                    // `bash <<'EOF' … EOF`, `echo 'psql …' | sh`: the shell runs its standard input.
                    inner.inheritedInput = .inherited
                    analyzeScript(ShellWord(text: script), context: inner)
                } else if CommandUnwrapper.shells.contains(program), case .unknown = context.inheritedInput,
                          DatabaseMention.mentionsDatabase(words.map(\.text).joined(separator: " ")) {
                    record(DatabaseAction(client: program, inputs: [.unknown(reason: "the shell runs a script the hook cannot read")]))
                }
            }
            return
        }
        if let action = ClientPrograms.action(program: program, arguments: arguments, analyzer: self, context: context,
                                              argumentsFromStandardInput: argumentsFromStandardInput) {
            record(action, tainted: context.tainted)
        }
    }

    mutating func record(_ action: DatabaseAction, tainted: Bool = false) {
        var action = action
        if tainted {
            action.inputs = action.inputs.map { input in
                switch input {
                case .sql(let text, _), .psqlScript(let text, _):
                    return text.contains("$") || text.contains("`")
                        ? .unknown(reason: "the outer shell expands $… in the script before \(action.client) sees it") : input
                default: return input
                }
            }
        }
        analysis.actions.append(action)
    }
}

/// A cheap look at text that could not be analysed: does it mention a PostgreSQL client, or one of the
/// gate's own files? Failing closed applies only to those. (A shell runs a script line by line, so the lines
/// before a syntax error still run: an unreadable command is judged by everything it mentions.)
public enum DatabaseMention {
    static let markers = ["psql", "pgcli", "usql", "pg_restore", "pg_dump", "dropdb", "dropuser", "createdb", "createuser",
                          "vacuumdb", "reindexdb", "clusterdb", "postgres", "database_url", "psycopg", "asyncpg", "sqlrisk",
                          "classify-sql", "mcp__", ".claude", ".gemini", ".codex", ".cursor", ".copilot", "github/hooks"]

    public static func mentionsDatabase(_ text: String) -> Bool {
        mentionsDatabase(utf8: Array(text.utf8))
    }

    public static func mentionsDatabase(utf8 bytes: [UInt8]) -> Bool {
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in markers {
            let needle = Array(marker.utf8)
            guard lowered.count >= needle.count else { continue }
            var position = 0
            while position + needle.count <= lowered.count {
                if lowered[position] == needle[0] && lowered[position..<(position + needle.count)].elementsEqual(needle) { return true }
                position += 1
            }
        }
        return false
    }
}
