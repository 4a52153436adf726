import CPgQuery
#if canImport(Glibc)
import Glibc
#endif

/// The only Swift code that calls libpg_query. Every result is freed here (its `stderr_buffer`
/// included, which libpg_query allocates even on success); what leaves this file is plain Swift.
enum PgQuery {
    /// A parse failure, with libpg_query's message and the 0-based byte offset it points at.
    struct ParseError: Error, Sendable, Equatable {
        var message: String
        /// Byte offset into the parsed text, or nil when the parser gave no position.
        var position: Int?
    }

    /// The PostgreSQL release whose grammar libpg_query carries ("15.1").
    static let postgresVersion: String = PG_VERSION

    /// Parses SQL (UTF-8, no NUL byte) and returns libpg_query's JSON parse tree.
    static func parseToJSON(_ sql: [UInt8]) -> Result<[UInt8], ParseError> {
        withCString(sql) { text in
            let result = pg_query_parse(text)
            defer { pg_query_free_parse_result(result) }
            if let error = result.error { return .failure(parseError(error.pointee, in: sql)) }
            guard let tree = result.parse_tree else { return .failure(ParseError(message: "libpg_query returned no parse tree", position: nil)) }
            return .success(bytes(of: tree))
        }
    }

    /// Parses a `CREATE FUNCTION ... LANGUAGE plpgsql` statement with libpg_query's PL/pgSQL parser
    /// and returns its JSON (a list of function trees).
    static func parsePLpgSQLToJSON(_ sql: [UInt8]) -> Result<[UInt8], ParseError> {
        withCString(sql) { text in
            let result = pg_query_parse_plpgsql(text)
            defer { pg_query_free_plpgsql_parse_result(result) }
            if let error = result.error { return .failure(parseError(error.pointee, in: sql)) }
            guard let tree = result.plpgsql_funcs else { return .failure(ParseError(message: "libpg_query returned no PL/pgSQL tree", position: nil)) }
            return .success(bytes(of: tree))
        }
    }

    private static func withCString<T>(_ sql: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        var terminated = sql
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    private static func bytes(of text: UnsafePointer<CChar>) -> [UInt8] {
        let length = strlen(text)
        return text.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// libpg_query's `cursorpos` counts characters from 1; reports count bytes from 0.
    private static func parseError(_ error: PgQueryError, in sql: [UInt8]) -> ParseError {
        let message = error.message.map { String(cString: $0) } ?? "syntax error"
        guard error.cursorpos > 0 else { return ParseError(message: message, position: nil) }
        var characters = 0
        for (offset, byte) in sql.enumerated() where byte & 0xC0 != 0x80 {
            if characters == Int(error.cursorpos) - 1 { return ParseError(message: message, position: offset) }
            characters += 1
        }
        return ParseError(message: message, position: sql.count)
    }
}
