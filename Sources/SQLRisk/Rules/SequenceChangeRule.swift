/// `nextval` and `setval`.
struct SequenceChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "sequence-change", level: .write,
        summary: "A call of nextval or setval, which advances or resets a sequence",
        rationale: "Sequences are not rolled back: a SELECT nextval(...) changes state for good, and setval can make keys collide.",
        hint: "Let INSERT use the column default; reset sequences only in reviewed migrations",
        hits: ["SELECT nextval('s')", "SELECT setval('s', 1)", "SELECT pg_catalog.nextval('orders_id_seq')"],
        misses: ["SELECT currval('s')", "SELECT last_value FROM s"])

    var nodeTypes: [NodeType] { FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        context.reportCall(at: node, with: .sequence, Self.descriptor, consequence: "which changes a sequence for good")
    }
}
