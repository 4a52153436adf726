/// Where inputs come from. By default each source is one input; `--input-format lines|jsonl` splits it.
enum InputSource: Sendable {
    case file(path: String)
    case standardInput
    /// The text of a `-c` argument.
    case argument(text: String, name: String)
    /// A directory that could not be searched for `*.sql` files.
    case unlisted(path: String, reason: String)

    /// How reports and error messages name the source.
    var name: String {
        switch self {
        case .file(let path), .unlisted(let path, _): path
        case .standardInput: "<stdin>"
        case .argument(_, let name): name
        }
    }
}

/// One piece of SQL to classify, with what is needed to name it in the output.
struct Input: Sendable {
    /// Which part of its source an input is.
    enum Origin: Sendable {
        /// The whole source (`--input-format sql`).
        case source
        /// One line of the source (`--input-format lines`).
        case line(Int)
        /// One `jsonl` record: its line, and its `id` as JSON text, echoed back unchanged.
        case record(line: Int, id: String?)
    }

    /// The source's name: a path, `<stdin>` or `<arg>`.
    let name: String
    let origin: Origin
    let sql: [UInt8]

    init(name: String, origin: Origin = .source, sql: [UInt8]) {
        self.name = name
        self.origin = origin
        self.sql = sql
    }

    /// 1-based line of the source the input was read from (`lines` and `jsonl` only).
    var line: Int? {
        switch origin {
        case .source: nil
        case .line(let line), .record(let line, _): line
        }
    }

    var id: String? {
        if case .record(_, let id) = origin { id } else { nil }
    }
}

/// An input that could not be read: a missing file, a read error, a malformed `jsonl` line.
struct UnreadableInput: Error, Sendable {
    let name: String
    let line: Int?
    let reason: String

    var message: String {
        let place = line.map { "\(name):\($0)" } ?? name
        return "\(place): \(reason)"
    }
}

/// What the reader hands on: an input to classify, or the reason one could not be read.
enum InputItem: Sendable {
    case input(Input)
    case unreadable(UnreadableInput)

    var input: Input? {
        if case .input(let input) = self { input } else { nil }
    }
}
