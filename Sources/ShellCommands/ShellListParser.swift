/// The list level of the reader: separators, pipes, reserved words, redirections and here-document bodies.
extension ShellReader {
    /// Words that open or close a compound command when they stand where a command name would.
    static let reservedWords: Set<String> = [
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "in", "case", "esac",
        "{", "}", "!", "function", "select", "[[", "]]",
    ]

    /// Reads commands up to the end, or up to the `)` that closes a `$(` when `closing` is set.
    mutating func parseList(closing: UInt8?, depth: Int) throws(ShellSyntaxError) -> CommandList {
        try checkDepth(depth)
        var list = CommandList()
        var pipeline = Pipeline()
        var command = SimpleCommand()
        var openParens = 0
        let start = index

        func finishCommand(keepPlaceholder: Bool) {
            if !command.isEmpty || keepPlaceholder { pipeline.commands.append(command) }
            command = SimpleCommand()
        }
        func finishPipeline() {
            finishCommand(keepPlaceholder: false)
            if !pipeline.commands.isEmpty { list.pipelines.append(pipeline) }
            pipeline = Pipeline()
        }

        while true {
            skipBlanks()
            guard let byte = peek() else {
                if closing != nil { throw .unterminated("$(", offset: start) }
                break
            }
            switch byte {
            case .newline:
                index += 1
                finishPipeline()
                try readPendingHereDocuments()
            case .hash:
                while let next = peek(), next != .newline { index += 1 }
            case .semicolon:
                index += 1
                if peek() == .semicolon || peek() == .ampersand { index += 1 }
                finishPipeline()
            case .ampersand:
                if peek(1) == .greater { try command.redirections.append(readRedirection(descriptor: nil, depth: depth)); continue }
                index += 1
                if peek() == .ampersand { index += 1 }
                finishPipeline()
            case .pipe:
                index += 1
                if peek() == .pipe {
                    index += 1
                    finishPipeline()
                } else {
                    if peek() == .ampersand { index += 1 }
                    // A pipe after a compound command: its output is unknown, so keep an empty placeholder.
                    finishCommand(keepPlaceholder: true)
                }
            case .openParen:
                index += 1
                openParens += 1
                finishPipeline()
            case .closeParen:
                if closing == .closeParen && openParens == 0 {
                    index += 1
                    finishPipeline()
                    return list
                }
                index += 1
                openParens = max(0, openParens - 1)
                // A following `|` adds the placeholder that makes `( … ) | psql` an unknown producer.
                finishCommand(keepPlaceholder: false)
            case .less, .greater:
                if peek(1) == .openParen {
                    try appendWord(readWord(depth: depth), to: &command)
                } else {
                    try command.redirections.append(readRedirection(descriptor: nil, depth: depth))
                }
            default:
                if let descriptor = descriptorBeforeRedirection() {
                    try command.redirections.append(readRedirection(descriptor: descriptor, depth: depth))
                    continue
                }
                let word = try readWord(depth: depth)
                if command.words.isEmpty && command.assignments.isEmpty && !word.wasQuoted
                    && !word.hasUnknownExpansion && Self.reservedWords.contains(word.text) {
                    // `{`, `then`, `do` …: the commands inside are read as if at top level.
                    finishCommand(keepPlaceholder: false)
                    continue
                }
                try appendWord(word, to: &command)
            }
        }
        finishPipeline()
        return list
    }

    mutating func appendWord(_ word: ShellWord, to command: inout SimpleCommand) throws(ShellSyntaxError) {
        wordCount += 1
        if wordCount > limits.maxWords { throw .tooManyWords(limit: limits.maxWords) }
        if command.words.isEmpty, let assignment = Self.assignment(word) {
            command.assignments.append(assignment)
        } else {
            command.words.append(word)
        }
    }

    /// `NAME=value` with a literal, unquoted name.
    static func assignment(_ word: ShellWord) -> Assignment? {
        guard let equals = word.text.utf8.firstIndex(of: .equals) else { return nil }
        let name = word.text.utf8[..<equals]
        guard let first = name.first, first.isNameStart, name.allSatisfy(\.isNameCharacter) else { return nil }
        // The name must not come from a quote or an expansion: `"A"=1` and `$X=1` are commands.
        if word.wasQuoted && word.text.hasPrefix("\"") { return nil }
        guard let nameText = String(name), !nameText.contains("$") else { return nil }
        let valueText = String(word.text.utf8[word.text.utf8.index(after: equals)...]) ?? ""
        return Assignment(name: nameText, value: ShellWord(text: valueText, hasUnknownExpansion: word.hasUnknownExpansion,
                                                           wasQuoted: word.wasQuoted, substitutions: word.substitutions))
    }

    mutating func skipBlanks() {
        while let byte = peek() {
            if byte == .space || byte == .tab || byte == 0x0D {
                index += 1
            } else if byte == .backslash && peek(1) == .newline {
                index += 2
            } else {
                return
            }
        }
    }

    /// `2>`, `10<`: digits directly followed by a redirection operator.
    func descriptorBeforeRedirection() -> Int? {
        var offset = 0
        var value = 0
        while let byte = peek(offset), byte.isDigit, offset < 4 {
            value = value * 10 + Int(byte - 0x30)
            offset += 1
        }
        guard offset > 0, let next = peek(offset), next == .less || next == .greater else { return nil }
        return value
    }

