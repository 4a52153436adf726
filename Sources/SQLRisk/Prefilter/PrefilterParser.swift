/// A token as the prefilter's grammar sees it.
enum TokenKind: UInt8 {
    case end
    /// An unquoted word: identifier or keyword.
    case word
    /// `"Name"`.
    case quotedIdentifier
    /// `'...'`, `E'...'` (simple escapes only), `$$...$$`: PostgreSQL's SCONST.
    case string
    /// `B'0101'`, `X'1F'`: BCONST and XCONST, constants but not type-literal strings.
    case bitString
    case number
    /// `$1`.
    case parameter
    /// An operator; which one is in `Token.op`.
    case `operator`
    case leftParen, rightParen, leftBracket, rightBracket, comma, semicolon, dot, colon
    /// `::`.
    case typecast
    /// Anything the prefilter does not fully understand: the whole input becomes "don't know".
    case bad
}

/// Operators, grouped as PostgreSQL's grammar ranks them.
enum OperatorKind: UInt8 {
    case none
    case plus, minus, star, slash, percent, caret
    /// `<`, `>`, `=`, `<=`, `>=`, `<>`, `!=`: non-associative comparisons.
    case comparison
    /// A multi-character or other operator from the known built-in list (`||`, `->>`, `@>` ...).
    case generic
}

/// Sixteen bytes in two 64-bit words, so that it travels in two registers and is written and read
/// back whole: with five fields of 1 to 4 bytes, copying `next` into `token` read 8 bytes that two
/// separate stores had just written, a store-forwarding stall in every `advance` (3% of the
/// prefilter's time). Offsets fit in 32 bits: input is at most 2 GB.
struct Token {
    /// `kind` in bits 0-7, `op` in bits 8-15, `info` in bits 32-63.
    fileprivate(set) var head: UInt64
    /// `start` in bits 0-31, `end` in bits 32-63.
    fileprivate(set) var span: UInt64

    @inline(__always) fileprivate init(head: UInt64, span: UInt64) {
        self.head = head
        self.span = span
    }

    @inline(__always) init(_ kind: TokenKind, _ start: Int, _ end: Int, op: OperatorKind = .none, info: WordInfo = .plain) {
        head = UInt64(kind.rawValue) | UInt64(op.rawValue) << 8 | UInt64(info.raw) << 32
        span = UInt64(UInt32(truncatingIfNeeded: start)) | UInt64(UInt32(truncatingIfNeeded: end)) << 32
    }

    // Both enums have raw values 0..<count, so a byte converts without init(rawValue:)'s switch.
    @inline(__always) var kind: TokenKind { unsafeBitCast(UInt8(truncatingIfNeeded: head), to: TokenKind.self) }
    @inline(__always) var op: OperatorKind { unsafeBitCast(UInt8(truncatingIfNeeded: head >> 8), to: OperatorKind.self) }
    @inline(__always) var info: WordInfo {
        get { WordInfo(raw: UInt32(truncatingIfNeeded: head >> 32)) }
        set { head = head & 0xFFFF_FFFF | UInt64(newValue.raw) << 32 }
    }
    @inline(__always) var start: Int { Int(UInt32(truncatingIfNeeded: span)) }
    @inline(__always) var end: Int { Int(UInt32(truncatingIfNeeded: span >> 32)) }
    @inline(__always) var keyword: Keyword { kind == .word ? info.keyword : .none }
}

/// The prefilter's recognizer: a hand-written scanner and a recursive-descent parser for a subset of
/// PostgreSQL 15's grammar made of pure queries (SELECT/VALUES/TABLE/WITH, SHOW, EXPLAIN). It answers
/// "certainly read-only" only for input that is inside that subset, where every construct is one the
/// real grammar accepts and none can write; anything else, including anything it merely does not
/// know, is "don't know". Every method returns false for "don't know"; nothing here throws or allocates.
///
/// Methods that only read are still `mutating` unless they are inlined: a non-mutating method gets the
/// parser by value, and the compiler copies the whole struct for each call.
struct PrefilterParser {
    let base: UnsafePointer<UInt8>
    let count: Int
    let classes: UnsafePointer<UInt8>
    /// The short words of `WordTables.words` (longer ones are looked up there).
    let words: WordLookup.ShortWords
    /// Scanning position, after the lookahead token.
    var position = 0
    /// The current token; `next` is the one after it (PostgreSQL's own scanner looks one token ahead too).
    var token = Token(.end, 0, 0)
    /// `next`, kept as two words apart: a 16-byte copy of it read back two 8-byte stores just made,
    /// which store forwarding cannot serve, and stalled every `advance`.
    private var nextHead: UInt64 = 0
    /// End of the last token consumed: where a statement ends.
    var lastEnd = 0
    private var nextSpan: UInt64 = 0

