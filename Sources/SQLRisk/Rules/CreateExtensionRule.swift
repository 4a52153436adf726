/// `CREATE EXTENSION` / `ALTER EXTENSION`.
struct CreateExtensionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "create-extension", level: .critical,
        summary: "CREATE or ALTER EXTENSION installs or changes server-side code",
        rationale: "Extensions run C code and scripts as a superuser-level install; plpython3u, dblink or adminpack give a session the OS, the network or the file system.",
        hint: "Install extensions by hand as an administrator, after review",
        hits: ["CREATE EXTENSION plpython3u", "CREATE EXTENSION IF NOT EXISTS dblink", "ALTER EXTENSION postgis UPDATE"],
        misses: ["SELECT * FROM pg_extension", "CREATE SCHEMA extensions"])

    var nodeTypes: [NodeType] { ["CreateExtensionStmt", "AlterExtensionStmt", "AlterExtensionContentsStmt"].map(NodeType.init) }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name = node.string("extname") ?? "?"
        context.report(Self.descriptor, "\(CommandTag.of(node)) \(name) installs or changes server-side code", objects: [name])
    }
}
