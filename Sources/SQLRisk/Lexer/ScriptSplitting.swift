extension SQLLexer {
    /// Splits a script into statement texts at top-level semicolons (outside parentheses, strings and
    /// comments), dropping pieces that hold only whitespace and comments. A lexical split, for feeding
    /// statements one by one; it does not know `BEGIN ATOMIC` bodies, which it splits too.
    public static func splitStatements(_ sql: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var lexer = SQLLexer(sql)
        var start = 0, depth = 0
        while let token = lexer.next() {
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            case .semicolon where depth == 0:
                result.append(Array(sql[start..<token.start]))
                start = token.end
            default: break
            }
        }
        if start < sql.count { result.append(Array(sql[start...])) }
        return result.filter { piece in
            var probe = SQLLexer(piece)
            return probe.next() != nil
        }
    }

    /// The statements of a psql script: meta-command lines (`\set`, `\d` ...) dropped, then split.
    public static func psqlScriptStatements(_ script: [UInt8]) -> [[UInt8]] {
        let lines = script.split(separator: 0x0A, omittingEmptySubsequences: false)
        let kept = lines.filter { $0.first != 0x5C }
        return splitStatements(Array(kept.joined(separator: [0x0A])))
    }
}
