/// Where a policy value was written: the file and, where the parser knows it, line and column.
public struct PolicySource: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The built-in default policy.
    public static let builtIn = PolicySource(file: "built-in")

    public var description: String {
        guard let line else { return file }
        return "\(file):\(line)" + (column.map { ":\($0)" } ?? "")
    }
}

/// One environment's thresholds: levels at or above `ask` ask a human, at or above `deny` are refused.
public struct PolicyProfile: Sendable, Equatable {
    public var name: String
    public var ask: RiskLevel
    public var deny: RiskLevel
    /// Objects on which any write or DDL is at least `destructive` (rule `protected-object`).
    public var protected: [ObjectPattern]
    /// How unqualified names resolve for allowlist and protected matching; PostgreSQL's default when nil.
    public var searchPath: [String]?
    public var source: PolicySource

    public init(name: String, ask: RiskLevel = .destructive, deny: RiskLevel = .critical, protected: [ObjectPattern] = [],
                searchPath: [String]? = nil, source: PolicySource = .builtIn) {
        self.name = name
        self.ask = ask
        self.deny = deny
        self.protected = protected
        self.searchPath = searchPath
        self.source = source
    }

    /// PostgreSQL's default `search_path`.
    public static let defaultSearchPath = ["$user", "public"]

    public var effectiveSearchPath: [String] { searchPath ?? Self.defaultSearchPath }

    public func decision(for level: RiskLevel) -> Decision {
        level >= deny ? .deny : level >= ask ? .ask : .allow
    }

    /// Orders profiles by how much they refuse: the lower `deny`, then the lower `ask`, the stricter.
    func isStricter(than other: PolicyProfile) -> Bool {
        (deny, ask) < (other.deny, other.ask)
    }
}

/// A qualified object name or glob (`public.users`, `billing.*`), as written and compiled.
public struct ObjectPattern: Sendable, Equatable {
    public var text: String
    public var source: PolicySource

    public init(text: String, source: PolicySource) {
        self.text = text
        self.source = source
    }
}

/// A `[[target]]` entry: when every field it names matches the connection, it picks `profile`.
public struct PolicyTarget: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case host, port, dbname, user, service
        case applicationName = "application_name"
        case clientAddress = "client_address"
    }

    public var profile: String
    /// Each named field with its alternatives (globs); a connection must match one alternative of every field.
    public var conditions: [(field: Field, patterns: [String])]
    public var source: PolicySource
    let globs: [(field: Field, globs: [Glob])]

    init(profile: String, conditions: [(field: Field, patterns: [String])], globs: [(field: Field, globs: [Glob])], source: PolicySource) {
        self.profile = profile
        self.conditions = conditions
        self.globs = globs
        self.source = source
    }

    public static func == (lhs: PolicyTarget, rhs: PolicyTarget) -> Bool {
        lhs.profile == rhs.profile && lhs.source == rhs.source
            && lhs.conditions.map { $0.field.rawValue + ":" + $0.patterns.joined(separator: ",") }
            == rhs.conditions.map { $0.field.rawValue + ":" + $0.patterns.joined(separator: ",") }
    }

    public func matches(_ target: ConnectionTarget) -> Bool {
        globs.allSatisfy { field, globs in
            let value: String? = switch field {
            case .host: target.host
            case .port: target.port.map { String($0) }
            case .dbname: target.dbname
            case .user: target.user
            case .service: target.service
            case .applicationName: target.applicationName
            case .clientAddress: target.clientAddress
            }
            guard let value else { return false }
            return globs.contains { $0.matches(value) }
        }
    }
}

/// A user function by qualified name and argument pattern: `app.current_tenant(*)`.
public struct FunctionPattern: Sendable, Equatable {
    public var text: String
    public var source: PolicySource

    public init(text: String, source: PolicySource) {
        self.text = text
        self.source = source
    }
}

/// An `[[allow]]` entry: findings of `rule` on `object`, with `fingerprint`, or in exactly `statement`
/// are accepted for the listed profiles (all when empty) until `expires`.
public struct AllowEntry: Sendable, Equatable {
    public enum Match: Sendable, Equatable {
        case object(ObjectPattern)
        case fingerprint(String)
        case statement(String)
    }

    public var rule: String
    public var match: Match
    public var profiles: [String]
    public var reason: String
    public var expires: TOMLDateTime.Date?
    public var source: PolicySource

    /// The name reports carry in `allowed_by`: `file:line (reason)`.
    public var label: String { "\(source) (\(reason))" }

    public func isExpired(today: TOMLDateTime.Date) -> Bool {
        guard let expires else { return false }
        return (expires.year, expires.month, expires.day) < (today.year, today.month, today.day)
    }

    public func applies(to profile: String) -> Bool { profiles.isEmpty || profiles.contains(profile) }
}

/// `[audit]`: where the gates append their audit events.
public struct AuditSettings: Sendable, Equatable {
    public var path: String
    public var source: PolicySource
}

/// `[approvals]`: the approval store and how long a request lives.
public struct ApprovalSettings: Sendable, Equatable {
    /// A directory for the embedded store, or a `postgres://` URL for the shared one.
    public var store: String?
    /// Seconds a request or grant lives when nothing else says.
    public var ttlSeconds: Int?
    public var source: PolicySource
}

/// `[[hook.mcp]]`: an MCP tool whose `argument` carries SQL.
public struct MCPToolEntry: Sendable, Equatable {
    public var tool: String
    public var argument: String
    public var source: PolicySource
}

/// `[proxy]`: the wire-protocol gate's settings.
public struct ProxySettings: Sendable, Equatable {
    public enum Mode: String, Sendable, CaseIterable { case observe, warn, enforce }

    public var listen: String?
    public var upstream: String?
    public var mode: Mode?
    public var tlsCert: String?
    public var tlsKey: String?
    public var maxConnections: Int?
    /// Seconds.
    public var idleTimeout: Int?
    /// Seconds.
    public var statementTimeout: Int?
    public var source: PolicySource
}

/// A value a project file set that did not take effect, and why (`policy show` lists them).
public struct IgnoredSetting: Sendable, Equatable, CustomStringConvertible {
    public var keyPath: String
    public var source: PolicySource
    public var reason: String

    public var description: String { "\(source): \(keyPath): \(reason)" }
}

/// A mistake in a policy file: the file, the key path, the position, what was expected.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: PolicySource
    public var keyPath: String
    public var message: String

    public init(source: PolicySource, keyPath: String, message: String) {
        self.source = source
        self.keyPath = keyPath
        self.message = message
    }

    /// `sqlrisk.toml:4:1: profile.prod.ask_level: unknown key 'ask_level' in [profile.prod]; did you mean 'ask'?`
    public var description: String {
        keyPath.isEmpty ? "\(source): \(message)" : "\(source): \(keyPath): \(message)"
    }
}

/// All mistakes found in one policy file (the reader goes on after the first, so `policy check` shows every one).
public struct PolicyErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [PolicyError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
