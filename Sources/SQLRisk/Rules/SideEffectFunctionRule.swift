/// Built-in functions that change state in a bounded way: advisory locks, notifications, large-object
/// writes, sleeping, and every volatile built-in not known to be harmless.
struct SideEffectFunctionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "side-effect-function", level: .write,
        summary: "A call of a built-in function that changes state or holds resources (advisory locks, pg_notify, lo_create, pg_sleep ...)",
        rationale: "A SELECT that takes an advisory lock, sends a notification, writes a large object or sleeps is not a pure read.",
        hint: "Run state-changing calls through a reviewed path",
        hits: ["SELECT pg_advisory_lock(1)", "SELECT pg_sleep(10)", "SELECT (x).pg_sleep FROM t"],
        misses: ["SELECT random()", "SELECT now()", "SELECT count(*) FROM t"])

    var nodeTypes: [NodeType] { FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        context.reportCall(at: node, with: .sideEffect, Self.descriptor, consequence: "which changes state or holds resources")
    }
}
