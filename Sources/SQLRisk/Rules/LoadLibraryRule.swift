/// `LOAD 'library'`.
struct LoadLibraryRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "load-library", level: .critical,
        summary: "LOAD loads a shared library into the server process",
        rationale: "A loaded library runs native code inside the backend with the server's privileges.",
        hint: "Configure libraries in postgresql.conf (shared_preload_libraries) as an administrator",
        hits: ["LOAD 'auto_explain'", "LOAD '/tmp/evil.so'"],
        misses: ["SELECT 'LOAD x'"])

    var nodeTypes: [NodeType] { [NodeType("LoadStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        let library = node.string("filename") ?? "?"
        context.report(Self.descriptor, "LOAD loads \(library) into the server process", objects: [library])
    }
}
