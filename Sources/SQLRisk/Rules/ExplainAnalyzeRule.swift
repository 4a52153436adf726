/// `EXPLAIN ANALYZE` runs the statement it explains; a plain `EXPLAIN` runs nothing.
struct ExplainAnalyzeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "explain-analyze", level: .write,
        summary: "EXPLAIN ANALYZE executes the statement it explains",
        rationale: "EXPLAIN ANALYZE DELETE FROM t really deletes: the statement runs to measure it. A gate that lets EXPLAIN through must look inside.",
        hint: "Use EXPLAIN without ANALYZE, or wrap it in BEGIN ... ROLLBACK",
        hits: ["EXPLAIN ANALYZE DELETE FROM t", "EXPLAIN (ANALYZE true, BUFFERS) UPDATE t SET a = 1 WHERE id = 1", "EXPLAIN (ANALYZE) INSERT INTO t VALUES (1)",
               "EXPLAIN (ANALYZE false, ANALYZE) DELETE FROM t", "EXPLAIN (ANALYZE off, VERBOSE, ANALYZE on) UPDATE t SET a = 1 WHERE id = 1"],
        misses: ["EXPLAIN DELETE FROM t", "EXPLAIN (ANALYZE off) DELETE FROM t", "EXPLAIN ANALYZE SELECT * FROM t",
                 "EXPLAIN (ANALYZE, ANALYZE false) DELETE FROM t", "EXPLAIN (ANALYZE on, ANALYZE off) UPDATE t SET a = 1"],
        levelFollowsInner: true)

    var nodeTypes: [NodeType] { [NodeType("ExplainStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard let analyze = DefElems.find("analyze", in: node.list("options")), DefElems.boolean(analyze), let query = node.field("query") else {
            // Without ANALYZE nothing inside runs: keep the walk out of it.
            context.skipSubtree = true
            return
        }
        context.reportWithSubtreeLevel(Self.descriptor, "EXPLAIN ANALYZE runs the \(CommandTag.of(query)) it explains",
                                       subtree: query, location: analyze.location)
    }
}
