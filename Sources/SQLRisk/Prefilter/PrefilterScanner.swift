/// Byte classes for the prefilter's scanner: one table lookup decides what a byte can start or continue.
enum CharacterClass {
    static let identifierStart: UInt8 = 1    // A-Z a-z _
    static let identifierPart: UInt8 = 2     // identifierStart, digits, $
    static let digit: UInt8 = 4
    static let space: UInt8 = 8              // space \t \n \r \f (not \v: PostgreSQL 15 does not skip it)
    static let operatorChar: UInt8 = 16      // ~ ! @ # ^ & | ` ? + - * / % < > =

    /// 256 entries, allocated once (by `WordTable`) and never freed.
    static func makeTable() -> UnsafePointer<UInt8> {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(c)] = identifierStart | identifierPart }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(c)] = identifierStart | identifierPart }
        table[Int(UInt8(ascii: "_"))] = identifierStart | identifierPart
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(c)] = digit | identifierPart }
        table[Int(UInt8(ascii: "$"))] = identifierPart
        for c in [0x20, 0x09, 0x0A, 0x0D, 0x0C] { table[c] = space }
        for c in "~!@#^&|`?+-*/%<>=".utf8 { table[Int(c)] = operatorChar }
        return UnsafePointer(table)
    }
}

/// The names of PostgreSQL 15's built-in binary operators besides the arithmetic and comparison ones
/// (pg_operator): strings, patterns, JSON and jsonpath, arrays, ranges, text search, bits, network
/// addresses and geometry. Any other operator is "don't know": it can only be user-defined.
enum KnownOperators {
    static let list = [
        "||", "->", "->>", "#>", "#>>", "#-", "@>", "<@", "?", "?|", "?&", "@?", "@@", "@@@", "~", "~*", "!~", "!~*", "~~", "~~*",
        "!~~", "!~~*", "&&", "&<", "&>", "-|-", "<<", ">>", "<<=", ">>=", "&", "|", "#", "##", "<->", "<<|", "|>>", "&<|", "|&>",
        "<^", ">^", "?#", "?-", "?-|", "?||", "~=", "~<~", "~<=~", "~>=~", "~>~", "*<", "*<=", "*>", "*>=", "*=", "*<>",
    ]

    /// The operators packed little-endian into 32 bits (none is longer than four bytes).
    static let packed: [UInt32] = list.map { $0.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) } }
}

extension PrefilterParser {
    /// Scans the token at `position` into `token`, skipping whitespace and comments, the way PostgreSQL
    /// 15's scanner does with `standard_conforming_strings` on. What it does not handle exactly becomes
    /// `.bad`.
    mutating func scan() -> Token {
        var token = Token()
        scan(&token)
        return token
    }

    @inline(__always) private mutating func scan(_ token: inout Token) {
        guard skipTrivia() else { return bad(&token) }
        token.start = position
        guard position < count else {
            token.kind = .end
            token.end = position
            return
        }
        let c = base[position]
        let cls = classes[Int(c)]
        if cls & CharacterClass.identifierStart != 0 { return word(&token, c) }
        if cls & CharacterClass.digit != 0 { return number(&token) }
        switch c {
        case UInt8(ascii: "'"):
            position += 1
            guard standardString() else { return bad(&token) }
            token.kind = .string
        case UInt8(ascii: "\""): return quotedIdentifier(&token)
        case UInt8(ascii: "$"): return dollar(&token)
        case UInt8(ascii: "("): single(&token, .leftParen)
        case UInt8(ascii: ")"): single(&token, .rightParen)
        case UInt8(ascii: "["): single(&token, .leftBracket)
        case UInt8(ascii: "]"): single(&token, .rightBracket)
        case UInt8(ascii: ","): single(&token, .comma)
        case UInt8(ascii: ";"): single(&token, .semicolon)
        case UInt8(ascii: "."):
            let after = byte(position + 1)
            if classes[Int(after)] & CharacterClass.digit != 0 { return number(&token) }
            if after == UInt8(ascii: ".") { return bad(&token) }                      // `..`
            single(&token, .dot)
        case UInt8(ascii: ":"):
            let after = byte(position + 1)
            if after == UInt8(ascii: ":") { position += 2; token.kind = .typecast }
            else if after == UInt8(ascii: "=") { return bad(&token) }                 // `:=`
            else { single(&token, .colon) }
        default:
            guard cls & CharacterClass.operatorChar != 0 else { return bad(&token) } // control, non-ASCII, `\`, `{` ...
            return operatorToken(&token)
        }
        token.end = position
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0 }

