/// Functions, procedures and DO blocks in untrusted languages, and `CREATE LANGUAGE`.
struct UntrustedLanguageRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "untrusted-language", level: .critical,
        summary: "Code in an untrusted language (C, internal, plpython3u, plperlu, pltclu ...) or CREATE LANGUAGE",
        rationale: "Untrusted languages run with the database server's OS privileges: a function in plpython3u can read files, open sockets and start processes.",
        hint: "Write functions in SQL or PL/pgSQL; install untrusted-language code by hand as an administrator",
        hits: ["CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS 'import os; return 1'",
               "CREATE FUNCTION f() RETURNS int AS 'evil.so', 'f' LANGUAGE c", "DO LANGUAGE plperlu $$ system('id') $$",
               "CREATE LANGUAGE alt_lang HANDLER plpgsql_call_handler", "CREATE LANGUAGE plpython3u", "CREATE EXTENSION plperlu"],
        misses: ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "DO $$ BEGIN NULL; END $$", "CREATE EXTENSION pgcrypto"])

    var nodeTypes: [NodeType] {
        [NodeType("CreateFunctionStmt"), NodeType("DoStmt"), NodeType("CreatePLangStmt"), NodeType("CreateExtensionStmt")]
    }

    /// Untrusted languages as extensions install them (`CREATE LANGUAGE plpython3u` without a handler
    /// is parsed as `CREATE EXTENSION plpython3u`).
    static let untrustedExtensions: Set<String> = ["plpythonu", "plpython2u", "plpython3u", "plperlu", "pltclu", "plsh", "plr", "pljavau"]

    /// Languages known to be trusted; any other is treated as untrusted.
    static let trusted: Set<String> = BodyAnalyzer.analyzedLanguages.union(BodyAnalyzer.opaqueTrustedLanguages)

    func inspect(_ node: Node, in context: inout RuleContext) {
        if node.type.name == "CreatePLangStmt" {
            let name = node.string("plname") ?? "?"
            context.report(Self.descriptor, "CREATE LANGUAGE \(name) installs a procedural language handler", objects: [name])
            return
        }
        if node.type.name == "CreateExtensionStmt" {
            let name = node.string("extname") ?? ""
            guard Self.untrustedExtensions.contains(name) else { return }
            context.report(Self.descriptor, "\(name) is an untrusted language: its functions run with the server's operating-system privileges", objects: [name])
            return
        }
        let options = node.list(node.type.name == "DoStmt" ? "args" : "options")
        guard let language = DynamicSQLRule.language(of: node, options: options), !Self.trusted.contains(language) else { return }
        let what = node.type.name == "DoStmt" ? "DO block" : "Function " + node.list("funcname").compactMap(\.stringValue).joined(separator: ".")
        context.report(Self.descriptor, "\(what) is written in \(language), which runs with the server's operating-system privileges",
                       objects: [language])
    }
}
