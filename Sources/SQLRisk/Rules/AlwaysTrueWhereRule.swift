/// `UPDATE`/`DELETE` whose `WHERE` is always true, and `MERGE` whose `ON` is always true with an
/// `UPDATE` or `DELETE` action.
struct AlwaysTrueWhereRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "always-true-where", level: .destructive,
        summary: "A WHERE (or MERGE ON) condition that is always true, so every row is affected",
        rationale: "WHERE 1=1, WHERE true or x OR true look bounded to a careless check but select every row.",
        hint: "Write a condition on the rows you mean, such as a key column",
        hits: ["delete from t where 1 = 1", "UPDATE t SET a = 1 WHERE true", "DELETE FROM t WHERE 'a' = 'a'", "DELETE FROM t WHERE NOT false",
               "DELETE FROM t WHERE id = 5 OR true", "DELETE FROM t WHERE 2 > 1", "DELETE FROM t WHERE 1=1 AND true",
               "MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE", "DELETE FROM t WHERE coalesce(NULL, true)",
               "DELETE FROM t WHERE 'abc' LIKE '%'", "DELETE FROM t WHERE name LIKE '%'", "DELETE FROM t WHERE (SELECT true)",
               "DELETE FROM t WHERE EXISTS (SELECT 1 WHERE 1 = 1)", "DELETE FROM t WHERE 1 = ANY (ARRAY[1, 2])",
               "DELETE FROM t WHERE (1, 2) = (1, 2)", "UPDATE t SET a = 1 WHERE id = id", "DELETE FROM t WHERE id IS NOT DISTINCT FROM id",
               "DELETE FROM t WHERE CASE WHEN 1 = 1 THEN true END", "DELETE FROM t WHERE 1 IN (SELECT 1)",
               "DELETE FROM t WHERE greatest(1, 5) > 2", "MERGE INTO t USING s ON t.id = t.id WHEN MATCHED THEN DELETE",
               "DELETE FROM t WHERE NOT (id <> id)", "DELETE FROM t WHERE name IS NULL OR name IS NOT NULL", "DELETE FROM t WHERE id IN (id, 3)",
               "DELETE FROM t WHERE 'a' || 'b' = 'ab'"],
        misses: ["DELETE FROM t WHERE id = 1", "DELETE FROM t WHERE 1 = 2", "DELETE FROM t WHERE id = 1 AND true",
                 "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "MERGE INTO t USING s ON true WHEN NOT MATCHED THEN INSERT VALUES (1)",
                 "DELETE FROM t WHERE 'abc' LIKE 'a_d'", "DELETE FROM t WHERE 2 = ANY (ARRAY[1, 3])", "DELETE FROM t WHERE coalesce(x, true)",
                 "DELETE FROM t WHERE (SELECT true FROM u)", "DELETE FROM t WHERE EXISTS (SELECT 1 WHERE false)", "DELETE FROM t WHERE id = other_id",
                 "DELETE FROM t WHERE id <> id", "DELETE FROM t WHERE name IS NULL OR id IS NOT NULL"])

    var nodeTypes: [NodeType] { [NodeType("DeleteStmt"), NodeType("UpdateStmt"), NodeType("MergeStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let table = Names.relation(node.field("relation")) ?? "?"
        if node.type.name == "MergeStmt" {
            guard ConstantFolding.isAlwaysTrue(node.field("joinCondition")), Self.mergeChangesMatchedRows(node) else { return }
            context.report(Self.descriptor, "MERGE ON a condition that is always true updates or deletes every row of \(table)",
                           objects: [table])
            return
        }
        guard WhereShape(node) == .alwaysTrue else { return }
        let verb = node.type.name == "DeleteStmt" ? "DELETE removes" : "UPDATE overwrites"
        context.report(Self.descriptor, "\(verb) every row of \(table): its WHERE condition is always true",
                       objects: [table])
    }

    static func mergeChangesMatchedRows(_ merge: Node) -> Bool {
        merge.list("mergeWhenClauses").contains {
            $0.bool("matched") && ["CMD_UPDATE", "CMD_DELETE"].contains($0.string("commandType") ?? "")
        }
    }
}
