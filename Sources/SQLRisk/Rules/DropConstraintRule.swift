/// `ALTER TABLE ... DROP CONSTRAINT`.
struct DropConstraintRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-constraint", level: .destructive,
        summary: "ALTER TABLE ... DROP CONSTRAINT removes a check, key or foreign key",
        rationale: "Once the constraint is gone, bad rows can enter and cannot be told apart later; dropping a primary key can also drop dependent foreign keys (CASCADE).",
        hint: "Replace the constraint in one transaction (add the new one NOT VALID, validate, then drop the old)",
        hits: ["ALTER TABLE orders DROP CONSTRAINT orders_user_fk", "ALTER TABLE t DROP CONSTRAINT IF EXISTS c CASCADE",
               "ALTER DOMAIN positive DROP CONSTRAINT positive_check", "ALTER DOMAIN public.email DROP CONSTRAINT IF EXISTS c CASCADE"],
        misses: ["ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)", "ALTER TABLE t DROP COLUMN c", "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0)",
                 "ALTER DOMAIN d DROP NOT NULL"])

    var nodeTypes: [NodeType] { [NodeType("AlterTableStmt"), NodeType("AlterDomainStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        if node.type.name == "AlterDomainStmt" {
            // `X` is DROP CONSTRAINT: values the check kept out can enter columns of the domain.
            guard node.string("subtype") == "X" else { return }
            let domain = node.list("typeName").compactMap(\.stringValue).joined(separator: ".")
            let name = node.string("name") ?? "?"
            context.report(Self.descriptor, "ALTER DOMAIN ... DROP CONSTRAINT removes constraint \(name) of domain \(domain)", objects: [domain, name])
            return
        }
        let (table, commands) = AlterTableCommands.commands(of: node, with: .dropConstraint)
        for command in commands {
            let name = command.string("name") ?? "?"
            context.report(Self.descriptor, "DROP CONSTRAINT removes constraint \(name) of \(table)", objects: [table, name])
        }
    }
}
