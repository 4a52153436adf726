/// GRANT, REVOKE, default privileges and ownership changes.
struct PrivilegeChangeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "privilege-change", level: .critical,
        summary: "GRANT, REVOKE, ALTER DEFAULT PRIVILEGES, OWNER TO, REASSIGN OWNED or CREATE SCHEMA AUTHORIZATION",
        rationale: "Changing who may do what escapes every other guard: a GRANT to PUBLIC or a new owner outlives the session that made it.",
        hint: "Manage privileges through reviewed migrations run by an administrator",
        hits: ["GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC", "REVOKE SELECT ON t FROM bob", "GRANT admin TO agent",
               "ALTER TABLE t OWNER TO bob", "ALTER FUNCTION f() OWNER TO bob", "REASSIGN OWNED BY a TO b",
               "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO bob", "CREATE SCHEMA s AUTHORIZATION bob",
               "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER AS 'DELETE FROM audit_log'",
               "CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN TRUNCATE audit_log; END $$",
               "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER BEGIN ATOMIC DELETE FROM audit_log; END"],
        misses: ["SELECT * FROM grants", "CREATE SCHEMA s", "ALTER TABLE t RENAME TO u",
                 "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'",
                 "CREATE FUNCTION f() RETURNS void LANGUAGE sql SECURITY INVOKER AS 'DELETE FROM t'"])

    var nodeTypes: [NodeType] {
        ["GrantStmt", "GrantRoleStmt", "AlterDefaultPrivilegesStmt", "AlterOwnerStmt", "ReassignOwnedStmt", "CreateSchemaStmt",
         "AlterTableStmt", "CreateFunctionStmt"].map(NodeType.init)
    }

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "GrantStmt":
            let verb = node.bool("is_grant") ? "GRANT gives" : "REVOKE takes"
            let privileges = node.list("privileges").compactMap { $0.string("priv_name")?.uppercased() }
            let what = privileges.isEmpty ? "ALL privileges" : Names.list(privileges)
            let objects = Names.objects(node.list("objects"))
            let grantees = node.list("grantees").compactMap { Names.role($0) }
            context.report(Self.descriptor, "\(verb) \(what) on \(objects.isEmpty ? CommandTag.objectName(node.string("objtype")).lowercased() : Names.list(objects)) \(node.bool("is_grant") ? "to" : "from") \(Names.list(grantees))",
                           objects: objects + grantees)
        case "GrantRoleStmt":
            let roles = node.list("granted_roles").compactMap { $0.string("priv_name") }
            let grantees = node.list("grantee_roles").compactMap { Names.role($0) }
            let verb = node.bool("is_grant") ? "GRANT makes \(Names.list(grantees)) a member of" : "REVOKE removes \(Names.list(grantees)) from"
            context.report(Self.descriptor, "\(verb) role \(Names.list(roles))", objects: roles + grantees)
        case "AlterDefaultPrivilegesStmt":
            context.report(Self.descriptor, "ALTER DEFAULT PRIVILEGES changes the privileges of every object created from now on")
        case "AlterOwnerStmt":
            let owner = Names.role(node.field("newowner")) ?? "?"
            let object = node.field("object").flatMap(Names.object) ?? Names.relation(node.field("relation")) ?? "?"
            context.report(Self.descriptor, "OWNER TO hands \(object) to \(owner), who gets every privilege on it", objects: [object, owner])
        case "ReassignOwnedStmt":
            let from = node.list("roles").compactMap { Names.role($0) }
            let to = Names.role(node.field("newrole")) ?? "?"
            context.report(Self.descriptor, "REASSIGN OWNED hands every object of \(Names.list(from)) to \(to)", objects: from + [to])
        case "CreateSchemaStmt":
            guard let owner = Names.role(node.field("authrole")) else { return }
            context.report(Self.descriptor, "CREATE SCHEMA ... AUTHORIZATION makes \(owner) the owner of the new schema", objects: [owner])
        case "AlterTableStmt":
            let (table, commands) = AlterTableCommands.commands(of: node, with: .changesOwner)
            for command in commands {
                let owner = Names.role(command.field("newowner")) ?? "?"
                context.report(Self.descriptor, "OWNER TO hands \(table) to \(owner), who gets every privilege on it", objects: [table, owner])
            }
        case "CreateFunctionStmt":
            // Every role may EXECUTE a new function (PUBLIC has the privilege by default), and a SECURITY
            // DEFINER one runs with its owner's privileges: a destructive body becomes anyone's to run.
            guard let security = DefElems.find("security", in: node.list("options")), DefElems.boolean(security) else { return }
            let name = node.list("funcname").compactMap(\.stringValue).joined(separator: ".")
            context.reportWhenSubtreeReaches(.destructive, Self.descriptor,
                                             "SECURITY DEFINER function \(name) lets every caller run its destructive body with its owner's privileges",
                                             subtree: node, objects: [name])
        default:
            break
        }
    }
}
