/// `TRUNCATE`.
struct TruncateRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "truncate", level: .destructive,
        summary: "TRUNCATE removes every row of one or more tables",
        rationale: "TRUNCATE empties tables at once, fires no row triggers, and with CASCADE empties every table that references them.",
        hint: "Use DELETE with a WHERE clause for the rows you mean, or truncate by hand after a backup",
        hits: ["TRUNCATE users", "TRUNCATE TABLE \"Users\" RESTART IDENTITY CASCADE"],
        misses: ["SELECT 'truncate users'", "DELETE FROM users WHERE id = 1"])

    var nodeTypes: [NodeType] { [NodeType("TruncateStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let names = node.list("relations").compactMap { Names.relation($0) }
        let cascade = node.string("behavior") == "DROP_CASCADE"
        context.report(Self.descriptor, "TRUNCATE removes every row of \(Names.list(names))\(cascade ? " and of every table that references \(names.count == 1 ? "it" : "them")" : "")",
                       objects: names)
    }
}
