/// A single-pass lexer over UTF-8 SQL bytes that splits input the way PostgreSQL 15's scanner does
/// (with `standard_conforming_strings` on): comments, every string form, quoted identifiers,
/// dollar quotes, parameters, numbers and operators. It never fails: what it cannot place becomes an
/// `.other` token, and an unterminated string or comment becomes `.unterminated`.
public struct SQLLexer: IteratorProtocol, Sendable {
    public enum Kind: UInt8, Sendable {
        /// An unquoted identifier or keyword (`select`, `users`, `drop_log`).
        case word
        /// `"Users"` or `U&"d\0061ta"`.
        case quotedIdentifier
        /// `'...'` or `N'...'`: backslashes are ordinary characters.
        case string
        /// `E'...'`: backslash escapes.
        case escapeString
        /// `U&'...'`: Unicode escapes.
        case unicodeString
        /// `B'...'` or `X'...'`.
        case bitString
        /// `$$...$$` or `$tag$...$tag$`.
        case dollarString
        case number
        /// `$1`.
        case parameter
        /// An operator as PostgreSQL scans it (`+`, `<>`, `->>`, `||`, `::`, `=>` ...).
        case `operator`
        case leftParen, rightParen, leftBracket, rightBracket, comma, semicolon, colon, dot
        /// A string, quoted identifier or comment that runs to the end of the input.
        case unterminated
        /// A byte the scanner would reject (a lone `\`, `{`, a control character ...).
        case other
    }

    public struct Token: Sendable, Equatable {
        public var kind: Kind
        /// Byte range in the input.
        public var start: Int
        public var end: Int
        /// A standard string that contains a backslash: PostgreSQL reads it differently when
        /// `standard_conforming_strings` is off.
        public var hasBackslash: Bool = false
    }

    private let bytes: [UInt8]
    public private(set) var offset: Int
    private let limit: Int

