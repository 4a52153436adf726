/// SQL that cannot be resolved statically: `EXECUTE` of a computed string in a DO block or function
/// body, bodies in languages SQLRisk cannot read, functions that run SQL given as text. Also where the
/// statements inside DO blocks and function bodies are classified.
struct DynamicSQLRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "dynamic-sql", level: .critical,
        summary: "SQL built at run time (EXECUTE of a computed string, query_to_xml, opaque function bodies) that cannot be checked",
        rationale: "EXECUTE format('DROP TABLE %I', t) can run anything; what is only known at run time cannot be judged before it runs.",
        hint: "Write the statement out in full, or run dynamic SQL only through reviewed code",
        hits: ["DO $$ BEGIN EXECUTE format('DROP TABLE %I', tbl); END $$",
               "CREATE FUNCTION f(q text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE q; END $$",
               "SELECT query_to_xml('DELETE FROM t RETURNING 1', true, false, '')",
               "CREATE FUNCTION f() RETURNS int LANGUAGE plperl AS 'return 1'"],
        misses: ["DO $$ BEGIN RAISE NOTICE 'hello'; END $$", "DO $$ BEGIN EXECUTE 'SELECT 1'; END $$",
                 "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"])

    var nodeTypes: [NodeType] { [NodeType("DoStmt"), NodeType("CreateFunctionStmt")] + FunctionCalls.nodeTypes }

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "DoStmt":
            inspectDo(node, in: &context)
        case "CreateFunctionStmt":
            inspectFunction(node, in: &context)
        default:
            guard let call = context.functionCall(at: node), call.effect == .dynamicSQL else { return }
            context.report(Self.descriptor, "The statement \(FunctionCalls.describe(call)), which runs SQL given as text",
                           location: call.location, objects: [call.qualifiedName])
        }
    }

    /// The language of a DO block or function: an explicit LANGUAGE, else plpgsql for DO and sql for BEGIN ATOMIC.
    static func language(of node: Node, options: [Node]) -> String? {
        if let option = DefElems.find("language", in: options) { return DefElems.string(option)?.lowercased() }
        if node.type.name == "DoStmt" { return "plpgsql" }
        return node.has("sql_body") ? "sql" : nil
    }

    private func inspectDo(_ node: Node, in context: inout RuleContext) {
        let options = node.list("args")
        let language = Self.language(of: node, options: options) ?? "plpgsql"
        let location = context.statementRange.lowerBound
        guard language == "plpgsql" else {
            if BodyAnalyzer.opaqueTrustedLanguages.contains(language) {
                context.report(Self.descriptor, "DO block in \(language): SQLRisk cannot read what it runs", objects: [language])
            }
            return   // untrusted languages: untrusted-language reports them
        }
        let body = DefElems.find("as", in: options).flatMap(DefElems.string) ?? ""
        report(BodyAnalyzer.doBlock(body, at: location, in: context), what: "DO block", span: context.statementRange, in: &context)
    }

    private func inspectFunction(_ node: Node, in context: inout RuleContext) {
        let options = node.list("options")
        let name = node.list("funcname").compactMap(\.stringValue).joined(separator: ".")
        guard let language = Self.language(of: node, options: options) else { return }
        let bodyOption = DefElems.find("as", in: options)
        let location = bodyOption?.location ?? context.statementRange.lowerBound
        switch language {
        case "sql":
            // BEGIN ATOMIC bodies are part of the tree and walked with it; AS '...' bodies are text.
            guard let body = bodyOption.flatMap(DefElems.string) else { return }
            report(BodyAnalyzer.sqlBody(body, at: location, in: context), what: "function \(name)", span: bodySpan(bodyOption, in: context), in: &context)
        case "plpgsql":
            // libpg_query asserts (aborting the process) when a CREATE FUNCTION reaching its PL/pgSQL
            // parser has no AS body (`RETURN expr`, `BEGIN ATOMIC`); PostgreSQL rejects those for
            // plpgsql anyway, and a BEGIN ATOMIC body is walked as part of the tree.
            guard bodyOption != nil else { return }
            let statement = Array(context.sql[context.statementRange])
            report(BodyAnalyzer.plpgsql(functionSQL: statement, at: location, in: context), what: "function \(name)",
                   span: bodySpan(bodyOption, in: context), in: &context)
        case _ where BodyAnalyzer.opaqueTrustedLanguages.contains(language):
            context.report(Self.descriptor, "Function \(name) is written in \(language), whose body can run any SQL that SQLRisk cannot read",
                           location: location, objects: [name, language])
        default:
            break
        }
    }

    private func report(_ result: BodyAnalyzer.Result, what: String, span: Range<Int>, in context: inout RuleContext) {
        context.include(result.findings, covering: span)
        for part in result.unresolved {
            context.report(Self.descriptor, "The \(what) runs SQL built at run time (\(part)), which cannot be checked before it runs",
                           location: span.lowerBound, length: span.count, objects: [part])
        }
    }

    /// The body literal of `AS 'body'` (the option's location points at `AS`); the statement when unknown.
    private func bodySpan(_ option: Node?, in context: RuleContext) -> Range<Int> {
        guard let start = option?.location, context.statementRange.contains(start) else { return context.statementRange }
        var lexer = SQLLexer(context.sql, from: start, to: context.statementRange.upperBound)
        guard var token = lexer.next() else { return context.statementRange }
        if token.kind == .word, context.text(token.start, token.end).lowercased() == "as", let literal = lexer.next() { token = literal }
        return token.start..<token.end
    }
}
