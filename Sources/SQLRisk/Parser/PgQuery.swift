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

    /// libpg_query's normalization (`pg_query_normalize`): the text with every constant replaced by a
    /// `$n` placeholder, numbered after the input's own parameters; nil when the text does not parse.
    static func normalize(_ sql: [UInt8]) -> String? {
        withCString(sql) { text in
            let result = pg_query_normalize(text)
            defer { pg_query_free_normalize_result(result) }
            guard result.error == nil, let normalized = result.normalized_query else { return nil }
            return String(decoding: bytes(of: normalized), as: UTF8.self)
        }
    }

    /// libpg_query's fingerprint of `sql` as 16 hex digits (`pg_query_fingerprint`'s `fingerprint_str`),
    /// or nil when the text does not parse.
    static func fingerprint(_ sql: ArraySlice<UInt8>) -> String? {
        withCString(Array(sql)) { text in
            let result = pg_query_fingerprint(text)
            defer { pg_query_free_fingerprint_result(result) }
            guard result.error == nil, let printed = result.fingerprint_str else { return nil }
            return String(cString: printed)
        }
    }

    /// One token of libpg_query's scanner: byte range, token number (`Token` in pg_query.proto) and
    /// keyword category (0 none, 1 unreserved, 2 column name, 3 type or function name, 4 reserved).
    struct ScanToken: Sendable, Equatable {
        var start: Int
        var end: Int
        var token: Int
        var keywordKind: Int
    }

    /// PostgreSQL's own tokenization of `sql`, or nil when the scanner reports an error. Used by the
    /// tests to hold the prefilter's scanner to the real one.
    static func scan(_ sql: [UInt8]) -> [ScanToken]? {
        withCString(sql) { text in
            let result = pg_query_scan(text)
            defer { pg_query_free_scan_result(result) }
            guard result.error == nil, let data = result.pbuf.data else { return nil }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: result.pbuf.len) { Array(UnsafeBufferPointer(start: $0, count: result.pbuf.len)) }
            return ScanProtobuf.tokens(bytes)
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

/// Just enough of the protobuf wire format to read `pg_query.ScanResult` (field 2: repeated ScanToken
/// {1 start, 2 end, 4 token, 5 keyword_kind}).
private enum ScanProtobuf {
    static func tokens(_ bytes: [UInt8]) -> [PgQuery.ScanToken]? {
        var tokens: [PgQuery.ScanToken] = []
        var reader = Reader(bytes: bytes[...])
        while !reader.isAtEnd {
            guard let (field, wire) = reader.key() else { return nil }
            if field == 2, wire == 2 {
                guard let message = reader.lengthDelimited() else { return nil }
                var inner = Reader(bytes: message)
                var token = PgQuery.ScanToken(start: 0, end: 0, token: 0, keywordKind: 0)
                while !inner.isAtEnd {
                    guard let (innerField, innerWire) = inner.key(), innerWire == 0, let value = inner.varint() else { return nil }
                    switch innerField {
                    case 1: token.start = Int(value)
                    case 2: token.end = Int(value)
                    case 4: token.token = Int(value)
                    case 5: token.keywordKind = Int(value)
                    default: break
                    }
                }
                tokens.append(token)
            } else if wire == 0 {
                guard reader.varint() != nil else { return nil }
            } else if wire == 2 {
                guard reader.lengthDelimited() != nil else { return nil }
            } else {
                return nil
            }
        }
        return tokens
    }

    struct Reader {
        var bytes: ArraySlice<UInt8>
        var isAtEnd: Bool { bytes.isEmpty }

        mutating func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let byte = bytes.popFirst() {
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
                if shift > 63 { return nil }
            }
            return nil
        }

        mutating func key() -> (Int, Int)? {
            guard let key = varint() else { return nil }
            return (Int(key >> 3), Int(key & 7))
        }

        mutating func lengthDelimited() -> ArraySlice<UInt8>? {
            guard let length = varint(), length <= UInt64(bytes.count) else { return nil }
            defer { bytes = bytes.dropFirst(Int(length)) }
            return bytes.prefix(Int(length))
        }
    }
}
