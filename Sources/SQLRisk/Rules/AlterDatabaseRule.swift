/// `ALTER DATABASE` in any form.
struct AlterDatabaseRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "alter-database", level: .critical,
        summary: "ALTER DATABASE changes a whole database: its settings, name, owner or connection rules",
        rationale: "Database-level settings apply to every session (default_transaction_read_only, search_path ...), and renaming or disallowing connections breaks every client.",
        hint: "Change databases by hand as an administrator",
        hits: ["ALTER DATABASE app SET default_transaction_read_only = off", "ALTER DATABASE app RENAME TO old_app", "ALTER DATABASE app OWNER TO bob",
               "ALTER DATABASE app WITH ALLOW_CONNECTIONS false"],
        misses: ["CREATE DATABASE app", "SELECT current_database()"])

    var nodeTypes: [NodeType] {
        ["AlterDatabaseStmt", "AlterDatabaseSetStmt", "AlterDatabaseRefreshCollStmt", "RenameStmt", "AlterOwnerStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name: String
        switch node.type.name {
        case "RenameStmt":
            guard node.string("renameType") == "OBJECT_DATABASE" else { return }
            name = node.string("subname") ?? "?"
        case "AlterOwnerStmt":
            guard node.string("objectType") == "OBJECT_DATABASE" else { return }
            name = node.field("object").flatMap(Names.object) ?? "?"
        default:
            name = node.string("dbname") ?? "?"
        }
        context.report(Self.descriptor, "ALTER DATABASE changes database \(name) for every session", objects: [name])
    }
}
