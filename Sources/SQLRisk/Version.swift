/// What this build of SQLRisk is: its own version and the PostgreSQL grammar it parses with.
public enum SQLRiskVersion {
    /// The library's version.
    public static let version = "0.1.0"
    /// The PostgreSQL release whose grammar libpg_query carries ("15.1").
    public static let postgresGrammar = PgQuery.postgresVersion
    /// One line for humans and for the C ABI's `sqlrisk_version()`: "sqlrisk 0.1.0 (PostgreSQL 15.1 grammar)".
    public static let description = "sqlrisk \(version) (PostgreSQL \(postgresGrammar) grammar)"
}
