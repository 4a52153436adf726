/// A call of a function that is not a known built-in: user-defined functions may write.
struct UnknownFunctionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "unknown-function", level: .write,
        summary: "A call of a function that is not a PostgreSQL built-in (user-defined or from an extension)",
        rationale: "A user-defined function can insert, update or delete behind an innocent-looking SELECT; without its definition it cannot be called read-only.",
        hint: "Review what the function does; a gate that knows it only reads can accept this finding for it by name",
        hits: ["SELECT my_func(1)", "SELECT * FROM t WHERE public.lower(name) = 'x'", "SELECT \"PG_READ_FILE\"('x')"],
        misses: ["SELECT lower(name) FROM t", "SELECT count(*) FROM t", "SELECT t.email FROM t"])

    var nodeTypes: [NodeType] { FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard node.index != context.procedureCall, let call = context.functionCall(at: node), call.effect == .unknown else { return }
        context.report(Self.descriptor, "The statement calls \(call.qualifiedName), which is not a known built-in and may write",
                       location: call.location, objects: [call.qualifiedName])
    }
}
