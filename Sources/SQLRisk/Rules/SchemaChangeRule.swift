/// Additive or reversible DDL.
struct SchemaChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "schema-change", level: .schema,
        summary: "DDL that adds or changes objects without destroying data",
        rationale: "CREATE, additive ALTER, COMMENT and the like change the schema other code depends on, and may take strong locks.",
        hint: "Ship schema changes as reviewed migrations",
        hits: ["CREATE TABLE t (id int)", "CREATE INDEX ON t (a)", "CREATE VIEW v AS SELECT 1", "ALTER TABLE t ADD COLUMN b int",
               "ALTER TABLE t RENAME TO u", "COMMENT ON TABLE t IS 'x'", "CREATE TABLE t2 AS SELECT * FROM t", "SELECT * INTO new_t FROM t",
               "ALTER SEQUENCE s RESTART", "CREATE SCHEMA app", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"],
        misses: ["SELECT * FROM t", "DROP TABLE t", "INSERT INTO t VALUES (1)"])

    var nodeTypes: [NodeType] {
        (Self.statementTypes + ["AlterTableStmt", "SelectStmt", "AlterEventTrigStmt"]).map(NodeType.init)
    }

    /// Statement types that are schema changes whatever their options (rules of higher levels add to them).
    static let statementTypes = [
        "CreateStmt", "IndexStmt", "ViewStmt", "CreateSeqStmt", "AlterSeqStmt", "DefineStmt", "CompositeTypeStmt",
        "CreateEnumStmt", "CreateRangeStmt", "AlterEnumStmt", "CreateDomainStmt", "AlterDomainStmt", "CreateTrigStmt",
        "CreateEventTrigStmt", "RuleStmt", "CreatePolicyStmt", "AlterPolicyStmt", "CreateFunctionStmt", "AlterFunctionStmt",
        "CreateTableAsStmt", "CommentStmt", "RenameStmt", "AlterObjectSchemaStmt", "CreateCastStmt", "CreateConversionStmt",
        "CreateOpClassStmt", "CreateOpFamilyStmt", "AlterOpFamilyStmt", "AlterOperatorStmt", "AlterTypeStmt",
        "AlterTSDictionaryStmt", "AlterTSConfigurationStmt", "CreateForeignTableStmt", "ImportForeignSchemaStmt",
        "CreateStatsStmt", "AlterStatsStmt", "AlterCollationStmt", "CreateAmStmt", "CreateTransformStmt",
        "AlterObjectDependsStmt", "CreatedbStmt", "CreateSchemaStmt",
    ]

    /// Renames that other rules report as critical (roles, databases, tablespaces).
    private static let renamedElsewhere: Set<String> = ["OBJECT_ROLE", "OBJECT_DATABASE", "OBJECT_TABLESPACE"]

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "AlterTableStmt":
            let (table, additive) = AlterTableCommands.commands(of: node, with: .additive)
            guard !additive.isEmpty else { return }
            context.report(Self.descriptor, "\(CommandTag.of(node)) changes the definition of \(table)", objects: [table])
        case "SelectStmt":
            guard let into = node.field("intoClause") else { return }
            let table = Names.relation(into.field("rel")) ?? "?"
            context.report(Self.descriptor, "SELECT ... INTO creates table \(table) and fills it", objects: [table])
        case "AlterEventTrigStmt":
            guard node.string("tgenabled") == "O" else { return }   // the other modes are guard-setting
            let name = node.string("trigname") ?? "?"
            context.report(Self.descriptor, "ALTER EVENT TRIGGER changes when \(name) fires", objects: [name])
        case "RenameStmt" where Self.renamedElsewhere.contains(node.string("renameType") ?? ""):
            return
        default:
            let name = Self.objectName(of: node)
            context.report(Self.descriptor, "\(CommandTag.of(node)) \(name.map { "changes the schema: \($0)" } ?? "changes the schema")",
                           objects: name.map { [$0] } ?? [])
        }
    }

    /// The main object a DDL statement names, when there is an obvious one.
    private static func objectName(of node: Node) -> String? {
        for field: StaticString in ["relation", "view", "sequence"] {
            if let name = Names.relation(node.field(field)) { return name }
        }
        if let into = node.field("into"), let name = Names.relation(into.field("rel")) { return name }
        if let name = node.string("schemaname") ?? node.string("idxname") ?? node.string("trigname") ?? node.string("policy_name")
            ?? node.string("rulename") ?? node.string("dbname") ?? node.string("newname") {
            return name
        }
        let funcname = node.list("funcname").compactMap(\.stringValue)
        if !funcname.isEmpty { return funcname.joined(separator: ".") }
        let typeName = node.list("typeName").compactMap(\.stringValue)
        if !typeName.isEmpty { return typeName.joined(separator: ".") }
        return nil
    }
}
