/// `CREATE/ALTER TABLESPACE` and moving every table of a tablespace.
struct TablespaceChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "tablespace-change", level: .critical,
        summary: "CREATE or ALTER TABLESPACE, or moving every table of a tablespace",
        rationale: "Tablespaces point the server at file-system directories; moving all tables rewrites them under heavy locks.",
        hint: "Manage storage by hand as an administrator",
        hits: ["CREATE TABLESPACE fast LOCATION '/mnt/ssd'", "ALTER TABLESPACE fast SET (random_page_cost = 1)",
               "ALTER TABLE ALL IN TABLESPACE fast SET TABLESPACE slow"],
        misses: ["ALTER TABLE t SET TABLESPACE fast", "SELECT * FROM pg_tablespace"])

    var nodeTypes: [NodeType] {
        ["CreateTableSpaceStmt", "AlterTableSpaceOptionsStmt", "AlterTableMoveAllStmt", "RenameStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        if node.type.name == "RenameStmt", node.string("renameType") != "OBJECT_TABLESPACE" { return }
        let name = node.string("tablespacename") ?? node.string("orig_tablespacename") ?? node.string("subname") ?? "?"
        context.report(Self.descriptor, "\(CommandTag.of(node)) changes tablespace \(name)", objects: [name])
    }
}
