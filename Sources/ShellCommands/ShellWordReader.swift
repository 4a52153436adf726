/// The word level of the reader: quotes, escapes and expansions.
struct WordBuilder {
    var text: [UInt8] = []
    var unknown = false
    var quoted = false
    var substitutions: [CommandList] = []

    var word: ShellWord {
        ShellWord(text: String(decoding: text, as: UTF8.self), hasUnknownExpansion: unknown, wasQuoted: quoted,
                  substitutions: substitutions)
    }
}

extension ShellReader {
    /// Reads one word starting at `index` (which is not a blank or an operator, except `<(`/`>(`).
    mutating func readWord(depth: Int) throws(ShellSyntaxError) -> ShellWord {
        var word = WordBuilder()
        while let byte = peek() {
            switch byte {
            case .backslash:
                if peek(1) == .newline {
                    index += 2
                } else if let escaped = peek(1) {
                    word.text.append(escaped)
                    word.quoted = true
                    index += 2
                } else {
                    index += 1
                }
            case .singleQuote:
                word.quoted = true
                try readSingleQuoted(into: &word)
            case .doubleQuote:
                word.quoted = true
                try readDoubleQuoted(into: &word, depth: depth)
            case .dollar:
                try readDollar(into: &word, inDoubleQuotes: false, depth: depth)
            case .backtick:
                try readBackticks(into: &word, depth: depth)
            case .less where peek(1) == .openParen, .greater where peek(1) == .openParen:
                // Process substitution `<(cmd)` / `>(cmd)`: a file name the shell makes up; cmd runs.
                let start = index
                index += 2
                let inner = try parseList(closing: .closeParen, depth: depth + 1)
                word.substitutions.append(inner)
                word.unknown = true
                word.text.append(contentsOf: bytes[start..<index])
            default:
                if byte.isWordBreak { return word.word }
                word.text.append(byte)
                index += 1
            }
        }
        return word.word
    }

    mutating func readSingleQuoted(into word: inout WordBuilder) throws(ShellSyntaxError) {
        let start = index
        index += 1
        while let byte = peek(), byte != .singleQuote {
            word.text.append(byte)
            index += 1
        }
        guard !atEnd else { throw .unterminated("single quote", offset: start) }
        index += 1
    }

    mutating func readDoubleQuoted(into word: inout WordBuilder, depth: Int) throws(ShellSyntaxError) {
        let start = index
        index += 1
        while let byte = peek() {
            switch byte {
            case .doubleQuote:
                index += 1
                return
            case .backslash:
                if let next = peek(1), next == .dollar || next == .backtick || next == .doubleQuote || next == .backslash {
                    word.text.append(next)
                    index += 2
                } else if peek(1) == .newline {
                    index += 2
                } else {
                    word.text.append(byte)
                    index += 1
                }
            case .dollar:
                try readDollar(into: &word, inDoubleQuotes: true, depth: depth)
            case .backtick:
                try readBackticks(into: &word, depth: depth)
            default:
                word.text.append(byte)
                index += 1
            }
        }
        throw .unterminated("double quote", offset: start)
    }

    mutating func readDollar(into word: inout WordBuilder, inDoubleQuotes: Bool, depth: Int) throws(ShellSyntaxError) {
        let start = index
        switch peek(1) {
        case .openParen where peek(2) == .openParen:
            // Arithmetic `$(( … ))`: no command runs, but the value is unknown.
            index += 3
            try skipBalanced(open: .openParen, close: .closeParen, already: 2, what: "$((")
            word.unknown = true
        case .openParen:
            index += 2
            let inner = try parseList(closing: .closeParen, depth: depth + 1)
            word.substitutions.append(inner)
            word.unknown = true
        case .openBrace:
            index += 2
            try skipBalanced(open: .openBrace, close: .closeBrace, already: 1, what: "${")
            word.unknown = true
        case .singleQuote where !inDoubleQuotes:
            index += 1
            word.quoted = true
            try readANSICQuoted(into: &word)
            return
        case .doubleQuote where !inDoubleQuotes:
            index += 1  // `$"…"` (locale translation) reads as "…"
            return
        case let next? where next.isNameStart:
            index += 1
            while let byte = peek(), byte.isNameCharacter { index += 1 }
            word.unknown = true
        case let next? where next.isDigit || "@*#?$!-".utf8.contains(next):
            index += 2
            word.unknown = true
        default:
            word.text.append(.dollar)
            index += 1
            return
        }
        word.text.append(contentsOf: bytes[start..<index])
    }

