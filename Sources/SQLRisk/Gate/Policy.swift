/// A policy turns levels into decisions for one environment (SPEC §6). It is data the caller owns,
/// never something the SQL can change. Built from layered files by `Policy.load` (see
/// `PolicyLoader.swift`), from one document by `Policy.parse`, and applied by `decide`.
public struct Policy: Sendable {
    /// safe/write/schema → allow, destructive → ask, critical → deny, one profile named `default`.
    public static let builtInDefault = Policy()

    /// Profiles in the order they were first defined. Never empty: without profiles, `default`.
    public internal(set) var profiles: [PolicyProfile] = [PolicyProfile(name: "default")]
    /// The profile an unmatched connection gets; nil means the strictest profile.
    public internal(set) var defaultProfile: String?
    /// `[[target]]` entries, in the order they are tried (the highest layer's first).
    public internal(set) var targets: [PolicyTarget] = []
    public internal(set) var readOnlyFunctions: [FunctionPattern] = []
    public internal(set) var dangerousFunctions: [FunctionPattern] = []
    /// Custom settings (lower case) that count as guard settings.
    public internal(set) var guardSettings: [String] = []
    /// The server's `standard_conforming_strings`, when the policy states it.
    public internal(set) var standardConformingStrings: Bool?
    /// Rule levels set by `[rules.ID] level`.
    public internal(set) var ruleLevels: [String: RiskLevel] = [:]
    public internal(set) var allow: [AllowEntry] = []
    /// Whether a user or system file lets project files loosen the policy.
    public internal(set) var trustProject = false
    public internal(set) var audit: AuditSettings?
    public internal(set) var approvals: ApprovalSettings?
    public internal(set) var hookMCPTools: [MCPToolEntry] = []
    public internal(set) var proxy: ProxySettings?
    /// The files read, lowest layer first.
    public internal(set) var files: [String] = []
    /// Where each merged scalar value came from, by key path (`profile.prod.ask`, `server.standard_conforming_strings`).
    public internal(set) var provenance: [String: PolicySource] = [:]
    /// Project-file values that did not take effect, and why.
    public internal(set) var ignored: [IgnoredSetting] = []
    /// Allowlist entries past their `expires` date when the policy was loaded: they accept nothing.
    public internal(set) var expiredEntries: [AllowEntry] = []
    /// The day the policy treats as today (for expiry); set when loaded.
    public internal(set) var today: TOMLDateTime.Date = PolicyClock.today()

    /// Set for a policy that could not be read: every input is denied with this reason.
    public internal(set) var refusal: String?

    public init() {}

    /// What a gate uses when its policy cannot be read (SPEC §6): it denies everything and says why,
    /// never falling back to allowing.
    public static func denyingEverything(reason: String) -> Policy {
        var policy = Policy()
        policy.profiles = [PolicyProfile(name: "unreadable-policy", ask: .safe, deny: .safe)]
        policy.refusal = reason
        return policy
    }

    /// True when this is the built-in default with nothing read from a file.
    public var isBuiltIn: Bool { files.isEmpty }

    public func profile(named name: String) -> PolicyProfile? {
        profiles.first { $0.name == name }
    }

    /// The strictest profile: the lowest `deny`, then the lowest `ask`.
    public var strictestProfile: PolicyProfile {
        profiles.dropFirst().reduce(profiles[0]) { $1.isStricter(than: $0) ? $1 : $0 }
    }

    /// The profile `[[target]]` picks for a connection: the first matching entry; otherwise
    /// `default_profile`; otherwise the strictest profile (an unknown target is treated as the most
    /// dangerous place it could be).
    public func profileName(for target: ConnectionTarget) -> String {
        if let match = targets.first(where: { $0.matches(target) }) { return match.profile }
        return defaultProfile ?? strictestProfile.name
    }

    /// The decision for a level under a profile; an unknown profile name gets the strictest profile.
    public func decision(for level: RiskLevel, profile: String) -> Decision {
        (self.profile(named: profile) ?? strictestProfile).decision(for: level)
    }
}
