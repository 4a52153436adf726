/// Definitions that bind a function or a program to run later: the support functions of aggregates,
/// operators, types, ranges, casts, operator classes, conversions and transforms, trigger and event
/// trigger functions, planner support functions, and the `program`/`filename` options of a foreign
/// table (file_fdw). Binding `pg_read_file` as an aggregate's SFUNC is as bad as calling it: every use
/// of the aggregate does (SPEC §1, definitions that arm a later action).
struct ArmedDefinitionRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "armed-definition", level: .destructive,
        summary: "A definition that binds a server, dynamic-SQL or destructive function (or a program or server file) to run whenever it is used",
        rationale: "CREATE AGGREGATE ... (SFUNC = dblink_exec), CREATE CAST ... WITH FUNCTION pg_read_file or a file_fdw foreign table with OPTIONS (program '...') look like schema changes, but any later query that uses the object runs what it binds.",
        hint: "Bind only reviewed functions; create such objects by hand as an administrator",
        hits: ["CREATE AGGREGATE leak(text) (SFUNC = pg_read_file, STYPE = text)",
               "CREATE OPERATOR === (FUNCTION = dblink_exec, LEFTARG = text, RIGHTARG = text)",
               "CREATE CAST (text AS bytea) WITH FUNCTION pg_read_binary_file(text)",
               "CREATE TYPE t (INPUT = lo_import, OUTPUT = textout)",
               "CREATE FOREIGN TABLE ft (line text) SERVER files OPTIONS (program 'cat /etc/passwd')",
               "ALTER FOREIGN TABLE ft OPTIONS (SET filename '/etc/passwd')",
               "CREATE AGGREGATE gone(oid) (SFUNC = int4pl, STYPE = int, FINALFUNC = lo_unlink)",
               "ALTER OPERATOR === (text, text) SET (RESTRICT = pg_read_file)", "ALTER FUNCTION f(int) SUPPORT pg_read_file"],
        misses: ["CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int)", "CREATE CAST (text AS mood) WITH INOUT",
                 "CREATE OPERATOR === (FUNCTION = texteq, LEFTARG = text, RIGHTARG = text)",
                 "CREATE FOREIGN TABLE ft (a int) SERVER remote OPTIONS (table_name 'a')",
                 "CREATE TRIGGER t BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION app.audit()"],
        levelFollowsInner: true)

    var nodeTypes: [NodeType] {
        ["DefineStmt", "AlterOperatorStmt", "AlterTypeStmt", "CreateRangeStmt", "CreateFunctionStmt", "AlterFunctionStmt", "CreateCastStmt",
         "CreateTrigStmt", "CreateEventTrigStmt", "CreateConversionStmt", "CreateOpClassItem", "CreateTransformStmt",
         "CreateForeignTableStmt", "AlterTableStmt"].map(NodeType.init)
    }

    /// DefElem names whose value is a function that the object calls.
    private static let functionOptions: Set<String> = [
        "sfunc", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc",   // aggregates
        "function", "procedure", "restrict", "join",                                                              // operators
        "input", "output", "receive", "send", "typmod_in", "typmod_out", "analyze", "subscript",                  // base types
        "canonical", "subtype_diff", "support",                                                                   // ranges, functions
        "start", "gettoken", "end", "headline", "lextypes", "init", "lexize",                                     // text search
    ]

    func inspect(_ node: Node, in context: inout RuleContext) {
        let tag = CommandTag.of(node)
        switch node.type.name {
        case "DefineStmt", "AlterOperatorStmt", "AlterTypeStmt", "CreateRangeStmt", "CreateFunctionStmt", "AlterFunctionStmt":
            let field: StaticString = switch node.type.name {
            case "DefineStmt": "definition"
            case "CreateRangeStmt": "params"
            case "AlterFunctionStmt": "actions"
            default: "options"
            }
            let options = node.list(field)
            for option in options {
                guard let defname = option.string("defname"), Self.functionOptions.contains(defname), let arg = option.field("arg") else { continue }
                let parts = arg.type.name == "TypeName" ? arg.list("names").compactMap(\.stringValue) : arg.items.compactMap(\.stringValue)
                report(parts, as: defname.uppercased(), in: tag, at: option.location, in: &context)
            }
        case "CreateCastStmt":
            report(node.field("func")?.list("objname").compactMap(\.stringValue) ?? [], as: "WITH FUNCTION", in: tag, at: nil, in: &context)
        case "CreateTrigStmt", "CreateEventTrigStmt":
            report(node.list("funcname").compactMap(\.stringValue), as: "EXECUTE FUNCTION", in: tag, at: nil, in: &context)
        case "CreateConversionStmt":
            report(node.list("func_name").compactMap(\.stringValue), as: "FROM", in: tag, at: nil, in: &context)
        case "CreateOpClassItem":
            guard node.int("itemtype") == 2 else { return }   // OPCLASS_ITEM_FUNCTION
            report(node.field("name")?.list("objname").compactMap(\.stringValue) ?? [], as: "FUNCTION", in: "CREATE OPERATOR CLASS", at: nil, in: &context)
        case "CreateTransformStmt":
            for field: StaticString in ["fromsql", "tosql"] {
                report(node.field(field)?.list("objname").compactMap(\.stringValue) ?? [], as: "WITH FUNCTION", in: tag, at: nil, in: &context)
            }
        case "CreateForeignTableStmt":
            reportFileOptions(node.list("options"), table: Names.relation(node.field("base")?.field("relation")) ?? "?", in: &context)
        case "AlterTableStmt":
            guard node.string("objtype") == "OBJECT_FOREIGN_TABLE" else { return }
            let table = Names.relation(node.field("relation")) ?? "?"
            for command in node.list("cmds") where command.string("subtype") == "AT_GenericOptions" {
                reportFileOptions(command.field("def")?.items ?? [], table: table, in: &context)
            }
        default:
            break
        }
    }

    /// Reports a bound function whose effect is above `schema`.
    private func report(_ parts: [String], as role: String, in statement: String, at location: Int?, in context: inout RuleContext) {
        guard let name = parts.last else { return }
        let schema = parts.count > 1 ? parts[parts.count - 2] : nil
        let qualified = parts.suffix(2).joined(separator: ".")
        let consequence: String, level: RiskLevel
        switch FunctionCatalogue.effect(of: name, schema: schema) {
        case .server: (consequence, level) = ("which acts on the server outside the database", .critical)
        case .dynamicSQL: (consequence, level) = ("which runs SQL given as text", .critical)
        case .destructive: (consequence, level) = ("which destroys data for good", .destructive)
        default: return
        }
        context.report(Self.descriptor, "\(statement) binds \(qualified) as \(role): every use of the object calls it, \(consequence)",
                       location: location, objects: [qualified], level: level)
    }

    /// file_fdw's `program` runs a command and `filename` reads a server file each time the table is read
    /// (a repeated option: every occurrence counts, the worst reading).
    private func reportFileOptions(_ options: [Node], table: String, in context: inout RuleContext) {
        for option in options where option.string("defaction") != "DEFELEM_DROP" {
            guard let defname = option.string("defname"), defname == "program" || defname == "filename" else { continue }
            let value = DefElems.string(option) ?? "?"
            let what = defname == "program" ? "runs program '\(value)' on the database server" : "reads server file \(value)"
            context.report(Self.descriptor, "Foreign table \(table) \(what) every time it is read (file_fdw OPTIONS \(defname))",
                           location: option.location, objects: [table, value], level: .critical)
        }
    }
}
