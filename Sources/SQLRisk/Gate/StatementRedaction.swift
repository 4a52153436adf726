/// Statement text for the audit log without the values it carries (SPEC §7): literals become `$n`
/// placeholders, as `pg_query_normalize` prints them, so a log never holds a password or a customer's data.
public enum StatementRedaction {
    /// `text` with its literals replaced: libpg_query's normalization, or, for text it cannot parse,
    /// the library's own lexer replacing every string, number and dollar-quoted token.
    public static func redact(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let stack = SQLLexer.longestStatementLength(in: bytes) * LargeStack.bytesPerStatementByte
        if let normalized = LargeStack.run(stackNeeded: stack, { PgQuery.normalize(bytes) }) ?? nil { return normalized }
        return lexerRedaction(bytes)
    }

    /// Replaces literal tokens by `$n` (numbered after the highest `$k` already in the text), keeping
    /// everything between them. An unterminated literal swallows the rest of the text, as the server would.
    static func lexerRedaction(_ bytes: [UInt8]) -> String {
        var lexer = SQLLexer(bytes)
        var literals: [SQLLexer.Token] = []
        var highestParameter = 0
        while let token = lexer.next() {
            switch token.kind {
            case .string, .escapeString, .unicodeString, .bitString, .dollarString, .number, .unterminated:
                literals.append(token)
            case .parameter:
                let digits = bytes[(token.start + 1)..<token.end]
                highestParameter = max(highestParameter, Int(String(decoding: digits, as: UTF8.self)) ?? 0)
            default: break
            }
        }
        var out: [UInt8] = []
        var copied = 0
        for (number, token) in literals.enumerated() {
            out.append(contentsOf: bytes[copied..<token.start])
            out.append(contentsOf: "$\(highestParameter + number + 1)".utf8)
            copied = token.end
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
