/// libpg_query's PL/pgSQL parser, run with the same stack budget as the SQL parser.
enum PLpgSQLParser {
    /// Parses the `CREATE FUNCTION ... LANGUAGE plpgsql` statement in `sql` into a tape of PL/pgSQL nodes.
    static func parse(_ sql: [UInt8]) -> Result<SyntaxTape, PgQuery.ParseError> {
        let stack = SQLLexer.longestStatementLength(in: sql) * LargeStack.bytesPerStatementByte
        guard let parsed = LargeStack.run(stackNeeded: stack, { PgQuery.parsePLpgSQLToJSON(sql) }) else {
            return .failure(PgQuery.ParseError(message: "could not start a parser thread", position: nil))
        }
        switch parsed {
        case .failure(let error):
            return .failure(error)
        case .success(let json):
            guard let tape = try? SyntaxTape(json: json) else {
                return .failure(PgQuery.ParseError(message: "unreadable PL/pgSQL parse tree", position: nil))
            }
            return .success(tape)
        }
    }
}