    public init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = start
        self.limit = min(end ?? bytes.count, bytes.count)
    }

    // MARK: Character classes

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    @inline(__always) static func isIdentStart(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F || c >= 0x80 }
    @inline(__always) static func isIdentContinue(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) || c == 0x24 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isOperatorChar(_ c: UInt8) -> Bool {
        switch c {
        case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x2B, 0x2D, 0x2A, 0x2F, 0x25, 0x3C, 0x3E, 0x3D: true
        default: false
        }
    }

    @inline(__always) private func at(_ i: Int) -> UInt8 { i < limit ? bytes[i] : 0 }

    /// Skips whitespace and comments; returns false at an unterminated block comment.
    private mutating func skipTrivia() -> Bool {
        while offset < limit {
            let c = bytes[offset]
            if Self.isSpace(c) { offset += 1; continue }
            if c == 0x2D, at(offset + 1) == 0x2D {
                offset += 2
                while offset < limit, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
                continue
            }
            if c == 0x2F, at(offset + 1) == 0x2A {
                var depth = 1
                var i = offset + 2
                while i < limit, depth > 0 {
                    if bytes[i] == 0x2F, at(i + 1) == 0x2A { depth += 1; i += 2 }
                    else if bytes[i] == 0x2A, at(i + 1) == 0x2F { depth -= 1; i += 2 }
                    else { i += 1 }
                }
                if depth > 0 { return false }
                offset = i
                continue
            }
            break
        }
        return true
    }

    public mutating func next() -> Token? {
        let triviaStart = offset
        guard skipTrivia() else {
            defer { offset = limit }
            return Token(kind: .unterminated, start: triviaStart, end: limit)
        }
        guard offset < limit else { return nil }
        let start = offset
        let c = bytes[offset]
        let lower = c | 0x20

        func finish(_ kind: Kind, _ end: Int, backslash: Bool = false) -> Token {
            offset = end
            return Token(kind: kind, start: start, end: end, hasBackslash: backslash)
        }

        // Prefixed strings: E'..', B'..', X'..', N'..', U&'..', U&"..".
        if lower == 0x65, at(start + 1) == 0x27 { return finish(.escapeString, quoted(from: start + 1, escapes: true).end) }
        if lower == 0x62 || lower == 0x78, at(start + 1) == 0x27 { return finish(.bitString, quoted(from: start + 1, escapes: false).end) }
        if lower == 0x6E, at(start + 1) == 0x27 {
            let (end, backslash) = quoted(from: start + 1, escapes: false)
            return finish(.string, end, backslash: backslash)
        }
        if lower == 0x75, at(start + 1) == 0x26, at(start + 2) == 0x27 || at(start + 2) == 0x22 {
            let quote = at(start + 2)
            let (end, _) = quote == 0x27 ? quoted(from: start + 2, escapes: false) : quotedIdentifier(from: start + 2)
            if end > limit { return finish(.unterminated, limit) }
            return finish(quote == 0x27 ? .unicodeString : .quotedIdentifier, end)
        }
        if Self.isIdentStart(c) {
            var i = start + 1
            while i < limit, Self.isIdentContinue(bytes[i]) { i += 1 }
            return finish(.word, i)
        }
        if Self.isDigit(c) || (c == 0x2E && Self.isDigit(at(start + 1))) { return finish(.number, number(from: start)) }
        switch c {
        case 0x27:
            let (end, backslash) = quoted(from: start, escapes: false)
            if end > limit { return finish(.unterminated, limit) }
            return finish(.string, end, backslash: backslash)
        case 0x22:
            let (end, _) = quotedIdentifier(from: start)
            if end > limit { return finish(.unterminated, limit) }
            return finish(.quotedIdentifier, end)
        case 0x24:
            if Self.isDigit(at(start + 1)) {
                var i = start + 1
                while i < limit, Self.isDigit(bytes[i]) { i += 1 }
                return finish(.parameter, i)
            }
            if let end = dollarQuoted(from: start) { return finish(end > limit ? .unterminated : .dollarString, min(end, limit)) }
            return finish(.other, start + 1)
        case 0x28: return finish(.leftParen, start + 1)
        case 0x29: return finish(.rightParen, start + 1)
        case 0x5B: return finish(.leftBracket, start + 1)
        case 0x5D: return finish(.rightBracket, start + 1)
        case 0x2C: return finish(.comma, start + 1)
        case 0x3B: return finish(.semicolon, start + 1)
        case 0x3A:
            if at(start + 1) == 0x3A || at(start + 1) == 0x3D { return finish(.operator, start + 2) }   // :: :=
            return finish(.colon, start + 1)
        case 0x2E:
            if at(start + 1) == 0x2E { return finish(.operator, start + 2) }                             // ..
            return finish(.dot, start + 1)
        default:
            if Self.isOperatorChar(c) { return finish(.operator, operatorEnd(from: start)) }
            return finish(.other, start + 1)
        }
    }

    /// End (exclusive) of a `'...'` string starting at the quote; past `limit` when unterminated.
    private func quoted(from quote: Int, escapes: Bool) -> (end: Int, backslash: Bool) {
        var i = quote + 1
        var backslash = false
        while i < limit {
            let c = bytes[i]
            if c == 0x5C {
                backslash = true
                if escapes { i += 2; continue }
            }
            if c == 0x27 {
                if at(i + 1) == 0x27 { i += 2; continue }
                return (i + 1, backslash)
            }
            i += 1
        }
        return (limit + 1, backslash)
    }

    private func quotedIdentifier(from quote: Int) -> (end: Int, backslash: Bool) {
        var i = quote + 1
        while i < limit {
            if bytes[i] == 0x22 {
                if at(i + 1) == 0x22 { i += 2; continue }
                return (i + 1, false)
            }
            i += 1
        }
        return (limit + 1, false)
    }

    /// End of a dollar-quoted string starting at `$`, past `limit` when unterminated, or nil when the
    /// `$` does not open one.
    private func dollarQuoted(from start: Int) -> Int? {
        var i = start + 1
        if at(i) != 0x24 {
            guard Self.isIdentStart(at(i)) else { return nil }
            while i < limit, Self.isIdentStart(bytes[i]) || Self.isDigit(bytes[i]) { i += 1 }
            guard at(i) == 0x24 else { return nil }
        }
        let tag = bytes[start...i]
        var j = i + 1
        while j < limit {
            if bytes[j] == 0x24, j + tag.count <= limit, bytes[j..<(j + tag.count)].elementsEqual(tag) { return j + tag.count }
            j += 1
        }
        return limit + 1
    }

    private func number(from start: Int) -> Int {
        var i = start
        while i < limit, Self.isDigit(bytes[i]) { i += 1 }
        if at(i) == 0x2E, at(i + 1) != 0x2E {
            i += 1
            while i < limit, Self.isDigit(bytes[i]) { i += 1 }
        }
        if at(i) | 0x20 == 0x65 {
            var j = i + 1
            if at(j) == 0x2B || at(j) == 0x2D { j += 1 }
            if Self.isDigit(at(j)) {
                i = j
                while i < limit, Self.isDigit(bytes[i]) { i += 1 }
            }
        }
        return i
    }

    /// PostgreSQL's operator rule: the longest run of operator characters, cut before `--` or `/*`;
    /// a trailing `+` or `-` is dropped unless the operator contains one of `~ ! @ # ^ & | ` ?`.
    private func operatorEnd(from start: Int) -> Int {
        var end = start
        while end < limit, Self.isOperatorChar(bytes[end]) {
            if end > start, (bytes[end] == 0x2D && bytes[end - 1] == 0x2D) || (bytes[end] == 0x2A && bytes[end - 1] == 0x2F) {
                end -= 1
                break
            }
            end += 1
        }
        if end - start > 1 {
            let hasSpecial = bytes[start..<end].contains { [0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F].contains($0) }
            if !hasSpecial {
                while end - start > 1, bytes[end - 1] == 0x2B || bytes[end - 1] == 0x2D { end -= 1 }
            }
        }
        return end
    }
}

