/// Object names as PostgreSQL resolved them at parse time (unquoted identifiers already folded),
/// printed with PostgreSQL's quoting (`QuotedName`).
enum Names {
    /// `schema.table` of a `RangeVar` (`catalog.schema.table` when written so), or just `table`.
    static func relation(_ rangeVar: Node?) -> String? {
        guard let rangeVar, let name = rangeVar.string("relname") else { return nil }
        let parts = [rangeVar.string("catalogname"), rangeVar.string("schemaname"), name].compactMap { $0 }
        return QuotedName.qualified(parts)
    }

    /// A dotted name from a list of `String` nodes, quoted (`["My Schema", "t"]` → `"My Schema".t`).
    static func dotted(_ list: Node) -> String {
        QuotedName.qualified(list.items.compactMap(\.stringValue))
    }

    /// Names of the objects of a DROP or similar list: each element is a `List` of `String`s,
    /// a `String`, an `ObjectWithArgs`, or a `TypeName`.
    static func objects(_ list: [Node]) -> [String] {
        list.compactMap { object($0) }
    }

    static func object(_ node: Node) -> String? {
        switch node.type.name {
        case "String": return node.stringValue.map(QuotedName.part)
        case "List": return dotted(node)
        case "ObjectWithArgs": return QuotedName.qualified(node.list("objname").compactMap(\.stringValue))
        case "TypeName": return typeName(node)
        case "RangeVar": return relation(node)
        case "RoleSpec": return role(node)
        default: return nil
        }
    }

    /// A type name without its `pg_catalog.` prefix (`int4`, `public.mood`).
    static func typeName(_ node: Node) -> String {
        node.list("names").compactMap(\.stringValue).filter { $0 != "pg_catalog" }.joined(separator: ".")
    }

    /// A role as written (`bob`, `CURRENT_USER`, `PUBLIC`).
    static func role(_ spec: Node?) -> String? {
        guard let spec else { return nil }
        if let name = spec.string("rolename") { return QuotedName.part(name) }
        switch spec.string("roletype") ?? "" {
        case "ROLESPEC_CURRENT_USER": return "CURRENT_USER"
        case "ROLESPEC_SESSION_USER": return "SESSION_USER"
        case "ROLESPEC_CURRENT_ROLE": return "CURRENT_ROLE"
        case "ROLESPEC_PUBLIC": return "PUBLIC"
        default: return nil
        }
    }

    /// Joins names for a message: `a`, `a and b`, `a, b and c`.
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