    /// Skips to the matching `close`, counting nesting and skipping quoted text; `already` opens were consumed.
    mutating func skipBalanced(open: UInt8, close: UInt8, already: Int, what: String) throws(ShellSyntaxError) {
        let start = index
        var level = already
        while let byte = peek() {
            index += 1
            switch byte {
            case .backslash: index += 1
            case .singleQuote:
                while let next = peek(), next != .singleQuote { index += 1 }
                index += 1
            case open: level += 1
            case close:
                level -= 1
                if level == 0 || (open == .openParen && already == 2 && level == 1 && peek() == .closeParen) {
                    if level == 1 { index += 1 }
                    return
                }
            default: break
            }
        }
        throw .unterminated(what, offset: start)
    }

    mutating func readBackticks(into word: inout WordBuilder, depth: Int) throws(ShellSyntaxError) {
        try checkDepth(depth + 1)
        let start = index
        index += 1
        var inner: [UInt8] = []
        while let byte = peek(), byte != .backtick {
            if byte == .backslash, let next = peek(1), next == .backtick || next == .backslash || next == .dollar {
                inner.append(next)
                index += 2
            } else {
                inner.append(byte)
                index += 1
            }
        }
        guard !atEnd else { throw .unterminated("backtick", offset: start) }
        index += 1
        var nested = ShellReader(bytes: inner, limits: limits)
        nested.wordCount = wordCount
        let list = try nested.parseList(closing: nil, depth: depth + 1)
        wordCount = nested.wordCount
        word.substitutions.append(nested.attachHereDocuments(list, depth: depth + 1))
        word.unknown = true
        word.text.append(contentsOf: bytes[start..<index])
    }

    /// `$'…'`: ANSI-C escapes.
    mutating func readANSICQuoted(into word: inout WordBuilder) throws(ShellSyntaxError) {
        let start = index
        index += 1
        while let byte = peek(), byte != .singleQuote {
            guard byte == .backslash, let next = peek(1) else {
                word.text.append(byte)
                index += 1
                continue
            }
            index += 2
            switch next {
            case UInt8(ascii: "n"): word.text.append(0x0A)
            case UInt8(ascii: "t"): word.text.append(0x09)
            case UInt8(ascii: "r"): word.text.append(0x0D)
            case UInt8(ascii: "a"): word.text.append(0x07)
            case UInt8(ascii: "b"): word.text.append(0x08)
            case UInt8(ascii: "f"): word.text.append(0x0C)
            case UInt8(ascii: "v"): word.text.append(0x0B)
            case UInt8(ascii: "e"), UInt8(ascii: "E"): word.text.append(0x1B)
            case UInt8(ascii: "x"): word.text.append(readNumber(radix: 16, maxDigits: 2))
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                index -= 1
                word.text.append(readNumber(radix: 8, maxDigits: 3))
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let value = readScalar(maxDigits: next == UInt8(ascii: "u") ? 4 : 8)
                word.text.append(contentsOf: Array(String(Character(value)).utf8))
            case .backslash, .singleQuote, .doubleQuote, UInt8(ascii: "?"): word.text.append(next)
            default:
                word.text.append(.backslash)
                word.text.append(next)
            }
        }
        guard !atEnd else { throw .unterminated("$' quote", offset: start) }
        index += 1
    }

    mutating func readNumber(radix: UInt32, maxDigits: Int) -> UInt8 {
        var value: UInt32 = 0
        var digits = 0
        while digits < maxDigits, let byte = peek(), let digit = Character(UnicodeScalar(byte)).hexDigitValue, UInt32(digit) < radix {
            value = value * radix + UInt32(digit)
            index += 1
            digits += 1
        }
        return UInt8(truncatingIfNeeded: value)
    }

    mutating func readScalar(maxDigits: Int) -> Unicode.Scalar {
        var value: UInt32 = 0
        var digits = 0
        while digits < maxDigits, let byte = peek(), let digit = Character(UnicodeScalar(byte)).hexDigitValue {
            value = value &* 16 &+ UInt32(digit)
            index += 1
            digits += 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
