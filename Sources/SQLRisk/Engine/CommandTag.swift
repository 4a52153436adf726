/// PostgreSQL's command tag for a statement (what `psql` prints after running it), following
/// `CreateCommandTag` in PostgreSQL 15's `utility.c`. Used as `kind` in reports.
enum CommandTag {
    static func of(_ statement: Node) -> String {
        if let fixed = fixedTagsByType[Int(statement.type.id)] { return fixed }
        let type = statement.type.name
        switch type {
        case "SelectStmt":
            return statement.has("intoClause") ? "SELECT INTO" : "SELECT"
        case "TransactionStmt":
            switch statement.string("kind") ?? "" {
            case "TRANS_STMT_BEGIN": return "BEGIN"
            case "TRANS_STMT_START": return "START TRANSACTION"
            case "TRANS_STMT_COMMIT": return "COMMIT"
            case "TRANS_STMT_ROLLBACK", "TRANS_STMT_ROLLBACK_TO": return "ROLLBACK"
            case "TRANS_STMT_SAVEPOINT": return "SAVEPOINT"
            case "TRANS_STMT_RELEASE": return "RELEASE"
            case "TRANS_STMT_PREPARE": return "PREPARE TRANSACTION"
            case "TRANS_STMT_COMMIT_PREPARED": return "COMMIT PREPARED"
            case "TRANS_STMT_ROLLBACK_PREPARED": return "ROLLBACK PREPARED"
            default: return "TRANSACTION"
            }
        case "DropStmt": return "DROP " + objectName(statement.string("removeType"))
        case "AlterTableStmt", "AlterTableMoveAllStmt": return "ALTER " + objectName(statement.string("objtype") ?? "OBJECT_TABLE")
        case "AlterObjectSchemaStmt", "AlterOwnerStmt", "AlterObjectDependsStmt":
            return "ALTER " + objectName(statement.string("objectType"))
        case "RenameStmt":
            let renamed = statement.string("renameType") ?? ""
            switch renamed {
            case "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT": return "ALTER " + objectName(statement.string("relationType"))
            case "OBJECT_ATTRIBUTE": return "ALTER TYPE"
            case "OBJECT_DOMCONSTRAINT": return "ALTER DOMAIN"
            default: return "ALTER " + objectName(renamed)
            }
        case "AlterFunctionStmt": return "ALTER " + objectName(statement.string("objtype") ?? "OBJECT_FUNCTION")
        case "GrantStmt", "GrantRoleStmt": return statement.bool("is_grant") ? "GRANT" : "REVOKE"
        case "DefineStmt": return "CREATE " + objectName(statement.string("kind"))
        case "CreateFunctionStmt": return statement.bool("is_procedure") ? "CREATE PROCEDURE" : "CREATE FUNCTION"
        case "CreateTableAsStmt":
            if statement.bool("is_select_into") { return "SELECT INTO" }
            return statement.string("objtype") == "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS"
        case "VacuumStmt": return statement.bool("is_vacuumcmd") ? "VACUUM" : "ANALYZE"
        case "VariableSetStmt":
            let kind = statement.string("kind") ?? ""
            return kind == "VAR_RESET" || kind == "VAR_RESET_ALL" ? "RESET" : "SET"
        case "DiscardStmt":
            switch statement.string("target") ?? "" {
            case "DISCARD_PLANS": return "DISCARD PLANS"
            case "DISCARD_SEQUENCES": return "DISCARD SEQUENCES"
            case "DISCARD_TEMP": return "DISCARD TEMP"
            default: return "DISCARD ALL"
            }
        case "FetchStmt": return statement.bool("ismove") ? "MOVE" : "FETCH"
        case "ClosePortalStmt": return statement.has("portalname") ? "CLOSE CURSOR" : "CLOSE CURSOR ALL"
        case "DeallocateStmt": return statement.has("name") ? "DEALLOCATE" : "DEALLOCATE ALL"
        default:
            return statement.type == .unknown ? "UNKNOWN" : type
        }
    }

    /// `OBJECT_MATVIEW` → `MATERIALIZED VIEW`, `OBJECT_TABLE` → `TABLE`.
    static func objectName(_ objectType: String?) -> String {
        guard let objectType else { return "OBJECT" }
        let bare = objectType.hasPrefix("OBJECT_") ? String(objectType.dropFirst(7)) : objectType
        return objectNames[bare] ?? bare.replacingUnderscores()
    }

    private static let objectNames: [String: String] = [
        "MATVIEW": "MATERIALIZED VIEW", "FOREIGN_SERVER": "SERVER", "FDW": "FOREIGN DATA WRAPPER",
        "TSPARSER": "TEXT SEARCH PARSER", "TSDICTIONARY": "TEXT SEARCH DICTIONARY",
        "TSTEMPLATE": "TEXT SEARCH TEMPLATE", "TSCONFIGURATION": "TEXT SEARCH CONFIGURATION",
        "OPCLASS": "OPERATOR CLASS", "OPFAMILY": "OPERATOR FAMILY", "STATISTIC_EXT": "STATISTICS",
        "LARGEOBJECT": "LARGE OBJECT", "TABCONSTRAINT": "TABLE", "DOMCONSTRAINT": "DOMAIN",
        "USER_MAPPING": "USER MAPPING", "PUBLICATION_NAMESPACE": "PUBLICATION", "PUBLICATION_REL": "PUBLICATION",
    ]

    /// `fixedTags` indexed by node type id: every statement asks, and an array lookup needs no String hash.
    private static let fixedTagsByType: [String?] = [nil, nil] + NodeType.names.map { fixedTags[$0] }