    /// Recursion depth now and the most it may reach (bounded by the caller's stack).
    var nesting = 0
    let maxNesting: Int
    /// Deepest recursion reached and the number of left-deep links built (each binary operator, cast,
    /// join, set operation): together they bound the depth of libpg_query's tree.
    var deepest = 0
    var links = 0
    /// The relation names of the statement being recognized, for its `reads` (`PrefilterNames`).
    var names: [PrefilterNames.Part] = []
    /// Set by `expression()`: the expression just parsed was a lone `t.*`.
    var endedWithStar = false
    /// End of the `*` of the last `t.*` column reference.
    var starEnd = -1

    @inline(__always) var next: Token {
        get { Token(head: nextHead, span: nextSpan) }
        set { (nextHead, nextSpan) = (newValue.head, newValue.span) }
    }

    @inline(__always) init(_ bytes: UnsafeBufferPointer<UInt8>, maxNesting: Int) {
        base = bytes.baseAddress!
        count = bytes.count
        words = WordTables.words.short
        classes = WordTables.classes.base
        self.maxNesting = maxNesting
        // Through `advance`, not its scanner inlined here again: one copy of the scanner's branches
        // for the predictor to learn.
        advance()
        advance()
        lastEnd = 0
    }

    // MARK: Moving along

    /// One call per token, with the scanner inlined into it: inlining `advance` at its hundred-odd
    /// call sites instead costs more in code size than it saves in calls.
    @inline(never) mutating func advance() {
        lastEnd = token.end
        token = next
        next = scan()
        applyLookahead()
    }

    /// PostgreSQL's scanner looks one token ahead to tell NOT LIKE from NOT x, NULLS FIRST from a
    /// column named nulls, WITH TIME ZONE from WITH; so does this one.
    @inline(__always) private mutating func applyLookahead() {
        // Only words carry the bit (a quoted name's info comes from the function tables).
        guard token.info.needsLookahead else { return }
        switch token.info.keyword {
        case .not:
            switch next.keyword {
            case .between, .in, .like, .ilike, .similar: token.info = token.info.asLookahead(.notLA)
            default: break
            }
        case .nulls:
            if next.keyword == .first || next.keyword == .last { token.info = token.info.asLookahead(.nullsLA) }
        case .with:
            if next.keyword == .time || next.keyword == .ordinality { token.info = token.info.asLookahead(.withLA) }
        default:
            break
        }
    }

    @inline(__always) func at(_ keyword: Keyword) -> Bool { token.kind == .word && token.info.keyword == keyword }

    @inline(__always) mutating func accept(_ keyword: Keyword) -> Bool {
        guard at(keyword) else { return false }
        advance()
        return true
    }

    @inline(__always) mutating func accept(_ kind: TokenKind) -> Bool {
        guard token.kind == kind else { return false }
        advance()
        return true
    }

    @inline(__always) mutating func expect(_ keyword: Keyword) -> Bool { accept(keyword) }
    @inline(__always) mutating func expect(_ kind: TokenKind) -> Bool { accept(kind) }

    /// Enters one level of recursion; false when the stack budget is spent.
    @inline(__always) mutating func enter() -> Bool {
        nesting += 1
        if nesting > deepest { deepest = nesting }
        return nesting <= maxNesting
    }

    @inline(__always) mutating func leave() { nesting -= 1 }

    // MARK: Names

    /// The current token names a function known to be read-only (unquoted, folded as PostgreSQL does).
    var atReadOnlyFunction: Bool {
        mutating get {
        guard token.kind == .word else { return false }
        let start = token.start, length = token.end - token.start
        return WordTables.readOnlyFunctions.lookup(base + start, length: length, limit: count - start, fold: true).isReadOnlyFunction
        }
    }

    /// A name that is a plain identifier: unquoted non-keyword or quoted.
    @inline(__always) var atIdentifier: Bool {
        token.kind == .quotedIdentifier || (token.kind == .word && token.info.category == .identifier)
    }

