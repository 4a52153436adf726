/// A policy turns levels into decisions for one environment (SPEC §6). It is data the caller owns,
/// never something the SQL can change.
///
/// Placeholder until the policy issue lands: only the built-in default thresholds.
public struct Policy: Sendable {
    /// safe/write/schema → allow, destructive → ask, critical → deny.
    public static let builtInDefault = Policy()

    public init() {}

    /// The profile `[[target]]` picks for a connection.
    public func profileName(for target: ConnectionTarget) -> String { "default" }

    public func decision(for level: RiskLevel, profile: String) -> Decision {
        switch level {
        case .safe, .write, .schema: .allow
        case .destructive: .ask
        case .critical: .deny
        }
    }
}
