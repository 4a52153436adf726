/// Functions that reach the server's files, the OS, other sessions, configuration or replication.
struct ServerFunctionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "server-function", level: .critical,
        summary: "A call of a server, file-system, OS or session-control function (pg_read_file, dblink, pg_terminate_backend, set_config ...)",
        rationale: "These functions read server files, reach other hosts, kill sessions or change settings from inside an ordinary SELECT, where a statement-level check never looks.",
        hint: "Do not call server administration functions from automated access; an administrator can do it by hand",
        hits: ["SELECT * FROM pg_read_file('/etc/passwd')", "SELECT dblink_exec('dbname=app', 'DELETE FROM orders')",
               "SELECT pg_terminate_backend(pid) FROM pg_stat_activity", "SELECT set_config('role', 'postgres', false)",
               "SELECT PG_READ_FILE('x')", "SELECT \"pg_read_file\"('x')", "SELECT pg_catalog.pg_read_file('x')",
               "SELECT t.pg_read_file FROM t", "SELECT 1 FROM t WHERE pg_reload_conf()", "SELECT * FROM t ORDER BY pg_ls_dir('.')",
               "CREATE VIEW v AS SELECT pg_read_file('/etc/passwd')"],
        misses: ["SELECT lower(name) FROM t", "SELECT 'pg_read_file(x)'", "SELECT \"PG_READ_FILE\"('x')", "SELECT current_setting('work_mem')"])

    var nodeTypes: [NodeType] { FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        context.reportCall(at: node, with: .server, Self.descriptor, consequence: "which acts on the server outside the database")
    }
}
