/// `DELETE` with no `WHERE`.
struct DeleteWithoutWhereRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "delete-without-where", level: .destructive,
        summary: "DELETE without WHERE removes every row of the table",
        rationale: "A missing WHERE is the most common way an automated query empties a table; RETURNING or an alias does not limit it.",
        hint: "Add a WHERE clause that selects the rows to delete",
        hits: ["DELETE FROM users", "DELETE FROM users RETURNING *", "DELETE FROM ONLY users u", "WITH x AS (SELECT 1) DELETE FROM t"],
        misses: ["DELETE FROM users WHERE id = 42", "SELECT 'DELETE FROM users'", "DELETE FROM t WHERE CURRENT OF c"])

    var nodeTypes: [NodeType] { [NodeType("DeleteStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard WhereShape(node) == .missing else { return }
        let table = Names.relation(node.field("relation")) ?? "?"
        context.report(Self.descriptor, "DELETE without WHERE removes every row of \(table)", objects: [table])
    }
}
