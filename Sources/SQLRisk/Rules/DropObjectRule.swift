/// Every other DROP of a persistent object: views, indexes, sequences, types, functions, triggers,
/// extensions ... and `DROP OWNED`, `DROP TABLESPACE`, `DROP SUBSCRIPTION`, `DROP USER MAPPING`.
struct DropObjectRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-object", level: .destructive,
        summary: "DROP of a database object other than a table, schema or database",
        rationale: "Dropped objects (a view, an index, a function, a sequence and its position) are gone; CASCADE takes their dependants too.",
        hint: "Drop objects by hand after checking dependants; prefer CREATE OR REPLACE or a rename",
        hits: ["DROP VIEW v", "DROP INDEX CONCURRENTLY users_email_idx", "DROP FUNCTION f(int)", "DROP OWNED BY bob", "DROP SEQUENCE s"],
        misses: ["DROP TABLE t", "CREATE VIEW v AS SELECT 1", "DROP ROLE bob"])

    var nodeTypes: [NodeType] {
        [NodeType("DropStmt"), NodeType("DropOwnedStmt"), NodeType("DropTableSpaceStmt"), NodeType("DropSubscriptionStmt"),
         NodeType("DropUserMappingStmt")]
    }

    /// Drops with a rule of their own.
    private static let elsewhere: Set<String> = ["OBJECT_TABLE", "OBJECT_SCHEMA", "OBJECT_EVENT_TRIGGER"]

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "DropStmt":
            let type = node.string("removeType") ?? "OBJECT"
            guard !Self.elsewhere.contains(type) else { return }
            let names = Names.objects(node.list("objects"))
            context.report(Self.descriptor, "DROP \(CommandTag.objectName(type)) removes \(Names.list(names))", objects: names)
        case "DropOwnedStmt":
            let roles = node.list("roles").compactMap { Names.role($0) }
            context.report(Self.descriptor, "DROP OWNED removes every object owned by \(Names.list(roles))", objects: roles)
        case "DropTableSpaceStmt":
            let name = node.string("tablespacename") ?? "?"
            context.report(Self.descriptor, "DROP TABLESPACE removes tablespace \(name)", objects: [name])
        case "DropSubscriptionStmt":
            let name = node.string("subname") ?? "?"
            context.report(Self.descriptor, "DROP SUBSCRIPTION removes subscription \(name) and its replication slot", objects: [name])
        default:
            let server = node.string("servername") ?? "?"
            context.report(Self.descriptor, "DROP USER MAPPING removes the credentials stored for server \(server)", objects: [server])
        }
    }
}
