/// Foreign servers, foreign-data wrappers and user mappings.
struct ForeignDataChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "foreign-data-change", level: .critical,
        summary: "CREATE or ALTER SERVER, FOREIGN DATA WRAPPER or USER MAPPING",
        rationale: "Foreign servers and user mappings let the database connect elsewhere with stored credentials: a path out of the database.",
        hint: "Define foreign servers by hand as an administrator",
        hits: ["CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'evil.example')", "CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'u')",
               "CREATE FOREIGN DATA WRAPPER w", "ALTER SERVER s OPTIONS (SET host 'x')"],
        misses: ["SELECT * FROM pg_foreign_server"])

    var nodeTypes: [NodeType] {
        ["CreateFdwStmt", "AlterFdwStmt", "CreateForeignServerStmt", "AlterForeignServerStmt", "CreateUserMappingStmt",
         "AlterUserMappingStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name = node.string("servername") ?? node.string("fdwname") ?? "?"
        context.report(Self.descriptor, "\(CommandTag.of(node)) \(name) sets up a connection out of the database", objects: [name])
    }
}
