/// Looks inside code that runs later or elsewhere: SQL function bodies, PL/pgSQL bodies and DO blocks.
/// Every SQL statement and expression inside is classified; `EXECUTE` of a constant string is
/// classified as the SQL it runs; anything computed is reported as unresolved.
enum BodyAnalyzer {
    struct Result {
        var findings: [Finding] = []
        /// What could not be resolved statically, for the `dynamic-sql` message.
        var unresolved: [String] = []
    }

    /// Languages whose bodies SQLRisk reads.
    static let analyzedLanguages: Set<String> = ["sql", "plpgsql"]
    /// Trusted languages whose bodies can still run any SQL through their SPI bindings.
    static let opaqueTrustedLanguages: Set<String> = ["plperl", "pltcl", "plv8", "plls", "plcoffee", "pljava", "plrust", "plprql"]

    /// A `LANGUAGE sql` body: plain SQL statements.
    static func sqlBody(_ body: String, at location: Int, in context: RuleContext) -> Result {
        Result(findings: context.nestedClassifier.classify(body, location, context.nestedClassifier.depth))
    }

    /// A PL/pgSQL function: `functionSQL` is the whole `CREATE FUNCTION` statement.
    static func plpgsql(functionSQL: [UInt8], at location: Int, in context: RuleContext) -> Result {
        switch PLpgSQLParser.parse(functionSQL) {
        case .failure(let error):
            let finding = Finding(rule: ParseErrorRule.descriptor.id, level: .critical, message: "PL/pgSQL body does not parse: \(error.message)",
                                  hint: ParseErrorRule.descriptor.hint, location: location, length: 0)
            return Result(findings: [finding])
        case .success(let tape):
            return walk(tape, at: location, in: context)
        }
    }

    /// A `DO` block in PL/pgSQL, wrapped as a function so libpg_query's PL/pgSQL parser reads it.
    static func doBlock(_ body: String, at location: Int, in context: RuleContext) -> Result {
        var tag = "$sqlrisk$"
        var counter = 0
        while body.contains(tag) { counter += 1; tag = "$sqlrisk\(counter)$" }
        let wrapped = "CREATE FUNCTION sqlrisk_do_block() RETURNS void LANGUAGE plpgsql AS \(tag)\(body)\(tag)"
        return plpgsql(functionSQL: Array(wrapped.utf8), at: location, in: context)
    }

    private enum Role { case statement, expression, assignment, dynamic }

    private static func walk(_ tape: SyntaxTape, at location: Int, in context: RuleContext) -> Result {
        var roles: [Int: Role] = [:]
        func assign(_ node: Node?, _ role: Role) {
            if let node, node.typeName == "PLpgSQL_expr" { roles[node.index] = role }
        }
        var index = 0
        while index < tape.entries.count {
            if tape.entries[index].type != .none {
                let node = Node(tape: tape, index: index)
                switch node.typeName {
                case "PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors": assign(node.field("query"), .dynamic)
                case "PLpgSQL_stmt_return_query", "PLpgSQL_stmt_open":
                    assign(node.field("dynquery"), .dynamic)
                    assign(node.field("query"), .statement)
                case "PLpgSQL_stmt_execsql": assign(node.field("sqlstmt"), .statement)
                case "PLpgSQL_stmt_fors", "PLpgSQL_stmt_call", "PLpgSQL_stmt_perform":
                    assign(node.field("query"), .statement)
                    assign(node.field("expr"), .statement)
                case "PLpgSQL_stmt_assign": assign(node.field("expr"), .assignment)
                default: break
                }
            }
            index += 1
        }
        var result = Result()
        index = 0
        while index < tape.entries.count {
            if tape.entries[index].type != .none {
                let node = Node(tape: tape, index: index)
                if node.typeName == "PLpgSQL_expr", let query = node.string("query") {
                    classify(query, role: roles[index] ?? .expression, at: location, in: context, into: &result)
                }
            }
            index += 1
        }
        return result
    }

    private static func classify(_ query: String, role: Role, at location: Int, in context: RuleContext, into result: inout Result) {
        let nested = context.nestedClassifier
        switch role {
        case .dynamic:
            if let constant = StringLiterals.constantValue(of: query) {
                result.findings += nested.classify(constant, location, nested.depth)
            } else {
                result.unresolved.append("EXECUTE \(query.count > 60 ? String(query.prefix(57)) + "..." : query)")
            }
        case .statement:
            result.findings += nested.classify(query, location, nested.depth)
        case .assignment:
            result.findings += nested.classify("SELECT " + valueOfAssignment(query), location, nested.depth)
        case .expression:
            result.findings += nested.classify(startsLikeAStatement(query) ? query : "SELECT " + query, location, nested.depth)
        }
    }

    /// `x := f(y)` or `x[1] = f(y)` → `f(y)`.
    private static func valueOfAssignment(_ query: String) -> String {
        let bytes = Array(query.utf8)
        var lexer = SQLLexer(bytes)
        while let token = lexer.next() {
            let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            if token.kind == .operator && (text == ":=" || text == "=") {
                return String(decoding: bytes[token.end...], as: UTF8.self)
            }
        }
        return query
    }

    private static let statementKeywords: Set<String> = ["select", "with", "values", "table", "insert", "update", "delete", "merge"]

    private static func startsLikeAStatement(_ query: String) -> Bool {
        let bytes = Array(query.utf8)
        var lexer = SQLLexer(bytes)
        guard let first = lexer.next(), first.kind == .word else { return false }
        return statementKeywords.contains(String(decoding: bytes[first.start..<first.end], as: UTF8.self).lowercased())
    }
}
