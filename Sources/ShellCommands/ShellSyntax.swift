/// What a POSIX shell command line is made of, as far as the hook needs it: lists of pipelines of simple
/// commands. Compound commands (`if`, `while`, `( … )`, `{ …; }`) are flattened into the commands they run,
/// which over-approximates what runs: every command that could run is in the list.

/// A command line: pipelines in the order they appear, whatever connects them (`;`, `&&`, `||`, `&`, newline).
public struct CommandList: Sendable, Equatable {
    public var pipelines: [Pipeline]
    public init(pipelines: [Pipeline] = []) { self.pipelines = pipelines }

    /// Every simple command, in order, without those inside substitutions.
    public var commands: [SimpleCommand] { pipelines.flatMap(\.commands) }
}

/// Commands joined by `|` or `|&`: each one's standard output feeds the next one's standard input.
public struct Pipeline: Sendable, Equatable {
    public var commands: [SimpleCommand]
    public init(commands: [SimpleCommand] = []) { self.commands = commands }
}

/// `VAR=value` before a command's name: it sets the variable for that command only.
public struct Assignment: Sendable, Equatable {
    public var name: String
    public var value: ShellWord
    public init(name: String, value: ShellWord) {
        self.name = name
        self.value = value
    }
}

/// One command: assignments, words (the first one names the program) and redirections.
/// A command with no words and no assignments stands for a compound command (`{ …; }`, `( … )`) whose
/// output feeds a pipe: what it writes is not known.
public struct SimpleCommand: Sendable, Equatable {
    public var assignments: [Assignment]
    public var words: [ShellWord]
    public var redirections: [Redirection]

    public init(assignments: [Assignment] = [], words: [ShellWord] = [], redirections: [Redirection] = []) {
        self.assignments = assignments
        self.words = words
        self.redirections = redirections
    }

    public var isEmpty: Bool { assignments.isEmpty && words.isEmpty && redirections.isEmpty }
    /// The words as text, expansions kept as their source (`$HOME`).
    public var arguments: [String] { words.map(\.text) }
}

/// One word after quote removal.
public struct ShellWord: Sendable, Equatable {
    /// The value after quote removal; an expansion whose value is unknown keeps its source text (`$SQL`, `$(cat x)`).
    public var text: String
    /// True when some part is a parameter, command or arithmetic expansion: its value is not known here.
    public var hasUnknownExpansion: Bool
    /// True when any part of it was quoted or escaped.
    public var wasQuoted: Bool
    /// The commands of `$(…)`, backticks and `<(…)`/`>(…)` inside the word: they run too.
    public var substitutions: [CommandList]

    public init(text: String, hasUnknownExpansion: Bool = false, wasQuoted: Bool = false, substitutions: [CommandList] = []) {
        self.text = text
        self.hasUnknownExpansion = hasUnknownExpansion
        self.wasQuoted = wasQuoted
        self.substitutions = substitutions
    }
}

public enum RedirectionOperator: String, Sendable, Equatable {
    case input = "<"
    case output = ">"
    case append = ">>"
    case clobber = ">|"
    case readWrite = "<>"
    case duplicateInput = "<&"
    case duplicateOutput = ">&"
    /// `&>` and `&>>`: standard output and error to a file.
    case outputAndError = "&>"
    case appendOutputAndError = "&>>"
    case hereDocument = "<<"
    case hereDocumentStrippingTabs = "<<-"
    case hereString = "<<<"

    /// True when the target is a file the command writes.
    public var writesFile: Bool {
        switch self {
        case .output, .append, .clobber, .readWrite, .outputAndError, .appendOutputAndError: true
        case .duplicateOutput: true  // `>&file` writes a file unless the target is a descriptor number
        default: false
        }
    }
}

/// A redirection: `2>&1`, `> out.txt`, `< in.sql`, `<<EOF`, `<<< 'text'`.
public struct Redirection: Sendable, Equatable {
    /// The descriptor number written before the operator, if any.
    public var descriptor: Int?
    public var op: RedirectionOperator
    /// The file, descriptor or here-string text; for a here-document, its delimiter.
    public var target: ShellWord
    /// The body of a here-document.
    public var hereDocument: HereDocument?

    public init(descriptor: Int? = nil, op: RedirectionOperator, target: ShellWord, hereDocument: HereDocument? = nil) {
        self.descriptor = descriptor
        self.op = op
        self.target = target
        self.hereDocument = hereDocument
    }

    /// True when this redirection replaces standard input.
    public var feedsStandardInput: Bool {
        switch op {
        case .input, .readWrite, .duplicateInput, .hereDocument, .hereDocumentStrippingTabs, .hereString:
            descriptor == nil || descriptor == 0
        default: false
        }
    }
}

/// A here-document's body as the command reads it.
public struct HereDocument: Sendable, Equatable {
    public var body: String
    /// True when the delimiter was unquoted and the body holds `$…` or backticks: the shell expands them.
    public var hasUnknownExpansion: Bool
    /// False when the input ended before the delimiter line (the shell then uses what it read).
    public var terminated: Bool

    public init(body: String, hasUnknownExpansion: Bool = false, terminated: Bool = true) {
        self.body = body
        self.hasUnknownExpansion = hasUnknownExpansion
        self.terminated = terminated
    }
}

/// Why a command line could not be read. Callers fail closed on it.
public enum ShellSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    case tooDeep(limit: Int)
    case tooManyWords(limit: Int)
    case unterminated(String, offset: Int)
    case unexpected(String, offset: Int)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit): "command of \(bytes) bytes is over the \(limit)-byte limit"
        case .tooDeep(let limit): "quoting or substitutions nest deeper than \(limit) levels"
        case .tooManyWords(let limit): "command has more than \(limit) words"
        case .unterminated(let what, let offset): "unterminated \(what) at offset \(offset)"
        case .unexpected(let what, let offset): "unexpected \(what) at offset \(offset)"
        }
    }
}
