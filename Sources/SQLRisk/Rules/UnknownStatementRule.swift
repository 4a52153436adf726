/// A statement (or ALTER TABLE subcommand) the engine has no classification for.
struct UnknownStatementRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "unknown-statement", level: .critical,
        summary: "A statement or subcommand SQLRisk does not know how to classify",
        rationale: "Only statements known to be harmless may be called safe; anything else fails closed.",
        hint: "Check the statement by hand; ask for a rule that covers it",
        hits: [], misses: ["SELECT 1", "SHOW search_path"])

    var nodeTypes: [NodeType] { [NodeType("AlterTableCmd")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard let subtype = node.string("subtype"), AlterTableCommands.effect(of: subtype) == .unknown else { return }
        context.report(Self.descriptor, "SQLRisk does not know what ALTER TABLE subcommand \(subtype) does, so it cannot call it safe", objects: [])
    }
}