    mutating func readRedirection(descriptor: Int?, depth: Int) throws(ShellSyntaxError) -> Redirection {
        if descriptor != nil { while let byte = peek(), byte.isDigit { index += 1 } }
        let op: RedirectionOperator
        func take(_ count: Int, _ value: RedirectionOperator) -> RedirectionOperator {
            index += count
            return value
        }
        switch (peek(), peek(1), peek(2)) {
        case (.ampersand, .greater, .greater): op = take(3, .appendOutputAndError)
        case (.ampersand, .greater, _): op = take(2, .outputAndError)
        case (.less, .less, .less): op = take(3, .hereString)
        case (.less, .less, UInt8(ascii: "-")): op = take(3, .hereDocumentStrippingTabs)
        case (.less, .less, _): op = take(2, .hereDocument)
        case (.less, .ampersand, _): op = take(2, .duplicateInput)
        case (.less, .greater, _): op = take(2, .readWrite)
        case (.less, _, _): op = take(1, .input)
        case (.greater, .greater, _): op = take(2, .append)
        case (.greater, .pipe, _): op = take(2, .clobber)
        case (.greater, .ampersand, _): op = take(2, .duplicateOutput)
        default: op = take(1, .output)
        }
        skipBlanks()
        guard let next = peek(), !next.isWordBreak else { throw .unexpected("end of redirection", offset: index) }
        let target = try readWord(depth: depth)
        var redirection = Redirection(descriptor: descriptor, op: op, target: target)
        if op == .hereDocument || op == .hereDocumentStrippingTabs {
            let id = nextHereDocumentID
            nextHereDocumentID += 1
            pendingHereDocuments.append((id, target.text, target.wasQuoted, op == .hereDocumentStrippingTabs))
            // The body comes after the next newline; `attachHereDocuments` puts it here by this id.
            redirection.hereDocument = HereDocument(body: "\u{0}\(id)", terminated: false)
        }
        return redirection
    }

    /// Reads the bodies of the here-documents opened on the line just ended, in order.
    mutating func readPendingHereDocuments() throws(ShellSyntaxError) {
        let pending = pendingHereDocuments
        pendingHereDocuments = []
        for document in pending {
            var body: [UInt8] = []
            var terminated = false
            while !atEnd {
                let lineStart = index
                while let byte = peek(), byte != .newline { index += 1 }
                var line = bytes[lineStart..<index]
                if !atEnd { index += 1 }
                if document.stripTabs { while line.first == .tab { line = line.dropFirst() } }
                if line.elementsEqual(document.delimiter.utf8) || (line.last == 0x0D && line.dropLast().elementsEqual(document.delimiter.utf8)) {
                    terminated = true
                    break
                }
                body.append(contentsOf: line)
                body.append(.newline)
            }
            let expands = !document.quoted && Self.containsExpansion(body)
            hereDocuments[document.id] = HereDocument(body: String(decoding: body, as: UTF8.self),
                                                      hasUnknownExpansion: expands, terminated: terminated)
        }
    }

    /// An unescaped `$name`, `${`, `$(` or backtick.
    static func containsExpansion(_ body: [UInt8]) -> Bool {
        var position = 0
        while position < body.count {
            let byte = body[position]
            if byte == .backslash { position += 2; continue }
            if byte == .backtick { return true }
            if byte == .dollar, position + 1 < body.count {
                let next = body[position + 1]
                if next.isNameCharacter || next == .openBrace || next == .openParen || "@*#?$!-".utf8.contains(next) { return true }
            }
            position += 1
        }
        return false
    }

    /// Puts each here-document body, read after its line ended, into its redirection.
    func attachHereDocuments(_ list: CommandList, depth: Int) -> CommandList {
        guard !hereDocuments.isEmpty || nextHereDocumentID > 0, depth <= limits.maxDepth + 1 else { return list }
        var list = list
        for p in list.pipelines.indices {
            for c in list.pipelines[p].commands.indices {
                var command = list.pipelines[p].commands[c]
                for r in command.redirections.indices {
                    if let placeholder = command.redirections[r].hereDocument, placeholder.body.hasPrefix("\u{0}"),
                       let id = Int(placeholder.body.dropFirst()) {
                        // A here-document whose line never ended has no body: the shell reads an empty one.
                        command.redirections[r].hereDocument = hereDocuments[id] ?? HereDocument(body: "", terminated: false)
                    }
                    command.redirections[r].target.substitutions = command.redirections[r].target.substitutions.map {
                        attachHereDocuments($0, depth: depth + 1)
                    }
                }
                for a in command.assignments.indices {
                    command.assignments[a].value.substitutions = command.assignments[a].value.substitutions.map {
                        attachHereDocuments($0, depth: depth + 1)
                    }
                }
                for w in command.words.indices {
                    command.words[w].substitutions = command.words[w].substitutions.map { attachHereDocuments($0, depth: depth + 1) }
                }
                list.pipelines[p].commands[c] = command
            }
        }
        return list
    }
}
