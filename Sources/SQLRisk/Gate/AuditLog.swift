/// The hash-chained JSON Lines audit log (SPEC §7).
///
/// Placeholder until the policy issue lands.
public struct AuditLog: Sendable {}
