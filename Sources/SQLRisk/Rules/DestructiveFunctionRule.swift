/// Built-in functions that destroy data: `lo_unlink`.
struct DestructiveFunctionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "destructive-function", level: .destructive,
        summary: "A call of a built-in function that destroys data (lo_unlink)",
        rationale: "lo_unlink deletes a large object for good from inside a SELECT.",
        hint: "Delete large objects by hand after checking nothing references them",
        hits: ["SELECT lo_unlink(16403)", "SELECT lo_unlink(oid) FROM pg_largeobject_metadata"],
        misses: ["SELECT lo_get(16403)"])

    var nodeTypes: [NodeType] { FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        context.reportCall(at: node, with: .destructive, Self.descriptor, consequence: "which destroys data for good")
    }
}
