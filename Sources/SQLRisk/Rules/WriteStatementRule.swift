/// Bounded writes: rows, locks, maintenance and notifications that change state but not all of it.
struct WriteStatementRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "write-statement", level: .write,
        summary: "A statement that changes rows or server state in a bounded way",
        rationale: "INSERT, UPDATE/DELETE with a real WHERE, MERGE, COPY FROM STDIN, locks, CALL, NOTIFY and maintenance commands change state; a read-only gate must not let them through.",
        hint: "Run writes through a reviewed path, or in a transaction you can roll back",
        hits: ["INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING", "UPDATE t SET a = 1 WHERE id = 2",
               "DELETE FROM t WHERE id = 3", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
               "COPY t FROM STDIN", "SELECT * FROM t FOR UPDATE", "LOCK TABLE t", "CALL p()", "NOTIFY ch", "VACUUM t", "ANALYZE t",
               "CLUSTER t", "REINDEX TABLE t", "REFRESH MATERIALIZED VIEW mv", "CHECKPOINT", "COMMIT PREPARED 'x'", "EXECUTE p(1)"],
        misses: ["SELECT * FROM t", "COPY t TO STDOUT", "BEGIN", "COMMIT", "LISTEN ch", "EXPLAIN DELETE FROM t WHERE id = 1"])

    var nodeTypes: [NodeType] {
        ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CopyStmt", "LockStmt", "CallStmt", "NotifyStmt", "VacuumStmt",
         "ClusterStmt", "ReindexStmt", "RefreshMatViewStmt", "CheckPointStmt", "TransactionStmt", "DiscardStmt", "SelectStmt",
         "ExecuteStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let relation = Names.relation(node.field("relation"))
        let objects = relation.map { [$0] } ?? []
        let target = relation ?? "?"
        switch node.type.name {
        case "InsertStmt":
            context.report(Self.descriptor, "INSERT adds rows to \(target)", at: node.field("relation"), objects: objects)
        case "UpdateStmt", "DeleteStmt":
            guard WhereShape(node) == .bounded else { return }
            let verb = node.type.name == "UpdateStmt" ? "UPDATE changes" : "DELETE removes"
            context.report(Self.descriptor, "\(verb) the rows of \(target) that match its WHERE clause", at: node.field("relation"), objects: objects)
        case "MergeStmt":
            guard !(ConstantFolding.isAlwaysTrue(node.field("joinCondition")) && AlwaysTrueWhereRule.mergeChangesMatchedRows(node)) else { return }
            context.report(Self.descriptor, "MERGE inserts, updates or deletes rows of \(target)", at: node.field("relation"), objects: objects)
        case "CopyStmt":
            guard node.bool("is_from"), !node.has("filename"), !node.bool("is_program") else { return }
            context.report(Self.descriptor, "COPY FROM STDIN loads rows into \(target)", objects: objects)
        case "LockStmt":
            let names = node.list("relations").compactMap { Names.relation($0) }
            context.report(Self.descriptor, "LOCK TABLE locks \(Names.list(names)) until the transaction ends", objects: names)
        case "CallStmt":
            let name = node.field("funccall").map { $0.list("funcname").compactMap(\.stringValue).joined(separator: ".") } ?? "?"
            context.procedureCall = node.field("funccall")?.index
            context.report(Self.descriptor, "CALL runs procedure \(name), which may change data", objects: [name])
        case "NotifyStmt":
            let channel = node.string("conditionname") ?? "?"
            context.report(Self.descriptor, "NOTIFY signals every listener on channel \(channel)", objects: [channel])
        case "VacuumStmt", "ClusterStmt", "ReindexStmt", "RefreshMatViewStmt", "CheckPointStmt":
            let tag = CommandTag.of(node)
            context.report(Self.descriptor, "\(tag) does maintenance work that locks or rewrites data", objects: objects)
        case "TransactionStmt":
            let kind = node.string("kind") ?? ""
            guard ["TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].contains(kind) else { return }
            let gid = node.string("gid") ?? "?"
            context.report(Self.descriptor, "\(CommandTag.of(node)) settles prepared transaction \(gid)", objects: [gid])
        case "DiscardStmt":
            guard node.string("target") != "DISCARD_ALL" else { return }
            context.report(Self.descriptor, "\(CommandTag.of(node)) drops session state")
        case "SelectStmt":
            guard node.has("lockingClause") else { return }
            context.report(Self.descriptor, "SELECT ... FOR UPDATE/SHARE locks the rows it reads", at: node.list("lockingClause").first)
        case "ExecuteStmt":
            let name = node.string("name") ?? "?"
            if let prepared = context.preparedStatements[name] {
                context.include(prepared, covering: context.statementRange)
            } else {
                context.report(Self.descriptor, "EXECUTE runs prepared statement \(name), defined outside this input, which may write", objects: [name])
            }
        default:
            break
        }
    }
}
