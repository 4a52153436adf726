import ShellCommands

/// What a command reads on standard input, as far as the hook can tell.
enum StandardInput: Equatable {
    /// Nothing redirected or piped: the agent's own (non-interactive) standard input.
    case inherited
    case text(String, origin: String)
    case unknown(String)
    /// `pg_dump` output; with `--clean` it starts by dropping every object it restores.
    case dump(clean: Bool)
}

extension ShellAnalyzer {
    /// The standard input of command `index` of `pipeline`: its own last `<`, here-document or here-string
    /// wins over the pipe, as in the shell.
    func standardInput(of pipeline: Pipeline, at index: Int, context: ShellContext) -> StandardInput {
        let command = pipeline.commands[index]
        if let redirection = command.redirections.last(where: \.feedsStandardInput) {
            return input(from: redirection, context: context)
        }
        guard index > 0 else { return context.inheritedInput }
        return output(of: pipeline, at: index - 1, context: context, depth: 0)
    }

    func input(from redirection: Redirection, context: ShellContext) -> StandardInput {
        switch redirection.op {
        case .hereDocument, .hereDocumentStrippingTabs:
            guard let document = redirection.hereDocument else { return .unknown("here-document without a body") }
            if document.hasUnknownExpansion { return .unknown("the here-document is unquoted and the shell expands $… or `…` in it") }
            return .text(document.body, origin: "here-document")
        case .hereString:
            if redirection.target.hasUnknownExpansion { return .unknown("the here-string contains \(redirection.target.text)") }
            return .text(redirection.target.text + "\n", origin: "here-string")
        case .duplicateInput:
            return .unknown("standard input duplicated from descriptor \(redirection.target.text)")
        default:
            return read(file: redirection.target, context: context)
        }
    }

    func read(file word: ShellWord, context: ShellContext) -> StandardInput {
        if word.hasUnknownExpansion { return .unknown("the file name \(word.text) is not known") }
        if context.remote { return .unknown("\(word.text) is a file on another machine or in a container") }
        guard let path = FileAccess.resolve(word.text, cwd: context.cwd, home: context.home) else {
            return .unknown("\(word.text) is relative and the working directory is not known")
        }
        switch fileReader(path) {
        case .text(let text): return .text(text, origin: word.text)
        case .failure(let reason): return .unknown(reason)
        }
    }

    /// What command `index` writes into the pipe, for the producers the hook can read.
    func output(of pipeline: Pipeline, at index: Int, context: ShellContext, depth: Int) -> StandardInput {
        let command = pipeline.commands[index]
        guard let first = command.words.first, depth < 4 else { return .unknown("the producer in the pipeline is a compound command") }
        let program = CommandUnwrapper.programName(first)
        let arguments = command.words.dropFirst()
        if command.redirections.contains(where: { $0.op.writesFile && ($0.descriptor == nil || $0.descriptor == 1) }) {
            return .text("", origin: "\(program) (output redirected)")
        }
        switch program {
        case "echo":
            var words = arguments
            var newline = true
            var escapes = false
            while let flag = words.first?.text, flag.hasPrefix("-"), flag.count > 1, flag.dropFirst().allSatisfy({ "neE".contains($0) }) {
                if flag.contains("n") { newline = false }
                if flag.contains("e") { escapes = true }
                words = words.dropFirst()
            }
            if let unknown = words.first(where: \.hasUnknownExpansion) { return .unknown("echo writes \(unknown.text)") }
            let text = words.map(\.text).joined(separator: " ")
            if escapes && text.contains("\\") { return .unknown("echo -e with escapes") }
            return .text(text + (newline ? "\n" : ""), origin: "echo")
        case "printf":
            guard let format = arguments.first else { return .text("", origin: "printf") }
            if let unknown = arguments.first(where: \.hasUnknownExpansion) { return .unknown("printf writes \(unknown.text)") }
            return PrintfFormat.render(format.text, arguments: arguments.dropFirst().map(\.text)).map { .text($0, origin: "printf") }
                ?? .unknown("printf format \(format.text) is not one the hook evaluates")
        case "cat":
            let files = arguments.filter { !$0.text.hasPrefix("-") || $0.text == "-" }
            if files.isEmpty || files.contains(where: { $0.text == "-" }) {
                if files.count > 1 { return .unknown("cat mixes standard input and files") }
                return standardInput(of: pipeline, at: index, context: context)
            }
            var text = ""
            for file in files {
                switch read(file: file, context: context) {
                case .text(let contents, _): text += contents
                case .unknown(let reason): return .unknown(reason)
                default: return .unknown("cat \(file.text)")
                }
            }
            return .text(text, origin: files.map(\.text).joined(separator: " "))
        case "pg_dump", "pg_dumpall":
            let clean = arguments.contains { $0.text == "--clean" || $0.text == "-c" || ($0.text.hasPrefix("-") && !$0.text.hasPrefix("--") && $0.text.contains("c") && $0.text.count <= 4) }
            return .dump(clean: clean)
        default:
            return .unknown("the output of \(program) is not known")
        }
    }
}

/// `printf FORMAT ARGS…` for the formats agents use with SQL: literal text, `%s`, `%%`, `\n`.
enum PrintfFormat {
    static func render(_ format: String, arguments: [String]) -> String? {
        var output = ""
        var remaining = arguments[...]
        var characters = Array(format)[...]
        var usedArgument = false
        repeat {
            var chars = characters
            while let character = chars.first {
                chars = chars.dropFirst()
                if character == "\\", let next = chars.first {
                    chars = chars.dropFirst()
                    switch next {
                    case "n": output += "\n"
                    case "t": output += "\t"
                    case "\\": output += "\\"
                    default: return nil
                    }
                } else if character == "%", let next = chars.first {
                    chars = chars.dropFirst()
                    switch next {
                    case "%": output += "%"
                    case "s":
                        output += remaining.first ?? ""
                        remaining = remaining.dropFirst()
                        usedArgument = true
                    default: return nil
                    }
                } else {
                    output.append(character)
                }
            }
            characters = Array(format)[...]
        } while usedArgument && !remaining.isEmpty
        return output
    }
}
