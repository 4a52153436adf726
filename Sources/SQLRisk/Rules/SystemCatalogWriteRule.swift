/// Writes to PostgreSQL's own catalogs (`pg_authid`, `pg_settings`, `pg_proc` ...).
struct SystemCatalogWriteRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "system-catalog-write", level: .critical,
        summary: "INSERT, UPDATE, DELETE, MERGE, TRUNCATE or COPY FROM on a system catalog",
        rationale: "Writing pg_authid makes superusers, writing pg_settings changes server settings; catalog writes bypass every check of the normal commands.",
        hint: "Use the SQL command meant for the change (ALTER ROLE, SET, ALTER SYSTEM), reviewed by an administrator",
        hits: ["UPDATE pg_authid SET rolsuper = true WHERE rolname = 'agent'", "UPDATE pg_settings SET setting = 'off' WHERE name = 'log_statement'",
               "DELETE FROM pg_catalog.pg_proc WHERE proname = 'f'"],
        misses: ["SELECT * FROM pg_settings", "UPDATE settings SET v = 1 WHERE k = 'x'", "SELECT * FROM pg_catalog.pg_class"])

    var nodeTypes: [NodeType] {
        ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "TruncateStmt", "CopyStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let relations = node.type.name == "TruncateStmt" ? node.list("relations") : [node.field("relation")].compactMap { $0 }
        if node.type.name == "CopyStmt", !node.bool("is_from") { return }
        for relation in relations where Self.isCatalog(relation) {
            let name = Names.relation(relation) ?? "?"
            context.report(Self.descriptor, "\(CommandTag.of(node)) writes system catalog \(name)", at: relation, objects: [name])
        }
    }

    static func isCatalog(_ relation: Node) -> Bool {
        let schema = relation.string("schemaname")
        if schema == "pg_catalog" || schema == "information_schema" { return true }
        return schema == nil && (relation.string("relname") ?? "").hasPrefix("pg_")
    }
}
