/// `UPDATE` with no `WHERE`.
struct UpdateWithoutWhereRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "update-without-where", level: .destructive,
        summary: "UPDATE without WHERE overwrites the columns of every row",
        rationale: "The old values of every row are lost; there is no undo outside a backup.",
        hint: "Add a WHERE clause that selects the rows to change",
        hits: ["UPDATE users SET role = 'admin'", "UPDATE ONLY t SET a = a + 1 RETURNING *", "WITH x AS (SELECT 1) UPDATE t SET a = 1"],
        misses: ["UPDATE users SET role = 'admin' WHERE id = 7", "SELECT 'update users set a = 1'"])

    var nodeTypes: [NodeType] { [NodeType("UpdateStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard WhereShape(node) == .missing else { return }
        let table = Names.relation(node.field("relation")) ?? "?"
        let columns = node.list("targetList").compactMap { $0.string("name") }
        context.report(Self.descriptor, "UPDATE without WHERE overwrites \(columns.isEmpty ? "columns" : Names.list(columns)) in every row of \(table)",
                       objects: [table])
    }
}