    private static let fixedTags: [String: String] = [
        "InsertStmt": "INSERT", "DeleteStmt": "DELETE", "UpdateStmt": "UPDATE", "MergeStmt": "MERGE",
        "DeclareCursorStmt": "DECLARE CURSOR", "CreateDomainStmt": "CREATE DOMAIN", "CreateSchemaStmt": "CREATE SCHEMA",
        "CreateStmt": "CREATE TABLE", "CreateTableSpaceStmt": "CREATE TABLESPACE", "DropTableSpaceStmt": "DROP TABLESPACE",
        "AlterTableSpaceOptionsStmt": "ALTER TABLESPACE", "CreateExtensionStmt": "CREATE EXTENSION",
        "AlterExtensionStmt": "ALTER EXTENSION", "AlterExtensionContentsStmt": "ALTER EXTENSION",
        "CreateFdwStmt": "CREATE FOREIGN DATA WRAPPER", "AlterFdwStmt": "ALTER FOREIGN DATA WRAPPER",
        "CreateForeignServerStmt": "CREATE SERVER", "AlterForeignServerStmt": "ALTER SERVER",
        "CreateUserMappingStmt": "CREATE USER MAPPING", "AlterUserMappingStmt": "ALTER USER MAPPING",
        "DropUserMappingStmt": "DROP USER MAPPING", "CreateForeignTableStmt": "CREATE FOREIGN TABLE",
        "ImportForeignSchemaStmt": "IMPORT FOREIGN SCHEMA", "TruncateStmt": "TRUNCATE TABLE", "CommentStmt": "COMMENT",
        "SecLabelStmt": "SECURITY LABEL", "CopyStmt": "COPY", "AlterDomainStmt": "ALTER DOMAIN",
        "AlterDefaultPrivilegesStmt": "ALTER DEFAULT PRIVILEGES", "CompositeTypeStmt": "CREATE TYPE",
        "CreateEnumStmt": "CREATE TYPE", "CreateRangeStmt": "CREATE TYPE", "AlterEnumStmt": "ALTER TYPE",
        "ViewStmt": "CREATE VIEW", "IndexStmt": "CREATE INDEX", "RuleStmt": "CREATE RULE", "CreateSeqStmt": "CREATE SEQUENCE",
        "AlterSeqStmt": "ALTER SEQUENCE", "DoStmt": "DO", "CreatedbStmt": "CREATE DATABASE", "AlterDatabaseStmt": "ALTER DATABASE",
        "AlterDatabaseSetStmt": "ALTER DATABASE", "AlterDatabaseRefreshCollStmt": "ALTER DATABASE", "DropdbStmt": "DROP DATABASE",
        "NotifyStmt": "NOTIFY", "ListenStmt": "LISTEN", "UnlistenStmt": "UNLISTEN", "LoadStmt": "LOAD", "CallStmt": "CALL",
        "ClusterStmt": "CLUSTER", "ExplainStmt": "EXPLAIN", "RefreshMatViewStmt": "REFRESH MATERIALIZED VIEW",
        "AlterSystemStmt": "ALTER SYSTEM", "VariableShowStmt": "SHOW", "CreateTransformStmt": "CREATE TRANSFORM",
        "CreateTrigStmt": "CREATE TRIGGER", "CreateEventTrigStmt": "CREATE EVENT TRIGGER", "AlterEventTrigStmt": "ALTER EVENT TRIGGER",
        "CreatePLangStmt": "CREATE LANGUAGE", "CreateRoleStmt": "CREATE ROLE", "AlterRoleStmt": "ALTER ROLE",
        "AlterRoleSetStmt": "ALTER ROLE", "DropRoleStmt": "DROP ROLE", "DropOwnedStmt": "DROP OWNED",
        "ReassignOwnedStmt": "REASSIGN OWNED", "LockStmt": "LOCK TABLE", "ConstraintsSetStmt": "SET CONSTRAINTS",
        "CheckPointStmt": "CHECKPOINT", "ReindexStmt": "REINDEX", "CreateConversionStmt": "CREATE CONVERSION",
        "CreateCastStmt": "CREATE CAST", "CreateOpClassStmt": "CREATE OPERATOR CLASS", "CreateOpFamilyStmt": "CREATE OPERATOR FAMILY",
        "AlterOpFamilyStmt": "ALTER OPERATOR FAMILY", "AlterOperatorStmt": "ALTER OPERATOR", "AlterTypeStmt": "ALTER TYPE",
        "AlterTSDictionaryStmt": "ALTER TEXT SEARCH DICTIONARY", "AlterTSConfigurationStmt": "ALTER TEXT SEARCH CONFIGURATION",
        "CreatePolicyStmt": "CREATE POLICY", "AlterPolicyStmt": "ALTER POLICY", "CreateAmStmt": "CREATE ACCESS METHOD",
        "CreatePublicationStmt": "CREATE PUBLICATION", "AlterPublicationStmt": "ALTER PUBLICATION",
        "CreateSubscriptionStmt": "CREATE SUBSCRIPTION", "AlterSubscriptionStmt": "ALTER SUBSCRIPTION",
        "DropSubscriptionStmt": "DROP SUBSCRIPTION", "AlterCollationStmt": "ALTER COLLATION", "PrepareStmt": "PREPARE",
        "ExecuteStmt": "EXECUTE", "CreateStatsStmt": "CREATE STATISTICS", "AlterStatsStmt": "ALTER STATISTICS",
        "ReturnStmt": "RETURN", "PLAssignStmt": "SELECT",
    ]
}

extension String {
    /// `FOREIGN_TABLE` → `FOREIGN TABLE`, on the UTF-8 bytes (mapping Characters cost ~3,500 instructions a call).
    func replacingUnderscores() -> String { String(decoding: utf8.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self) }
}
