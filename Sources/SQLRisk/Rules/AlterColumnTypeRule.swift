/// `ALTER TABLE ... ALTER COLUMN ... TYPE`.
struct AlterColumnTypeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "alter-column-type", level: .destructive,
        summary: "ALTER COLUMN ... TYPE rewrites a column, possibly losing data",
        rationale: "A narrowing conversion (text to varchar(10), numeric to int) truncates or rounds values irreversibly, and the rewrite locks the table.",
        hint: "Add a new column of the new type, backfill it, and switch over",
        hits: ["ALTER TABLE t ALTER COLUMN price TYPE int", "ALTER TABLE t ALTER price SET DATA TYPE varchar(10) USING price::varchar"],
        misses: ["ALTER TABLE t ALTER COLUMN price SET DEFAULT 0", "ALTER TABLE t ADD COLUMN price int"])

    var nodeTypes: [NodeType] { [NodeType("AlterTableStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let (table, commands) = AlterTableCommands.commands(of: node, with: .alterColumnType)
        for command in commands {
            let column = command.string("name") ?? "?"
            let type = command.field("def")?.field("typeName").map(SQLWords.type) ?? "a new type"
            context.report(Self.descriptor, "ALTER COLUMN \(column) of \(table) TYPE \(type) rewrites every value of the column", objects: [table + "." + QuotedName.part(column)])
        }
    }
}
