/// A `WITH` query whose CTE inserts, updates, deletes or merges.
struct DataModifyingCTERule: Rule {
    static let descriptor = RuleDescriptor(
        id: "data-modifying-cte", level: .write,
        summary: "A WITH clause whose CTE changes data, hidden behind a SELECT",
        rationale: "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d starts with WITH and ends with SELECT, yet deletes every row; the CTE runs even if its result is never read.",
        hint: "Run data changes as their own statement, not inside a query",
        hits: ["WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "WITH i AS (INSERT INTO log VALUES (1) RETURNING id) SELECT id FROM i"],
        misses: ["WITH x AS (SELECT 1) SELECT * FROM x", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r"],
        levelFollowsInner: true)

    var nodeTypes: [NodeType] { [NodeType("CommonTableExpr")] }

    private static let modifying: Set<String> = ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard let query = node.field("ctequery"), Self.modifying.contains(query.type.name) else { return }
        let name = node.string("ctename") ?? "?"
        let table = Names.relation(query.field("relation")) ?? "?"
        context.reportWithSubtreeLevel(Self.descriptor, "CTE \(name) runs a \(CommandTag.of(query)) on \(table) inside a query",
                                       subtree: query, location: node.location, objects: [table])
    }
}
