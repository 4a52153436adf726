/// What each `ALTER TABLE` subcommand (`AlterTableCmd.subtype`) does to data, for the rules that
/// share them out.
enum AlterTableCommands {
    enum Effect {
        /// Additive or reversible: schema-change.
        case additive
        case dropColumn, dropConstraint, alterColumnType
        /// Switches a guard off (row security, triggers, rules): guard-setting.
        case disablesGuard
        /// Hands the table to another role: privilege-change.
        case changesOwner
        /// A subcommand this table does not know: fail closed.
        case unknown
    }

    static func effect(of subtype: String) -> Effect {
        switch subtype {
        case "AT_DropColumn", "AT_DropColumnRecurse": .dropColumn
        case "AT_DropConstraint", "AT_DropConstraintRecurse": .dropConstraint
        case "AT_AlterColumnType": .alterColumnType
        case "AT_DisableRowSecurity", "AT_NoForceRowSecurity", "AT_DisableTrig", "AT_DisableTrigAll", "AT_DisableTrigUser",
             "AT_DisableRule", "AT_EnableReplicaTrig", "AT_EnableReplicaRule":
            .disablesGuard
        case "AT_ChangeOwner": .changesOwner
        case _ where additive.contains(subtype): .additive
        default: .unknown
        }
    }

    private static let additive: Set<String> = [
        "AT_AddColumn", "AT_AddColumnRecurse", "AT_AddColumnToView", "AT_ColumnDefault", "AT_CookedColumnDefault",
        "AT_DropNotNull", "AT_SetNotNull", "AT_DropExpression", "AT_CheckNotNull", "AT_SetStatistics", "AT_SetOptions",
        "AT_ResetOptions", "AT_SetStorage", "AT_SetCompression", "AT_AddIndex", "AT_ReAddIndex", "AT_AddConstraint",
        "AT_AddConstraintRecurse", "AT_ReAddConstraint", "AT_ReAddDomainConstraint", "AT_AlterConstraint",
        "AT_ValidateConstraint", "AT_ValidateConstraintRecurse", "AT_AddIndexConstraint", "AT_ReAddComment",
        "AT_AlterColumnGenericOptions", "AT_ClusterOn", "AT_DropCluster", "AT_SetLogged", "AT_SetUnLogged", "AT_DropOids",
        "AT_SetAccessMethod", "AT_SetTableSpace", "AT_SetRelOptions", "AT_ResetRelOptions", "AT_ReplaceRelOptions",
        "AT_EnableTrig", "AT_EnableAlwaysTrig", "AT_EnableTrigAll", "AT_EnableTrigUser", "AT_EnableRule",
        "AT_EnableAlwaysRule", "AT_AddInherit", "AT_DropInherit", "AT_AddOf", "AT_DropOf", "AT_ReplicaIdentity",
        "AT_EnableRowSecurity", "AT_ForceRowSecurity", "AT_GenericOptions", "AT_AttachPartition", "AT_DetachPartition",
        "AT_DetachPartitionFinalize", "AT_AddIdentity", "AT_SetIdentity", "AT_DropIdentity", "AT_ReAddStatistics",
    ]

    /// The subcommands of an `AlterTableStmt` with the given effect, and the table they alter.
    static func commands(of statement: Node, with effect: Effect) -> (table: String, commands: [Node]) {
        let table = Names.relation(statement.field("relation")) ?? "?"
        return (table, statement.list("cmds").filter { Self.effect(of: $0.string("subtype") ?? "") == effect })
    }
}
