/// Byte classes for the prefilter's scanner: one table lookup decides what a byte can start or continue.
enum CharacterClass {
    static let identifierStart: UInt8 = 1    // A-Z a-z _
    static let identifierPart: UInt8 = 2     // identifierStart, digits, $
    static let digit: UInt8 = 4
    static let space: UInt8 = 8              // space \t \n \r \f (not \v: PostgreSQL 15 does not skip it)
    static let operatorChar: UInt8 = 16      // ~ ! @ # ^ & | ` ? + - * / % < > =
    static let triviaStart: UInt8 = 32       // the spaces, `-` and `/`: what may start a space or a comment

    /// 256 entries, allocated once (by `WordTables`) and never freed.
    static func makeTable() -> UnsafePointer<UInt8> {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(c)] = identifierStart | identifierPart }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(c)] = identifierStart | identifierPart }
        table[Int(UInt8(ascii: "_"))] = identifierStart | identifierPart
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(c)] = digit | identifierPart }
        table[Int(UInt8(ascii: "$"))] = identifierPart
        for c in [0x20, 0x09, 0x0A, 0x0D, 0x0C] { table[c] = space | triviaStart }
        for c in "~!@#^&|`?+-*/%<>=".utf8 { table[Int(c)] = operatorChar }
        for c in "-/".utf8 { table[Int(c)] |= triviaStart }
        return UnsafePointer(table)
    }
}

