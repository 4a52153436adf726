/// `ALTER TABLE ... DROP COLUMN`.
struct DropColumnRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "drop-column", level: .destructive,
        summary: "ALTER TABLE ... DROP COLUMN removes a column and its data",
        rationale: "Every value in the column is lost, and code still reading it breaks.",
        hint: "Stop using the column first, back it up, and drop it in a later, reviewed migration",
        hits: ["ALTER TABLE users DROP COLUMN email", "ALTER TABLE t ADD COLUMN a int, DROP b", "ALTER TYPE address DROP ATTRIBUTE zip",
               "ALTER TYPE address DROP ATTRIBUTE IF EXISTS zip CASCADE"],
        misses: ["ALTER TABLE users ADD COLUMN email text", "ALTER TABLE t DROP CONSTRAINT c", "ALTER TYPE address ADD ATTRIBUTE zip text"])

    var nodeTypes: [NodeType] { [NodeType("AlterTableStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let (table, commands) = AlterTableCommands.commands(of: node, with: .dropColumn)
        for command in commands {
            let column = command.string("name") ?? "?"
            let message = node.string("objtype") == "OBJECT_TYPE"
                ? "ALTER TYPE ... DROP ATTRIBUTE removes attribute \(column) of type \(table) and its values in every column of the type"
                : "DROP COLUMN removes column \(column) of \(table) and all its values"
            context.report(Self.descriptor, message, objects: [table + "." + QuotedName.part(column)])
        }
    }
}
