import ArgumentParser
import SQLRisk

/// `classify-sql [FILE ...] | -c SQL`: the root command. `classify-sql rules` is dispatched before
/// parsing (see `EntryPoint`) because file arguments would otherwise swallow the word `rules`.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify-sql",
        abstract: HelpText.abstract,
        usage: HelpText.usage,
        discussion: HelpText.discussion
    )

    @Argument(help: ArgumentHelp(
        "SQL files to classify, each one input. '-' or no file reads standard input.",
        valueName: "file"))
    var files: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp(
        "SQL to classify, given on the command line. Repeat -c for several inputs. Cannot be combined with files.",
        valueName: "sql"))
    var commands: [String] = []

    @Option(help: ArgumentHelp(
        "How each source is cut into inputs: 'sql' (the whole source), 'lines' (every non-blank line), 'jsonl' (every non-blank line is {\"id\": any JSON, \"sql\": \"...\"}).",
        valueName: "format"))
    var inputFormat: InputFormat = .sql

    @Option(help: ArgumentHelp(
        "Output: 'text' (for people), 'json' (one object for -c or standard input, an array whenever a path is given), 'jsonl' (one object per input per line), 'sarif' (SARIF 2.1.0: findings at or above --fail-on), 'github' (GitHub Actions annotations).",
        valueName: "format"))
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp(
        "Exit with status 1 when some input is at or above this level.",
        valueName: "level"))
    var failOn = LevelArgument(.destructive)

    @Option(help: ArgumentHelp(
        "Text output: print only statements at or above this level (the summary still counts every input).",
        valueName: "level"))
    var minLevel = LevelArgument(.safe)

    @Option(help: ArgumentHelp(
        "Largest input to classify, in bytes (default 33554432); a larger one is critical (input-too-large).",
        valueName: "n"))
    var maxInputBytes: Int?

    @Option(help: ArgumentHelp(
        "With --input-format jsonl: the member that holds the SQL (default 'sql').",
        valueName: "name"))
    var sqlField = "sql"

    @Flag(help: "Parse every input fully, even plainly read-only ones the prefilter would answer.")
    var noPrefilter = false

    @Flag(help: "Give every statement its libpg_query fingerprint in json/jsonl output (always on for sarif).")
    var fingerprints = false

    @Option(help: ArgumentHelp(
        "Classify this many inputs at once (default: the number of processors). Output keeps input order.",
        valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp(
        "Decide with this policy file (TOML, see Documentation/Policy.md) instead of the layered policy files. Exit status: 0 allow, 1 deny, 3 ask.",
        valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("The policy profile to decide under (default: the policy's default_profile, else its strictest).", valueName: "name"))
    var profile: String?

    @Flag(help: "Ignore the layered policy files (/etc/sqlrisk, ~/.config/sqlrisk, .sqlrisk.toml): report levels only.")
    var noPolicy = false

    @Flag(help: "Print the version of classify-sql, libpg_query and the PostgreSQL grammar.")
    var version = false

    mutating func validate() throws {
        if noPolicy && policy != nil {
            throw ValidationError("--policy and --no-policy cannot be combined.")
        }
        if !commands.isEmpty && !files.isEmpty {
            throw ValidationError("-c cannot be combined with file arguments; run classify-sql once for each.")
        }
        if let maxInputBytes, maxInputBytes < 0 {
            throw ValidationError("--max-input-bytes takes a whole number of bytes, 0 or more.")
        }
        if sqlField.isEmpty || sqlField == "id" {
            throw ValidationError("--sql-field needs a member name other than 'id'.")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs takes a whole number of at least 1.")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once.")
        }
    }

    func run() throws {
        if version {
            BufferedOutput.standardOutput.write(VersionText.line + "\n")
            return
        }
        let selection = try loadPolicy()
        var limits = Limits.default
        if let maxInputBytes {
            limits.maxInputBytes = maxInputBytes
            limits.maxStatementBytes = min(limits.maxStatementBytes, maxInputBytes)
        }
        // SARIF's partialFingerprints need each statement's fingerprint.
        let options = Classifier.Options(usePrefilter: !noPrefilter, limits: limits, fingerprints: fingerprints || format == .sarif)
        let sources = self.sources
        var reader = InputReader(format: inputFormat, sources: sources)
        reader.sqlField = sqlField
        // One object only when no path was given: a glob that matches one file still gets an array.
        let single = inputFormat == .sql && sources.count == 1 && files.allSatisfy { $0 == "-" }
        var run = ClassificationRun(
            reader: reader,
            classifier: BatchClassifier(classifier: Classifier(options: options), jobs: jobs ?? Environment.processorCount,
                                        policy: selection.policy, profile: selection.profile),
            renderer: format.renderer(to: .standardOutput, single: single, failOn: failOn.level, minimumLevel: minLevel.level),
            failOn: failOn.level,
            output: .standardOutput,
            errors: .standardError)
        throw ExitCode(run.run().rawValue)
    }

    /// The policy of this run; bad policy input ends it with status 2, a profile it lacks with 64.
    private func loadPolicy() throws -> PolicySelection {
        do {
            let selection = try PolicySelection.load(file: policy, profile: profile, disabled: noPolicy)
            for warning in selection.warnings { BufferedOutput.standardError.write("classify-sql: warning: \(warning)\n") }
            BufferedOutput.standardError.flush()
            return selection
        } catch .unreadable(let lines) {
            for line in lines { BufferedOutput.standardError.write("classify-sql: error: \(line)\n") }
            BufferedOutput.standardError.flush()
            throw ExitCode(ExitStatus.unreadableInput.rawValue)
        } catch .usage(let message) {
            throw ValidationError(message)
        }
    }

    /// Inputs in the order given: the `-c` texts, or the files (`-` is standard input), or standard input.
    var sources: [InputSource] {
        if !commands.isEmpty {
            return commands.enumerated().map { index, text in
                .argument(text: text, name: commands.count == 1 ? "<arg>" : "<arg\(index + 1)>")
            }
        }
        if files.isEmpty { return [.standardInput] }
        return files.flatMap { $0 == "-" ? [.standardInput] : SQLFileSearch.sources(forPath: $0) }
    }
}
