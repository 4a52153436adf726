/// Every rule SQLRisk has, in the order they are documented. Adding a rule means adding it here.
public enum RuleRegistry {
    static let rules: [any Rule] = [
        ParseErrorRule(), InputTooLargeRule(), NestingTooDeepRule(), TooManyStatementsRule(), InternalErrorRule(),
        UnknownStatementRule(),
        DropDatabaseRule(), DropSchemaRule(), DropTableRule(), DropObjectRule(), DropColumnRule(), DropConstraintRule(),
        AlterColumnTypeRule(), TruncateRule(), DeleteWithoutWhereRule(), UpdateWithoutWhereRule(), AlwaysTrueWhereRule(),
        DataModifyingCTERule(), ExplainAnalyzeRule(), WriteStatementRule(), SchemaChangeRule(),
        PrivilegeChangeRule(), RoleChangeRule(), SystemCatalogWriteRule(), GuardSettingRule(), AlterSystemRule(),
        AlterDatabaseRule(), CopyProgramRule(), CopyServerFileRule(), CreateExtensionRule(), LoadLibraryRule(),
        TablespaceChangeRule(), ForeignDataChangeRule(), ReplicationChangeRule(),
        ServerFunctionRule(), SequenceChangeRule(), SideEffectFunctionRule(), DestructiveFunctionRule(), UnknownFunctionRule(),
        DynamicSQLRule(), UntrustedLanguageRule(), ArmedDefinitionRule(),
    ]

    /// Every rule's description, in registry order.
    public static let descriptors: [RuleDescriptor] = rules.map { $0.descriptor } + policyRules

    /// Rules that only a policy raises, after the engine's walk (`PolicyFindings`).
    static let policyRules: [RuleDescriptor] = [ProtectedObjectRule.descriptor, BackslashStringRule.descriptor]

    /// The rule with this id, if any.
    public static func descriptor(id: String) -> RuleDescriptor? {
        descriptors.first { $0.id == id }
    }
}
