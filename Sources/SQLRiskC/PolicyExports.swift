import CSQLRisk
import SQLRisk

// Policies through the C ABI (SPEC §5). Loading TOML waits for the library's policy loader: until
// it is built in, sqlrisk_policy_load fails with a clear message, and sqlrisk_classify_with with a
// NULL policy decides with the built-in default.

/// What an `sqlrisk_policy *` points at.
final class PolicyBox: Sendable {
    let policy: Policy
    init(_ policy: Policy) { self.policy = policy }
}

@c @implementation
public func sqlrisk_policy_load(_ toml: UnsafePointer<CChar>!, _ len: Int) -> OpaquePointer! {
    LastError.set("policy loading is not built into this build of libsqlrisk")
    return nil
}

@c @implementation
public func sqlrisk_policy_free(_ policy: OpaquePointer!) {
    guard let policy else { return }
    Unmanaged<PolicyBox>.fromOpaque(UnsafeRawPointer(policy)).release()
}

@c @implementation
public func sqlrisk_classify_with(_ sql: UnsafePointer<CChar>!, _ len: Int, _ policy: OpaquePointer!,
                                  _ profile: UnsafePointer<CChar>!) -> OpaquePointer! {
    let chosen = policy.map { Unmanaged<PolicyBox>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue().policy } ?? .builtInDefault
    let profileName = profile.map { String(cString: $0) } ?? "default"
    let report = withReport(sql, len) { $0 }
    return ResultBox.make(report, decision: chosen.decision(for: report.level, profile: profileName))
}

@c @implementation
public func sqlrisk_result_decision(_ result: OpaquePointer!) -> sqlrisk_decision {
    guard let box = ResultBox.from(result) else { return SQLRISK_DENY }
    return sqlrisk_decision(rawValue: UInt32(box.decision.rawValue))
}