extension SQLLexer {
    /// End of the last token in `start..<end`, or `start` when there is none (only whitespace and comments).
    static func lastTokenEnd(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var lexer = SQLLexer(bytes, from: start, to: end)
        var last = start
        while let token = lexer.next() {
            if token.kind != .semicolon { last = token.end }
        }
        return last
    }

    /// Start of the first token at or after `start` (whitespace and comments skipped).
    static func firstTokenStart(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var lexer = SQLLexer(bytes, from: start, to: end)
        return lexer.next()?.start ?? start
    }

    /// The byte length of the longest run between top-level semicolons: what one parse of libpg_query
    /// can nest at worst.
    static func longestStatementLength(in bytes: [UInt8]) -> Int {
        survey(bytes).longestStatement
    }

    /// What one lexer pass over a whole input tells: `longestStatementLength`, and the bounds of its
    /// tokens, equal to `firstTokenStart(in: bytes, from: 0, to: bytes.count)` and (from there)
    /// `lastTokenEnd`. The pipeline uses them for a one-statement input instead of lexing it again.
    struct Survey: Equatable {
        var longestStatement: Int
        var firstTokenStart: Int
        var lastTokenEnd: Int
    }

    static func survey(_ bytes: [UInt8]) -> Survey {
        var lexer = SQLLexer(bytes)
        var depth = 0, segmentStart = 0, longest = 0
        var first: Int?, last = 0
        while let token = lexer.next() {
            if first == nil { first = token.start; last = token.start }
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            case .semicolon where depth == 0:
                longest = max(longest, token.start - segmentStart)
                segmentStart = token.end
            default: break
            }
            if token.kind != .semicolon { last = token.end }
        }
        return Survey(longestStatement: max(longest, bytes.count - segmentStart), firstTokenStart: first ?? 0, lastTokenEnd: last)
    }
}
