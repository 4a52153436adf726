/// `ALTER SYSTEM`.
struct AlterSystemRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "alter-system", level: .critical,
        summary: "ALTER SYSTEM rewrites the server's configuration",
        rationale: "ALTER SYSTEM writes postgresql.auto.conf for every database and session after the next reload: logging, authentication-related and resource settings included.",
        hint: "Change server configuration through your configuration management, not from a session",
        hits: ["ALTER SYSTEM SET log_statement = 'none'", "ALTER SYSTEM RESET ALL"],
        misses: ["SET work_mem = '64MB'", "SHOW log_statement"])

    var nodeTypes: [NodeType] { [NodeType("AlterSystemStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name = node.field("setstmt")?.string("name") ?? "every setting"
        context.report(Self.descriptor, "ALTER SYSTEM changes \(name) for the whole server", objects: [name])
    }
}
