// The scanner's literal tokens: strings in every form, quoted names, numbers, parameters, operators.

/// The names of PostgreSQL 15's built-in binary operators besides the arithmetic and comparison ones
/// (pg_operator): strings, patterns, JSON and jsonpath, arrays, ranges, text search, bits, network
/// addresses and geometry. Any other operator is "don't know": it can only be user-defined.
enum KnownOperators {
    static let list = [
        "||", "->", "->>", "#>", "#>>", "#-", "@>", "<@", "?", "?|", "?&", "@?", "@@", "@@@", "~", "~*", "!~", "!~*", "~~", "~~*",
        "!~~", "!~~*", "&&", "&<", "&>", "-|-", "<<", ">>", "<<=", ">>=", "&", "|", "#", "##", "<->", "<<|", "|>>", "&<|", "|&>",
        "<^", ">^", "?#", "?-", "?-|", "?||", "~=", "~<~", "~<=~", "~>=~", "~>~", "*<", "*<=", "*>", "*>=", "*=", "*<>",
    ]

    /// The operators packed little-endian into 32 bits (none is longer than four bytes), in an
    /// open-addressing table of 256 slots, 0 for empty: a lookup is a multiplication and a probe or
    /// two (a `Set` hashed each one with SipHash: 1% of the prefilter's instructions).
    private static let table: WordLookup.Pointer<UInt32> = {
        let slots = UnsafeMutablePointer<UInt32>.allocate(capacity: 256)
        slots.initialize(repeating: 0, count: 256)
        for name in list {
            let packed = name.utf8.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            var slot = KnownOperators.slot(packed)
            while slots[slot] != 0 { slot = (slot &+ 1) & 255 }
            slots[slot] = packed
        }
        return WordLookup.Pointer(UnsafePointer(slots))
    }()

    @inline(__always) private static func slot(_ packed: UInt32) -> Int { Int(truncatingIfNeeded: (packed &* 0x9E37_79B1) >> 24) }

    static func isKnown(_ packed: UInt32) -> Bool {
        guard packed != 0 else { return false }
        let slots = table.base
        var slot = slot(packed)
        while true {
            let stored = slots[slot]
            if stored == packed { return true }
            if stored == 0 { return false }
            slot = (slot &+ 1) & 255
        }
    }
}

