/// The byte range of the construct that starts at a node's location, for a finding's `length`:
/// libpg_query records where a node starts, never where it ends. The construct is the token there,
/// any `.name` parts after it, and a parenthesised group right after those: `pg_read_file('/etc/passwd')`,
/// `pg_catalog.set_config(...)`, `ANALYZE`, `'DROP TABLE t'`.
enum ConstructSpan {
    /// Never empty while `start` lies inside `limit`; clamped to `limit` (the statement's end).
    static func at(_ start: Int, in sql: [UInt8], limit: Int) -> Range<Int> {
        let limit = min(limit, sql.count)
        guard start >= 0, start < limit else { return max(0, min(start, limit))..<max(0, min(start, limit)) }
        var lexer = SQLLexer(sql, from: start, to: limit)
        guard let first = lexer.next() else { return start..<limit }
        var end = first.end
        var pending = lexer
        // `schema.name` and `(x).field` parts.
        while let dot = pending.next(), dot.kind == .dot, let part = pending.next(),
              part.kind == .word || part.kind == .quotedIdentifier || part.kind == .operator {
            end = part.end
            lexer = pending
        }
        // A call's argument list, balanced.
        var call = lexer
        if first.kind == .word || first.kind == .quotedIdentifier, let open = call.next(), open.kind == .leftParen {
            var depth = 1
            while depth > 0, let token = call.next() {
                switch token.kind {
                case .leftParen, .leftBracket: depth += 1
                case .rightParen, .rightBracket: depth -= 1
                default: break
                }
                end = token.end
            }
        }
        return start..<max(end, start + 1)
    }

    /// The `count` tokens from `start` (`READ WRITE`), clamped to `limit`.
    static func tokens(_ count: Int, at start: Int, in sql: [UInt8], limit: Int) -> Range<Int> {
        var lexer = SQLLexer(sql, from: start, to: min(limit, sql.count))
        var end = start
        for _ in 0..<count { guard let token = lexer.next() else { break }; end = token.end }
        return start..<end
    }

    /// The last token of `start..<end`, for an error reported at the end of the input.
    static func lastToken(in sql: [UInt8], from start: Int, to end: Int) -> Range<Int>? {
        var lexer = SQLLexer(sql, from: start, to: end)
        var last: Range<Int>?
        while let token = lexer.next() { last = token.start..<token.end }
        return last
    }
}