    @inline(__always) private mutating func single(_ token: inout Token, _ kind: TokenKind) {
        position += 1
        token.kind = kind
    }

    private mutating func bad(_ token: inout Token) {
        token.kind = .bad
        token.end = position
        position = count
    }

    /// Whitespace, `--` comments and nested `/* */` comments; false for an unterminated comment.
    @inline(__always) private mutating func skipTrivia() -> Bool {
        while position < count {
            let c = base[position]
            if classes[Int(c)] & CharacterClass.space != 0 { position += 1; continue }
            if c == UInt8(ascii: "-"), byte(position + 1) == UInt8(ascii: "-") {
                position += 2
                while position < count, base[position] != 0x0A, base[position] != 0x0D { position += 1 }
                continue
            }
            if c == UInt8(ascii: "/"), byte(position + 1) == UInt8(ascii: "*") {
                var depth = 1
                position += 2
                while depth > 0 {
                    guard position + 1 < count else { return false }
                    let d = base[position]
                    if d == UInt8(ascii: "/"), base[position + 1] == UInt8(ascii: "*") { depth += 1; position += 2 }
                    else if d == UInt8(ascii: "*"), base[position + 1] == UInt8(ascii: "/") { depth -= 1; position += 2 }
                    else { position += 1 }
                }
                continue
            }
            return true
        }
        return true
    }

    /// A word, or one of the prefixed strings that start like one (`E'`, `B'`, `X'`; `N'` and `U&` are
    /// left to the parser).
    @inline(__always) private mutating func word(_ token: inout Token, _ first: UInt8) {
        let start = position
        let after = byte(start + 1)
        if after == UInt8(ascii: "'") {
            switch first | 0x20 {
            case UInt8(ascii: "e"):
                position += 2
                guard escapeString() else { return bad(&token) }
                token.kind = .string
                token.end = position
                return
            case UInt8(ascii: "b"), UInt8(ascii: "x"):
                position += 2
                guard bitString(hex: first | 0x20 == UInt8(ascii: "x")) else { return bad(&token) }
                token.kind = .bitString
                token.end = position
                return
            case UInt8(ascii: "n"):
                return bad(&token)
            default:
                break
            }
        }
        if first | 0x20 == UInt8(ascii: "u"), after == UInt8(ascii: "&") { return bad(&token) }   // U&'...' and U&"..."
        var hash = WordTable.seed
        var i = start
        while i < count {
            let c = base[i]
            guard classes[Int(c)] & CharacterClass.identifierPart != 0 else { break }
            hash = WordTable.step(hash, c &- 0x41 < 26 ? c | 0x20 : c)
            i += 1
        }
        let length = i - start
        // Non-ASCII would continue the identifier (and fold by locale): not handled.
        guard length <= WordTable.maxLength, i >= count || base[i] < 0x80 else { return bad(&token) }
        position = i
        let info = words.lookup(base + start, length: length, hash: hash, fold: true)
        if info.isRisky || info.isDangerousName { return bad(&token) }
        token.kind = .word
        token.info = info
        token.end = i
    }

