/// `DROP DATABASE`, with or without `WITH (FORCE)`.
struct DropDatabaseRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-database", level: .destructive,
        summary: "DROP DATABASE removes a whole database",
        rationale: "Every table, function and row of the database is gone at once; WITH (FORCE) also disconnects its users.",
        hint: "Take a backup and drop databases by hand, outside automated access",
        hits: ["DROP DATABASE app", "DROP DATABASE IF EXISTS app WITH (FORCE)"],
        misses: ["CREATE DATABASE app", "SELECT 'DROP DATABASE app'"])

    var nodeTypes: [NodeType] { [NodeType("DropdbStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name = node.string("dbname") ?? "?"
        let force = node.list("options").contains { $0.string("defname") == "force" }
        context.report(Self.descriptor, "DROP DATABASE removes database \(name) and everything in it\(force ? ", disconnecting its sessions" : "")",
                       objects: [name])
    }
}
