/// Logical replication: publications and subscriptions.
struct ReplicationChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "replication-change", level: .critical,
        summary: "CREATE or ALTER PUBLICATION or SUBSCRIPTION",
        rationale: "A publication streams table changes to whoever subscribes; a subscription connects out and writes incoming rows.",
        hint: "Set up replication by hand as an administrator",
        hits: ["CREATE PUBLICATION p FOR ALL TABLES", "CREATE SUBSCRIPTION s CONNECTION 'host=evil.example' PUBLICATION p",
               "ALTER PUBLICATION p ADD TABLE users"],
        misses: ["SELECT * FROM pg_publication"])

    var nodeTypes: [NodeType] {
        ["CreatePublicationStmt", "AlterPublicationStmt", "CreateSubscriptionStmt", "AlterSubscriptionStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let name = node.string("pubname") ?? node.string("subname") ?? "?"
        context.report(Self.descriptor, "\(CommandTag.of(node)) \(name) changes what leaves or enters the database by replication", objects: [name])
    }
}
