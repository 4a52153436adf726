/// Switching a guard off: read-only transactions, replication role, row security, audit logging,
/// safeupdate, triggers, permissive policies, event triggers, security labels.
struct GuardSettingRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "guard-setting", level: .critical,
        summary: "A statement that switches off a guard: READ WRITE transactions, guard settings, row security, triggers, audit",
        rationale: "Gates often rely on a read-only transaction, row-level security, triggers or audit logging; a statement that turns them off makes every later statement unchecked.",
        hint: "Leave guard settings to the server configuration; do not let automated sessions change them",
        hits: ["BEGIN READ WRITE", "START TRANSACTION READ WRITE", "SET TRANSACTION READ WRITE", "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
               "SET default_transaction_read_only = off", "SET session_replication_role = replica", "SET LOCAL row_security = off",
               "SET log_statement = 'none'", "SET pgaudit.log = 'none'", "SET safeupdate.enabled = 0", "RESET ALL", "DISCARD ALL",
               "ALTER TABLE t DISABLE ROW LEVEL SECURITY", "ALTER TABLE t DISABLE TRIGGER ALL", "ALTER TABLE t NO FORCE ROW LEVEL SECURITY",
               "CREATE POLICY p ON t USING (true)", "ALTER EVENT TRIGGER guard DISABLE", "DROP EVENT TRIGGER guard",
               "SECURITY LABEL ON TABLE t IS 'unclassified'", "SET standard_conforming_strings = off", "SET LOCAL standard_conforming_strings TO 0",
               "SET \"Standard_Conforming_Strings\" = no", "RESET standard_conforming_strings", "SET backslash_quote = on",
               "SET client_encoding = 'SJIS'", "SET \"DEFAULT_TRANSACTION_READ_ONLY\" = off", "BEGIN READ ONLY, READ WRITE",
               "SET TRANSACTION READ ONLY, READ WRITE", "DROP EVENT TRIGGER IF EXISTS guard", "ALTER EVENT TRIGGER guard ENABLE REPLICA"],
        misses: ["BEGIN", "BEGIN READ ONLY", "SET search_path = app", "SET statement_timeout = '5s'", "RESET search_path",
                 "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "CREATE POLICY p ON t USING (owner = current_user)", "SHOW log_statement",
                 "SET standard_conforming_strings = on", "SET standard_conforming_strings TO 'true'", "SET backslash_quote = safe_encoding",
                 "SET client_encoding = 'UTF8'", "SET NAMES 'LATIN1'", "BEGIN READ WRITE, READ ONLY"])

    var nodeTypes: [NodeType] {
        ["TransactionStmt", "VariableSetStmt", "DiscardStmt", "AlterTableStmt", "CreatePolicyStmt", "AlterPolicyStmt",
         "AlterEventTrigStmt", "DropStmt", "SecLabelStmt"].map(NodeType.init)
    }

    /// Settings that guard what a session may do or what gets recorded.
    static func isGuardSetting(_ name: String) -> Bool {
        let name = SettingNames.fold(name)
        return guardSettings.contains(name) || guardPrefixes.contains { name.hasPrefix($0) }
    }

    private static let guardSettings: Set<String> = [
        "default_transaction_read_only", "transaction_read_only", "session_replication_role", "row_security",
        "allow_system_table_mods", "ignore_system_indexes", "zero_damaged_pages", "lo_compat_privileges",
        "session_preload_libraries", "local_preload_libraries",
    ]
    private static let guardPrefixes = ["log_", "pgaudit.", "safeupdate."]

    func inspect(_ node: Node, in context: inout RuleContext) {
        switch node.type.name {
        case "TransactionStmt":
            guard let option = DefElems.readWriteOption(node.list("options")) else { return }
            let span = readWriteSpan(option, in: context)
            context.report(Self.descriptor, "\(CommandTag.of(node)) READ WRITE overrides a read-only default for the transaction",
                           location: span?.lowerBound, length: span?.count, objects: ["transaction_read_only"])
        case "VariableSetStmt":
            inspectSet(node, in: &context)
        case "DiscardStmt":
            guard node.string("target") == "DISCARD_ALL" else { return }
            context.report(Self.descriptor, "DISCARD ALL resets every session setting, guard settings included")
        case "AlterTableStmt":
            let (table, commands) = AlterTableCommands.commands(of: node, with: .disablesGuard)
            for command in commands {
                let what = SQLWords.alterTableCommand(command)
                context.report(Self.descriptor, "ALTER TABLE \(table) \(what) switches off a guard on the table", objects: [table])
            }
        case "CreatePolicyStmt", "AlterPolicyStmt":
            let permissive = node.type.name == "AlterPolicyStmt" || node.bool("permissive")
            guard permissive, ConstantFolding.isAlwaysTrue(node.field("qual")) || ConstantFolding.isAlwaysTrue(node.field("with_check")) else { return }
            let name = node.string("policy_name") ?? "?"
            let table = Names.relation(node.field("table")) ?? "?"
            context.report(Self.descriptor, "Policy \(name) on \(table) admits every row, which defeats row-level security", objects: [name, table])
        case "AlterEventTrigStmt":
            // REPLICA fires only under session_replication_role = replica (off for ordinary sessions);
            // ALWAYS makes a trigger fire where the guards expected it not to.
            let mode = ["D": "DISABLE switches off", "R": "ENABLE REPLICA switches off, for ordinary sessions,",
                        "A": "ENABLE ALWAYS changes where it fires:"][node.string("tgenabled") ?? ""]
            guard let mode else { return }
            let name = node.string("trigname") ?? "?"
            context.report(Self.descriptor, "ALTER EVENT TRIGGER ... \(mode) event trigger \(name), which may guard DDL", objects: [name])
        case "DropStmt":
            guard node.string("removeType") == "OBJECT_EVENT_TRIGGER" else { return }
            let names = Names.objects(node.list("objects"))
            context.report(Self.descriptor, "DROP EVENT TRIGGER removes \(Names.list(names)), which may guard DDL", objects: names)
        case "SecLabelStmt":
            context.report(Self.descriptor, "SECURITY LABEL changes what a label-based security provider lets through")
        default:
            break
        }
    }

    private func inspectSet(_ node: Node, in context: inout RuleContext) {
        let kind = node.string("kind") ?? ""
        let name = node.string("name") ?? ""
        if kind == "VAR_RESET_ALL" {
            context.report(Self.descriptor, "RESET ALL resets every session setting, guard settings included")
        } else if kind == "VAR_SET_MULTI" {
            guard let option = DefElems.readWriteOption(node.list("args")) else { return }
            let span = readWriteSpan(option, in: context)
            context.report(Self.descriptor, "SET \(name) READ WRITE switches off read-only mode", location: span?.lowerBound, length: span?.count,
                           objects: ["transaction_read_only"])
        } else if Self.isGuardSetting(name) {
            let verb = kind == "VAR_RESET" ? "RESET" : "SET"
            context.report(Self.descriptor, "\(verb) \(name) changes a setting that guards the session", objects: [name])
        } else if kind != "VAR_SET_CURRENT",
                  let why = LexerSettings.unsafeChange(name: name, values: kind == "VAR_SET_VALUE" ? node.list("args") : nil) {
            let verb = kind == "VAR_RESET" ? "RESET" : "SET"
            context.report(Self.descriptor, "\(verb) \(name) \(why): later SQL would not be read as SQLRisk reads it",
                           objects: [SettingNames.fold(name)])
        }
    }

    /// The words `READ WRITE` of the deciding option.
    private func readWriteSpan(_ option: Node, in context: RuleContext) -> Range<Int>? {
        guard let start = option.location, context.statementRange.contains(start) else { return nil }
        return ConstructSpan.tokens(2, at: start, in: context.sql, limit: context.statementRange.upperBound)
    }
}
