/// Roles and the session's identity.
struct RoleChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "role-change", level: .critical,
        summary: "CREATE/ALTER/DROP ROLE, USER or GROUP, SET ROLE, SET SESSION AUTHORIZATION",
        rationale: "Creating roles, raising them to SUPERUSER or switching the session's identity escapes the privileges the caller was given.",
        hint: "Manage roles by hand as an administrator; connect as the role you need instead of switching",
        hits: ["ALTER ROLE agent SUPERUSER", "CREATE USER bob PASSWORD 'x'", "DROP ROLE bob", "SET ROLE postgres", "RESET ROLE",
               "SET SESSION AUTHORIZATION postgres", "ALTER ROLE bob SET search_path = app",
               "SET \"ROLE\" = admin", "RESET \"ROLE\"", "SET \"Session_Authorization\" = postgres", "SET LOCAL \"Role\" TO admin"],
        misses: ["SELECT current_user", "SET search_path = app", "SELECT * FROM roles"])

    var nodeTypes: [NodeType] {
        ["CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "DropRoleStmt", "VariableSetStmt", "RenameStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "CreateRoleStmt":
            let name = node.string("role") ?? "?"
            context.report(Self.descriptor, "CREATE ROLE creates role \(name)", objects: [name])
        case "AlterRoleStmt", "AlterRoleSetStmt":
            let name = Names.role(node.field("role")) ?? "ALL"
            let options = node.list("options").compactMap { $0.string("defname") }
            let detail = options.isEmpty ? "" : " (\(options.joined(separator: ", ")))"
            context.report(Self.descriptor, "ALTER ROLE changes role \(name)\(detail)", objects: [name])
        case "DropRoleStmt":
            let names = node.list("roles").compactMap { Names.role($0) }
            context.report(Self.descriptor, "DROP ROLE removes role \(Names.list(names))", objects: names)
        case "VariableSetStmt":
            let name = SettingNames.fold(node.string("name") ?? "")
            guard SettingNames.isIdentity(name) else { return }
            let verb = node.string("kind") == "VAR_RESET" ? "RESET" : "SET"
            let value = name == "role" ? "ROLE" : "SESSION AUTHORIZATION"
            context.report(Self.descriptor, "\(verb) \(value) switches the identity the session acts as", objects: [name])
        case "RenameStmt":
            guard node.string("renameType") == "OBJECT_ROLE" else { return }
            let name = node.string("subname") ?? "?"
            context.report(Self.descriptor, "ALTER ROLE ... RENAME renames role \(name)", objects: [name])
        default:
            break
        }
    }
}
