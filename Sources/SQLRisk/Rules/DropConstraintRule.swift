/// `ALTER TABLE ... DROP CONSTRAINT`.
struct DropConstraintRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-constraint", level: .destructive,
        summary: "ALTER TABLE ... DROP CONSTRAINT removes a check, key or foreign key",
        rationale: "Once the constraint is gone, bad rows can enter and cannot be told apart later; dropping a primary key can also drop dependent foreign keys (CASCADE).",
        hint: "Replace the constraint in one transaction (add the new one NOT VALID, validate, then drop the old)",
        hits: ["ALTER TABLE orders DROP CONSTRAINT orders_user_fk", "ALTER TABLE t DROP CONSTRAINT IF EXISTS c CASCADE"],
        misses: ["ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)", "ALTER TABLE t DROP COLUMN c"])

    var nodeTypes: [NodeType] { [NodeType("AlterTableStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let (table, commands) = AlterTableCommands.commands(of: node, with: .dropConstraint)
        for command in commands {
            let name = command.string("name") ?? "?"
            context.report(Self.descriptor, "DROP CONSTRAINT removes constraint \(name) of \(table)", objects: [table, name])
        }
    }
}
