/// `DROP SCHEMA`.
struct DropSchemaRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-schema", level: .destructive,
        summary: "DROP SCHEMA removes a schema (with CASCADE, every object in it)",
        rationale: "A schema holds tables and functions; CASCADE drops them all without listing them.",
        hint: "Drop the objects you mean one by one, after a backup, and never with CASCADE from automation",
        hits: ["DROP SCHEMA public CASCADE", "COMMIT; DROP SCHEMA app"],
        misses: ["CREATE SCHEMA app", "DROP TABLE app.t"])

    var nodeTypes: [NodeType] { [NodeType("DropStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard node.string("removeType") == "OBJECT_SCHEMA" else { return }
        let names = Names.objects(node.list("objects"))
        let cascade = node.string("behavior") == "DROP_CASCADE"
        context.report(Self.descriptor, "DROP SCHEMA removes schema \(Names.list(names))\(cascade ? " and, with CASCADE, every object in it" : "")",
                       objects: names)
    }
}
