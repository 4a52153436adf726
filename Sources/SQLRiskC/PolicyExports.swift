import CSQLRisk
import SQLRisk

// Policies through the C ABI (SPEC §5): the library's own loader and decision, so that C, Python,
// the CLI and the gates decide alike. A NULL policy decides with the built-in default.

/// What an `sqlrisk_policy *` points at.
final class PolicyBox: Sendable {
    let policy: Policy
    init(_ policy: Policy) { self.policy = policy }
}

@c @implementation
public func sqlrisk_policy_load(_ toml: UnsafePointer<CChar>!, _ len: Int) -> OpaquePointer! {
    guard len >= 0, toml != nil || len == 0 else {
        LastError.set("invalid argument: toml is NULL but len is \(len)")
        return nil
    }
    let bytes = len == 0 ? [] : Array(UnsafeRawBufferPointer(start: toml, count: len))
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
        LastError.set("<policy>: the policy is not valid UTF-8 text (or contains a NUL byte)")
        return nil
    }
    do throws(PolicyErrors) {
        let policy = try Policy.parse(text, file: "<policy>")
        return OpaquePointer(Unmanaged.passRetained(PolicyBox(policy)).toOpaque())
    } catch {
        LastError.set(error.description)
        return nil
    }
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
    let profileName = profile.map { String(cString: $0) }
    return withReport(sql, len) { report in
        // The same bytes the report was made from (withReport has checked the arguments).
        let bytes = sql == nil || len <= 0 ? [] : Array(UnsafeRawBufferPointer(start: sql, count: len))
        let decided = chosen.decide(report, sql: bytes, profile: profileName)
        return ResultBox.make(decided, decision: decided.decision ?? .deny)
    }
}

@c @implementation
public func sqlrisk_result_decision(_ result: OpaquePointer!) -> sqlrisk_decision {
    guard let box = ResultBox.from(result) else { return SQLRISK_DENY }
    return sqlrisk_decision(rawValue: UInt32(box.decision.rawValue))
}
