/// `DROP TABLE`.
struct DropTableRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-table", level: .destructive,
        summary: "DROP TABLE removes a table and all its rows",
        rationale: "The rows are gone for good unless restored from a backup; CASCADE also drops views and constraints that depend on it.",
        hint: "Rename the table (ALTER TABLE ... RENAME) and drop it later, after a backup",
        hits: ["DROP TABLE users", "DROP/**/TABLE \"Users\"", "drop table if exists a, b cascade"],
        misses: ["DROP VIEW v", "SELECT 'DROP TABLE x' -- TRUNCATE", "SELECT * FROM drop_log"])

    var nodeTypes: [NodeType] { [NodeType("DropStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard node.string("removeType") == "OBJECT_TABLE" else { return }
        let names = Names.objects(node.list("objects"))
        context.report(Self.descriptor, "DROP TABLE removes \(Names.list(names)) and every row in \(names.count == 1 ? "it" : "them")", objects: names)
    }
}