    /// PostgreSQL's ColId as far as the prefilter admits it: identifiers and unreserved keywords.
    /// (Column-name keywords have grammars of their own and are left to the parser.)
    @inline(__always) var atColumnName: Bool {
        token.kind == .quotedIdentifier || (token.kind == .word && token.info.category.rawValue <= KeywordCategory.unreserved.rawValue)
    }

    /// `name` or `a.name` ... up to `parts` names (a collation, a schema-qualified type).
    mutating func qualifiedColumnName(parts: Int) -> Bool {
        guard atColumnName else { return false }
        advance()
        var count = 1
        while token.kind == .dot {
            advance()
            guard atColumnName, count < parts else { return false }
            advance()
            count += 1
        }
        return true
    }

    /// ColLabel: after `AS` and `.`, any keyword or name (but not the scanner's lookahead tokens).
    @inline(__always) var atLabel: Bool {
        token.kind == .quotedIdentifier || (token.kind == .word && !token.info.keyword.isLookahead)
    }

    // MARK: Statements

    /// The statements the prefilter recognizes; `tag` is the report's statement kind.
    enum StatementKind {
        case select, show, explain

        var tag: String {
            switch self {
            case .select: "SELECT"
            case .show: "SHOW"
            case .explain: "EXPLAIN"
            }
        }
    }

    /// The statement at the current token, or nil for "don't know". (An enum, not the tag: a String
    /// returned per statement cost a release call even where no report is built.)
    mutating func statement() -> StatementKind? {
        if accept(.show) { return show() ? .show : nil }
        if accept(.explain) { return explain() ? .explain : nil }
        return selectStatement() != nil ? .select : nil
    }

    /// `SHOW name[.name...]` or `SHOW ALL`. Setting names are free-form; the special forms
    /// (`TIME ZONE`, `TRANSACTION ISOLATION LEVEL`, `SESSION AUTHORIZATION`) are left to the parser.
    private mutating func show() -> Bool {
        if accept(.all) { return true }
        guard token.kind == .word, token.info.category.rawValue <= KeywordCategory.unreserved.rawValue, !atSpecialShowName else { return false }
        advance()
        while accept(.dot) {
            guard token.kind == .word, token.info.category.rawValue <= KeywordCategory.unreserved.rawValue else { return false }
            advance()
        }
        return true
    }

    private var atSpecialShowName: Bool { mutating get { atWord("transaction") || atWord("session") } }

    /// `pg_catalog`, unquoted in any case or quoted exactly.
    var atCatalogSchema: Bool {
        // Asked of every dotted name: the length decides most cases before any call.
        @inline(__always) mutating get {
            switch (token.kind, token.end - token.start) {
            case (.quotedIdentifier, 12): return matches("pg_catalog", at: token.start + 1, folding: false)
            case (.word, 10): return matches("pg_catalog", at: token.start, folding: true)
            default: return false
            }
        }
    }

    /// The current token is this unquoted word (given in lower case), in any case.
    mutating func atWord(_ word: StaticString) -> Bool {
        token.kind == .word && token.end - token.start == word.utf8CodeUnitCount && matches(word, at: token.start, folding: true)
    }

    private mutating func matches(_ word: StaticString, at start: Int, folding: Bool) -> Bool {
        word.withUTF8Buffer { expected in
            for i in 0..<expected.count {
                var c = base[start + i]
                if folding, c &- 0x41 < 26 { c |= 0x20 }
                if c != expected[i] { return false }
            }
            return true
        }
    }

    /// `EXPLAIN [VERBOSE] query` or `EXPLAIN (option [value], ...) query` without ANALYZE: nothing runs.
    private mutating func explain() -> Bool {
        if accept(.verbose) {
            return selectStatement() != nil
        }
        if token.kind == .leftParen {
            advance()
            repeat {
                guard explainOption() else { return false }
            } while accept(.comma)
            guard expect(.rightParen) else { return false }
        }
        return selectStatement() != nil
    }

    /// One EXPLAIN option from the list that only changes what is printed.
    private mutating func explainOption() -> Bool {
        let known: [StaticString] = ["costs", "verbose", "settings", "summary", "timing", "buffers", "wal", "format"]
        guard known.contains(where: { atWord($0) }) else { return false }
        advance()
        switch token.kind {
        case .comma, .rightParen:
            return true
        case .word:
            let values: [StaticString] = ["on", "off", "true", "false", "text", "json", "xml", "yaml"]
            guard values.contains(where: { atWord($0) }) else { return false }
            advance()
            return true
        default:
            return false
        }
    }
}