extension PrefilterParser {
    /// `'...'` after the opening quote, `''` for a quote. A backslash is refused: with
    /// `standard_conforming_strings` off the server would end the string elsewhere.
    @inline(__always) mutating func standardString() -> Bool {
        // Eight bytes at a time up to the first quote or backslash.
        let ones: UInt64 = 0x0101_0101_0101_0101
        while position &+ 8 <= count {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let found = Self.zeroBytes(word ^ (0x27 &* ones)) | Self.zeroBytes(word ^ (0x5C &* ones))
            if found != 0 { position &+= found.trailingZeroBitCount >> 3; break }
            position &+= 8
        }
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
    mutating func escapeString() -> Bool {
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
    mutating func bitString(hex: Bool) -> Bool {
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
    mutating func quotedIdentifier() -> Token {
        let start = position + 1
        var i = start
        var doubled = false
        while true {
            guard i < count else { return bad() }
            if base[i] == UInt8(ascii: "\"") {
                if byte(i + 1) == UInt8(ascii: "\"") { doubled = true; i += 2; continue }
                break
            }
            i += 1
        }
        let length = i - start
        guard length > 0, length <= WordLookup.maxLength else { return bad() }
        position = i + 1
        // A name with a quote in it is no function's name.
        if !doubled {
            let info = WordTables.words.lookup(base + start, length: length, limit: count - start, fold: false)
            if info.isDangerousName { return bad() }
        }
        return Token(.quotedIdentifier, start - 1, position)
    }

    /// `$1`, or a dollar-quoted string `$$...$$` / `$tag$...$tag$`.
    mutating func dollar() -> Token {
        let start = position
        var i = start + 1
        if classes[Int(byte(i))] & CharacterClass.digit != 0 {
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
            // PostgreSQL 15 rejects `$1abc`; very long numbers are not worth the risk.
            guard i - start <= 6, i >= count || classes[Int(base[i])] & (CharacterClass.identifierStart) == 0, i >= count || base[i] < 0x80 else {
                return bad()
            }
            position = i
            return Token(.parameter, start, i)
        }
        if byte(i) != UInt8(ascii: "$") {
            guard classes[Int(byte(i))] & CharacterClass.identifierStart != 0 else { return bad() }
            while i < count, classes[Int(base[i])] & (CharacterClass.identifierStart | CharacterClass.digit) != 0 { i += 1 }
            guard byte(i) == UInt8(ascii: "$") else { return bad() }
        }
        let tagLength = i + 1 - start
        var j = i + 1
        while j + tagLength <= count {
            if base[j] == UInt8(ascii: "$"), memoryEqual(base + j, base + start, tagLength) {
                position = j + tagLength
                return Token(.string, start, position)
            }
            j += 1
        }
        return bad()
    }

    @inline(__always) private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        for k in 0..<length where a[k] != b[k] { return false }
        return true
    }

    /// Digits, an optional fraction and exponent. PostgreSQL 15 rejects a number followed directly by
    /// an identifier character (`123abc`, `0x1F`, `1e`), and `1..2` means something else.
    mutating func number() -> Token {
        let start = position
        var i = position
        while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        if byte(i) == UInt8(ascii: ".") {
            if byte(i + 1) == UInt8(ascii: ".") { return bad() }
            i += 1
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        }
        if byte(i) | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if byte(j) == UInt8(ascii: "+") || byte(j) == UInt8(ascii: "-") { j += 1 }
            guard classes[Int(byte(j))] & CharacterClass.digit != 0 else { return bad() }
            i = j
            while i < count, classes[Int(base[i])] & CharacterClass.digit != 0 { i += 1 }
        }
        if i < count, classes[Int(base[i])] & CharacterClass.identifierStart != 0 || base[i] >= 0x80 || base[i] == UInt8(ascii: ".") {
            return bad()
        }
        position = i
        return Token(.number, start, i)
    }

    /// PostgreSQL's operator rule: the longest run of operator characters, cut before `--` or `/*`;
    /// trailing `+`/`-` dropped unless the operator holds one of `~ ! @ # ^ & | \` ? %`.
    mutating func operatorToken() -> Token {
        let start = position
        // The commonest case, a one-character operator (`=`, `<`, `*` ...) before anything else.
        if classes[Int(byte(start &+ 1))] & CharacterClass.operatorChar == 0 {
            let op = Self.singleOperators[Int(base[start])]
            guard op != .none else { return bad() }
            position = start &+ 1
            return Token(.operator, start, start &+ 1, op: op)
        }
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
        let length = end - start
        var op = OperatorKind.generic
        if length == 1 {
            switch base[start] {
            case UInt8(ascii: "+"): op = .plus
            case UInt8(ascii: "-"): op = .minus
            case UInt8(ascii: "*"): op = .star
            case UInt8(ascii: "/"): op = .slash
            case UInt8(ascii: "%"): op = .percent
            case UInt8(ascii: "^"): op = .caret
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="): op = .comparison
            default: op = .generic
            }
        } else if length == 2, isComparison(base[start], base[start + 1]) {
            op = .comparison
        }
        if op == .generic {
            guard length <= 4 else { return bad() }
            var packed: UInt32 = 0
            for k in (start..<end).reversed() { packed = packed << 8 | UInt32(base[k]) }
            guard KnownOperators.isKnown(packed) else { return bad() }
        }
        return Token(.operator, start, end, op: op)
    }

    /// What each byte is as a one-character operator (`.none`: not one PostgreSQL has built in, `` ` ``
    /// and `?` among them).
    static let singleOperators: [OperatorKind] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "+"): return .plus
        case UInt8(ascii: "-"): return .minus
        case UInt8(ascii: "*"): return .star
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: "%"): return .percent
        case UInt8(ascii: "^"): return .caret
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="): return .comparison
        case let c where KnownOperators.isKnown(UInt32(c)): return .generic
        default: return .none
        }
    }

    /// `<=`, `>=`, `<>`, `!=`.
    @inline(__always) private func isComparison(_ a: UInt8, _ b: UInt8) -> Bool {
        (b == UInt8(ascii: "=") && (a == UInt8(ascii: "<") || a == UInt8(ascii: ">") || a == UInt8(ascii: "!")))
            || (a == UInt8(ascii: "<") && b == UInt8(ascii: ">"))
    }
}
