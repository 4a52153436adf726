/// `COPY ... TO 'file'` / `FROM 'file'` on the server's file system.
struct CopyServerFileRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "copy-server-file", level: .critical,
        summary: "COPY to or from a file on the database server",
        rationale: "Server-side COPY reads or writes any file the database's OS user can reach: configuration, keys, other databases' data.",
        hint: "Use COPY ... TO STDOUT / FROM STDIN (psql's \\copy) to move data through the client",
        hits: ["COPY t TO '/tmp/t.csv'", "COPY t FROM '/etc/passwd'", "COPY (SELECT * FROM users) TO '/var/lib/postgresql/out'"],
        misses: ["COPY t TO STDOUT WITH (FORMAT csv)", "COPY t FROM STDIN", "COPY t TO PROGRAM 'x'"])

    var nodeTypes: [NodeType] { [NodeType("CopyStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard !node.bool("is_program"), let file = node.string("filename") else { return }
        let verb = node.bool("is_from") ? "reads server file" : "writes server file"
        context.report(Self.descriptor, "COPY \(verb) \(file)", objects: [file])
    }
}
