/// Parse-tree spellings turned back into the SQL a person writes, for messages (SPEC §2: `DISABLE
/// TRIGGER ALL`, `TYPE integer[]`, never `DisableTrigAll` or `int4`).
enum SQLWords {
    /// `integer[]`, `character varying(10)`, `public.mood`, as `format_type` would print them.
    static func type(_ typeName: Node) -> String {
        var names = typeName.list("names").compactMap(\.stringValue)
        var arraySuffix = String(repeating: "[]", count: typeName.list("arrayBounds").count)
        if names.count == 2, names[0] == "pg_catalog" { names.removeFirst() }
        if names.count == 1 {
            var base = names[0]
            if base.hasPrefix("_"), builtin[String(base.dropFirst())] != nil { base.removeFirst(); arraySuffix += "[]" }
            names[0] = builtin[base] ?? base
        }
        let modifiers = typeName.list("typmods").compactMap { modifier -> String? in
            if let ival = modifier.field("ival") { return String(ival.int("ival") ?? 0) }
            return modifier.field("sval")?.string("sval")
        }
        let typmod = modifiers.isEmpty ? "" : "(" + modifiers.joined(separator: ",") + ")"
        return (typeName.bool("setof") ? "SETOF " : "") + names.joined(separator: ".") + typmod + arraySuffix
    }

    private static let builtin: [String: String] = [
        "int2": "smallint", "int4": "integer", "int8": "bigint", "float4": "real", "float8": "double precision",
        "bool": "boolean", "varchar": "character varying", "bpchar": "character", "timestamptz": "timestamp with time zone",
        "timestamp": "timestamp without time zone", "timetz": "time with time zone", "time": "time without time zone",
        "varbit": "bit varying", "numeric": "numeric", "text": "text", "interval": "interval",
    ]

    /// An `ALTER TABLE` subcommand that switches a guard off, as written: `DISABLE TRIGGER ALL`.
    static func alterTableCommand(_ command: Node) -> String {
        let name = command.string("name") ?? "?"
        switch command.string("subtype") ?? "" {
        case "AT_DisableRowSecurity": return "DISABLE ROW LEVEL SECURITY"
        case "AT_NoForceRowSecurity": return "NO FORCE ROW LEVEL SECURITY"
        case "AT_DisableTrig": return "DISABLE TRIGGER \(name)"
        case "AT_DisableTrigAll": return "DISABLE TRIGGER ALL"
        case "AT_DisableTrigUser": return "DISABLE TRIGGER USER"
        case "AT_DisableRule": return "DISABLE RULE \(name)"
        case "AT_EnableReplicaTrig": return "ENABLE REPLICA TRIGGER \(name)"
        case "AT_EnableReplicaRule": return "ENABLE REPLICA RULE \(name)"
        case let other: return String(other.dropFirst(3))
        }
    }
}