extension PrefilterParser {
    /// Scans the token at `position`, skipping whitespace and comments, the way PostgreSQL 15's scanner
    /// does with `standard_conforming_strings` on. What it does not handle exactly becomes `.bad`.
    /// (Tokens are returned by value: writing them through a pointer and reading them back is slower.)
    @inline(__always) mutating func scan() -> Token {
        guard skipTrivia() else { return bad() }
        let start = position
        guard start < count else { return Token(.end, start, start) }
        let c = base[start]
        let cls = classes[Int(c)]
        if cls & CharacterClass.identifierStart != 0 { return word(c) }
        if cls & CharacterClass.digit != 0 { return number() }
        switch c {
        case UInt8(ascii: "'"):
            position += 1
            guard standardString() else { return bad() }
            return Token(.string, start, position)
        case UInt8(ascii: "\""): return quotedIdentifier()
        case UInt8(ascii: "$"): return dollar()
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: "["): return single(.leftBracket)
        case UInt8(ascii: "]"): return single(.rightBracket)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "."):
            let after = byte(start + 1)
            if classes[Int(after)] & CharacterClass.digit != 0 { return number() }
            if after == UInt8(ascii: ".") { return bad() }                        // `..`
            return single(.dot)
        case UInt8(ascii: ":"):
            let after = byte(start + 1)
            if after == UInt8(ascii: ":") {
                position += 2
                return Token(.typecast, start, position)
            }
            if after == UInt8(ascii: "=") { return bad() }                        // `:=`
            return single(.colon)
        default:
            guard cls & CharacterClass.operatorChar != 0 else { return bad() }   // control, non-ASCII, `\`, `{` ...
            return operatorToken()
        }
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0 }

    @inline(__always) private mutating func single(_ kind: TokenKind) -> Token {
        position += 1
        return Token(kind, position - 1, position)
    }

    /// A token the prefilter does not handle; nothing after it is scanned.
    mutating func bad() -> Token {
        defer { position = count }
        return Token(.bad, position, position)
    }

    /// Whitespace, `--` comments and nested `/* */` comments; false for an unterminated comment.
    @inline(__always) private mutating func skipTrivia() -> Bool {
        while position < count {
            let c = base[position]
            // Most tokens are one space apart or none: one test each for those cases.
            if classes[Int(c)] & CharacterClass.triviaStart == 0 { return true }
            if c == 0x20 {
                position &+= 1
                if position >= count || classes[Int(base[position])] & CharacterClass.triviaStart == 0 { return true }
                continue
            }
            if classes[Int(c)] & CharacterClass.space != 0 { position = spaceEnd(position &+ 1); continue }
            if c == UInt8(ascii: "-"), byte(position + 1) == UInt8(ascii: "-") {
                position = lineEnd(position &+ 2)
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

    /// A word, the common case of up to seven bytes from one 8-byte load: the identifier's end, its
    /// folded bytes as the table key, no loop and no branch per byte. Longer words, prefixed strings
    /// and inputs under eight bytes take the general paths.
    @inline(__always) private mutating func word(_ first: UInt8) -> Token {
        let start = position
        let available = count &- start
        let chunk: UInt64
        if available >= 8 {
            chunk = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
        } else if count >= 8 {
            // The input's last eight bytes, shifted so that the word comes first and zeros (which end
            // an identifier) follow it: most statements end with a word.
            chunk = UnsafeRawPointer(base + (count &- 8)).loadUnaligned(as: UInt64.self) &>> UInt64(truncatingIfNeeded: (8 &- available) &* 8)
        } else {
            return longWord(first)
        }
        let outside = ~Self.identifierBytes(chunk) & 0x8080_8080_8080_8080
        let second = UInt8(truncatingIfNeeded: chunk >> 8)
        // A prefixed string (`E'`, `U&`) takes the general path.
        guard second != UInt8(ascii: "'"), second != UInt8(ascii: "&") else { return longWord(first) }
        guard outside != 0 else { return longerWord(chunk) }
        let length = outside.trailingZeroBitCount >> 3
        let end = start &+ length
        // Non-ASCII would continue the identifier (and fold by locale): not handled.
        guard end == count || base[end] < 0x80 else { return bad() }
        position = end
        let info = words.lookup(WordLookup.folded(chunk & ((1 &<< (UInt64(truncatingIfNeeded: length) &* 8)) &- 1)))
        if info.isRisky || info.isDangerousName { return bad() }
        return Token(.word, start, end, info: info)
    }

    /// A word of eight bytes or more, the first eight in `chunk` (eight bytes after `position` are
    /// readable). Most such names are in no table, and the filter of the long words says so from the
    /// first eight bytes and the length.
    @inline(never) private mutating func longerWord(_ chunk: UInt64) -> Token {
        let start = position
        let end = identifierEnd(start &+ 8)
        let length = end &- start
        // Non-ASCII would continue the identifier (and fold by locale): not handled.
        guard length <= WordLookup.maxLength, end >= count || base[end] < 0x80 else { return bad() }
        position = end
        let first = WordLookup.folded(chunk)
        let info: WordInfo
        if length == 8 {
            info = words.lookup(first)
        } else if words.mayHoldLong(first, length: length) {
            info = WordTables.words.lookupLong(base + start, length: length, limit: count &- start, fold: true)
        } else {
            info = .plain
        }
        if info.isRisky || info.isDangerousName { return bad() }
        return Token(.word, start, end, info: info)
    }

    /// A word, or one of the prefixed strings that start like one (`E'`, `B'`, `X'`; `N'` and `U&` are
    /// left to the parser).
    private mutating func longWord(_ first: UInt8) -> Token {
        let start = position
        let after = byte(start + 1)
        if after == UInt8(ascii: "'") {
            switch first | 0x20 {
            case UInt8(ascii: "e"):
                position += 2
                guard escapeString() else { return bad() }
                return Token(.string, start, position)
            case UInt8(ascii: "b"), UInt8(ascii: "x"):
                position += 2
                guard bitString(hex: first | 0x20 == UInt8(ascii: "x")) else { return bad() }
                return Token(.bitString, start, position)
            case UInt8(ascii: "n"):
                return bad()
            default:
                break
            }
        }
        if first | 0x20 == UInt8(ascii: "u"), after == UInt8(ascii: "&") { return bad() }   // U&'...' and U&"..."
        let i = identifierEnd(start + 1)
        let length = i - start
        // Non-ASCII would continue the identifier (and fold by locale): not handled.
        guard length <= WordLookup.maxLength, i >= count || base[i] < 0x80 else { return bad() }
        position = i
        let info = WordTables.words.lookup(base + start, length: length, limit: count - start, fold: true)
        if info.isRisky || info.isDangerousName { return bad() }
        return Token(.word, start, i, info: info)
    }

    /// The first byte from `from` that is not a space, tab, newline, carriage return or form feed.
    private mutating func spaceEnd(_ from: Int) -> Int {
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i &+ 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte is a space when it equals one of the five (zero after xor).
            let space = Self.zeroBytes(word ^ (0x20 &* ones)) | Self.zeroBytes(word ^ (0x09 &* ones)) | Self.zeroBytes(word ^ (0x0A &* ones))
                | Self.zeroBytes(word ^ (0x0D &* ones)) | Self.zeroBytes(word ^ (0x0C &* ones))
            let other = ~space & high
            if other != 0 { return i &+ other.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < count, classes[Int(base[i])] & CharacterClass.space != 0 { i &+= 1 }
        return i
    }

    /// The position of the first `\n` or `\r` from `from` (the end of a `--` comment), or `count`.
    private mutating func lineEnd(_ from: Int) -> Int {
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101
        while i &+ 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let found = Self.zeroBytes(word ^ (0x0A &* ones)) | Self.zeroBytes(word ^ (0x0D &* ones))
            if found != 0 { return i &+ found.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < count, base[i] != 0x0A, base[i] != 0x0D { i &+= 1 }
        return i
    }

    /// The high bit of each zero byte of `word`, exactly (no false positives from borrows).
    @inline(__always) static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// The end of the identifier characters (letters, digits, `_`, `$`) from `from`, eight bytes at a
    /// time where eight can be read: no branch per byte, so no misprediction at a word's end.
    @inline(__always) private mutating func identifierEnd(_ from: Int) -> Int {
        var i = from
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let outside = ~Self.identifierBytes(word) & 0x8080_8080_8080_8080
            if outside != 0 { return i + outside.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < count, classes[Int(base[i])] & CharacterClass.identifierPart != 0 { i += 1 }
        return i
    }

    /// The high bit of each byte of `word` set when the byte is a letter, a digit, `_` or `$`.
    @inline(__always) static func identifierBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~word & high
        let low = word & ~high                                  // the byte without its high bit
        // low + (0x80 - n) sets the high bit when low >= n; no byte carries into the next.
        func atLeast(_ value: UInt64, _ n: UInt64) -> UInt64 { (value &+ (0x80 &- n) &* ones) & high }
        let lower = low | 0x20 &* ones                          // letters to lower case (and a few others moved)
        let letter = atLeast(lower, 0x61) & ~atLeast(lower, 0x7B)
        let digit = atLeast(low, 0x30) & ~atLeast(low, 0x3A)
        let underscore = ~atLeast(low ^ (0x5F &* ones), 1) & high
        let dollar = ~atLeast(low ^ (0x24 &* ones), 1) & high
        return (letter | digit | underscore | dollar) & ascii
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