    /// `'...'` after the opening quote, `''` for a quote. A backslash is refused: with
    /// `standard_conforming_strings` off the server would end the string elsewhere.
    @inline(__always) private mutating func standardString() -> Bool {
        while position < count {
            let c = base[position]
            position += 1
            if c == UInt8(ascii: "'") {
                if byte(position) == UInt8(ascii: "'") { position += 1; continue }
                return true
            }
            if c == UInt8(ascii: "\\") { return false }
        }
        return false
    }

    /// `E'...'` after the opening quote. Only escapes that cannot yield an invalid byte or a failing
    /// Unicode escape: `\\ \' \" \b \f \n \r \t`.
    private mutating func escapeString() -> Bool {
        while position < count {
            let c = base[position]
            position += 1
            if c == UInt8(ascii: "'") {
                if byte(position) == UInt8(ascii: "'") { position += 1; continue }
                return true
            }
            if c == UInt8(ascii: "\\") {
                switch byte(position) {
                case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 1
                default:
                    return false
                }
            }
        }
        return false
    }

    /// `B'0101'` or `X'1F'` after the opening quote: binary or hex digits only.
    private mutating func bitString(hex: Bool) -> Bool {
        while position < count {
            let c = base[position]
            position += 1
            if c == UInt8(ascii: "'") { return byte(position) != UInt8(ascii: "'") }
            let ok = hex ? (classes[Int(c)] & CharacterClass.digit != 0 || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "f")))
                         : (c == UInt8(ascii: "0") || c == UInt8(ascii: "1"))
            if !ok { return false }
        }
        return false
    }

    /// `"Name"`: `""` for a quote, never empty, at most 63 bytes (PostgreSQL would truncate it).
    /// The name is checked against the function catalogue like an unquoted one, without folding.
    private mutating func quotedIdentifier(_ token: inout Token) {
        let start = position + 1
        var i = start
        var hash = WordTable.seed
        var doubled = false
        while true {
            guard i < count else { return bad(&token) }
            let c = base[i]
            if c == UInt8(ascii: "\"") {
                if byte(i + 1) == UInt8(ascii: "\"") { doubled = true; i += 2; continue }
                break
            }
            hash = WordTable.step(hash, c)
            i += 1
        }
        let length = i - start
        guard length > 0, length <= WordTable.maxLength else { return bad(&token) }
        position = i + 1
        // A name with a quote in it is no function's name.
        if !doubled {
            let info = words.lookup(base + start, length: length, hash: hash, fold: false)
            if info.isDangerousName { return bad(&token) }
        }
        token.kind = .quotedIdentifier
        token.end = position
    }

    /// `$1`, or a dollar-quoted string `$$...$$` / `$tag$...$tag$`.
    private mutating func dollar(_ token: inout Token) {
        let start = position
        var i = start + 1
        if classes[Int(byte(i))] & CharacterClass.digit != 0 {
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
            // PostgreSQL 15 rejects `$1abc`; very long numbers are not worth the risk.
            guard i - start <= 6, i >= count || classes[Int(base[i])] & (CharacterClass.identifierStart) == 0, i >= count || base[i] < 0x80 else {
                return bad(&token)
            }
            position = i
            token.kind = .parameter
            token.end = i
            return
        }
        if byte(i) != UInt8(ascii: "$") {
            guard classes[Int(byte(i))] & CharacterClass.identifierStart != 0 else { return bad(&token) }
            while i < count, classes[Int(base[i])] & (CharacterClass.identifierStart | CharacterClass.digit) != 0 { i += 1 }
            guard byte(i) == UInt8(ascii: "$") else { return bad(&token) }
        }
        let tagLength = i + 1 - start
        var j = i + 1
        while j + tagLength <= count {
            if base[j] == UInt8(ascii: "$"), memoryEqual(base + j, base + start, tagLength) {
                position = j + tagLength
                token.kind = .string
                token.end = position
                return
            }
            j += 1
        }
        bad(&token)
    }

    @inline(__always) private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        for k in 0..<length where a[k] != b[k] { return false }
        return true
    }

    /// Digits, an optional fraction and exponent. PostgreSQL 15 rejects a number followed directly by
    /// an identifier character (`123abc`, `0x1F`, `1e`), and `1..2` means something else.
    private mutating func number(_ token: inout Token) {
        var i = position
        while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        if byte(i) == UInt8(ascii: ".") {
            if byte(i + 1) == UInt8(ascii: ".") { return bad(&token) }
            i += 1
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        }
        if byte(i) | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if byte(j) == UInt8(ascii: "+") || byte(j) == UInt8(ascii: "-") { j += 1 }
            guard classes[Int(byte(j))] & CharacterClass.digit != 0 else { return bad(&token) }
            i = j
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        }
        if i < count, classes[Int(base[i])] & CharacterClass.identifierStart != 0 || base[i] >= 0x80 || base[i] == UInt8(ascii: ".") {
            return bad(&token)
        }
        position = i
        token.kind = .number
        token.end = i
    }

    /// PostgreSQL's operator rule: the longest run of operator characters, cut before `--` or `/*`;
    /// trailing `+`/`-` dropped unless the operator holds one of `~ ! @ # ^ & | \` ? %`.
    private mutating func operatorToken(_ token: inout Token) {
        let start = position
        var end = start
        while end < count, classes[Int(base[end])] & CharacterClass.operatorChar != 0 {
            if end > start {
                let previous = base[end - 1], c = base[end]
                if (c == UInt8(ascii: "-") && previous == UInt8(ascii: "-")) || (c == UInt8(ascii: "*") && previous == UInt8(ascii: "/")) {
                    end -= 1
                    break
                }
            }
            end += 1
        }
        if end - start > 1, base[end - 1] == UInt8(ascii: "+") || base[end - 1] == UInt8(ascii: "-") {
            var special = false
            for k in start..<(end - 1) {
                switch base[k] {
                case UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "&"),
                     UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: "%"):
                    special = true
                default: break
                }
            }
            if !special {
                while end - start > 1, base[end - 1] == UInt8(ascii: "+") || base[end - 1] == UInt8(ascii: "-") { end -= 1 }
            }
        }
        position = end
        token.end = end
        token.kind = .operator
        let length = end - start
        if length == 1 {
            switch base[start] {
            case UInt8(ascii: "+"): token.op = .plus
            case UInt8(ascii: "-"): token.op = .minus
            case UInt8(ascii: "*"): token.op = .star
            case UInt8(ascii: "/"): token.op = .slash
            case UInt8(ascii: "%"): token.op = .percent
            case UInt8(ascii: "^"): token.op = .caret
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="): token.op = .comparison
            default: token.op = .generic
            }
        } else if length == 2, isComparison(base[start], base[start + 1]) {
            token.op = .comparison
        } else {
            token.op = .generic
        }
        if token.op == .generic {
            guard length <= 4 else { return bad(&token) }
            var packed: UInt32 = 0
            for k in (start..<end).reversed() { packed = packed << 8 | UInt32(base[k]) }
            guard KnownOperators.packed.contains(packed) else { return bad(&token) }
        }
    }

    /// `<=`, `>=`, `<>`, `!=`.
    @inline(__always) private func isComparison(_ a: UInt8, _ b: UInt8) -> Bool {
        (b == UInt8(ascii: "=") && (a == UInt8(ascii: "<") || a == UInt8(ascii: ">") || a == UInt8(ascii: "!")))
            || (a == UInt8(ascii: "<") && b == UInt8(ascii: ">"))
    }
}

extension PrefilterParser {
    /// Every token of `bytes` up to the end or the first `.bad` one (for the tests that hold the
    /// scanner to libpg_query's).
    static func tokens(of bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return [] }
            var parser = PrefilterParser(buffer, maxNesting: 0)
            var tokens: [Token] = []
            while parser.token.kind != .end {
                tokens.append(parser.token)
                if parser.token.kind == .bad { break }
                parser.advance()
            }
            return tokens
        }
    }
}
