/// Setting names compared the way PostgreSQL's GUC lookup compares them: without regard to ASCII
/// case, whether the name was quoted or not (`SET "ROLE" = x` is `SET ROLE`, `"Session_Authorization"`
/// is `session_authorization`). Every comparison of a setting name goes through `fold`.
enum SettingNames {
    static func fold(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The settings that switch the session's identity (`SET ROLE`, `SET SESSION AUTHORIZATION`).
    static func isIdentity(_ name: String) -> Bool {
        let name = fold(name)
        return name == "role" || name == "session_authorization"
    }
}

/// Settings that change how the server lexes the SQL sent after them, so that SQLRisk (which lexes
/// with `standard_conforming_strings = on` and UTF-8) would read later input differently from the server.
enum LexerSettings {
    /// Why `SET name = values` (or `RESET`/`DEFAULT` when `values` is nil) changes lexing, or nil when it
    /// keeps the safe reading. A value that cannot be known is taken as the unsafe one.
    static func unsafeChange(name: String, values: [Node]?) -> String? {
        switch SettingNames.fold(name) {
        case "standard_conforming_strings":
            guard let values else { return "returns standard_conforming_strings to a default that may be off" }
            return values.count == 1 && booleanValue(values[0]) == true ? nil
                : "may turn standard_conforming_strings off, so that later backslashes in '...' strings end them where SQLRisk does not"
        case "backslash_quote":
            guard let values else { return "returns backslash_quote to a default that may be on" }
            guard values.count == 1 else { return "sets backslash_quote to a value that cannot be known" }
            if booleanValue(values[0]) == false || text(values[0]).map(SettingNames.fold) == "safe_encoding" { return nil }
            return "lets \\' end a string literal in any client encoding"
        case "client_encoding":
            guard let values, values.count == 1, let encoding = text(values[0]) else { return nil }
            return unsafeEncodings.contains(normalizedEncoding(encoding))
                ? "switches to client encoding \(encoding), in which a backslash can be the second byte of a character" : nil
        default:
            return nil
        }
    }

    /// Client-only encodings whose multibyte characters may end in an ASCII byte (`\`), so the server
    /// splits strings where a UTF-8 reader does not.
    private static let unsafeEncodings: Set<String> = [
        "sjis", "shiftjis", "mskanji", "win932", "windows932", "cp932", "shiftjis2004", "big5", "win950", "windows950", "cp950",
        "gbk", "win936", "windows936", "cp936", "uhc", "win949", "windows949", "cp949", "gb18030",
    ]

    /// PostgreSQL's encoding-name normalisation: letters and digits only, lower case.
    private static func normalizedEncoding(_ name: String) -> String {
        SettingNames.fold(String(name.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    private static func text(_ value: Node) -> String? {
        if let sval = value.field("sval") { return sval.string("sval") }
        if let ival = value.field("ival") { return String(ival.int("ival") ?? 0) }
        return nil
    }

    /// `parse_bool`: the spellings PostgreSQL accepts for a boolean setting; nil for anything else.
    private static func booleanValue(_ value: Node) -> Bool? {
        guard value.type.name == "A_Const", let text = text(value) else { return nil }
        switch SettingNames.fold(text) {
        case "t", "tr", "tru", "true", "y", "ye", "yes", "on", "1": return true
        case "f", "fa", "fal", "fals", "false", "n", "no", "of", "off", "0": return false
        default: return nil
        }
    }
}
