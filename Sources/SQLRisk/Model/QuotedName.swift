/// Object names as PostgreSQL prints them (`quote_ident`, `ruleutils.c`'s `quote_identifier`): a part
/// stays bare only when it is lower-case ASCII letters, digits and `_`, starts with a letter or `_`,
/// and is not a keyword outside the unreserved category; otherwise it is double-quoted with `"`
/// doubled. So `public.users`, `"My Schema"."Users"`, and `"public.users"` for one name with a dot.
/// Names that were written unqualified stay unqualified: the report says what the SQL says, not
/// what a `search_path` would make of it.
enum QuotedName {
    /// One identifier, quoted when PostgreSQL would quote it.
    static func part(_ identifier: String) -> String {
        needsQuotes(identifier) ? "\"" + identifier.replacing("\"", with: "\"\"") + "\"" : identifier
    }

    /// A qualified name from its parts (`["public", "users"]` → `public.users`).
    static func qualified<S: Sequence<String>>(_ parts: S) -> String {
        parts.map(part).joined(separator: ".")
    }

    private static func needsQuotes(_ identifier: String) -> Bool {
        let bytes = identifier.utf8
        guard let first = bytes.first, first == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return true }
        for byte in bytes {
            let plain = byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if !plain { return true }
        }
        return keywords.contains(identifier)
    }

    /// Keywords that cannot stand as a bare name everywhere: all but the unreserved ones.
    private static let keywords: Set<String> = Set(
        [PrefilterKeywords.columnName, PrefilterKeywords.typeOrFunctionName, PrefilterKeywords.reserved]
            .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) })

    /// PostgreSQL keeps the first 63 bytes of a longer identifier (NAMEDATALEN - 1), cut at a
    /// character boundary.
    static func truncated(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > 63 else { return bytes }
        var end = 63
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[..<end])
    }
}
