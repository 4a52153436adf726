/// An `ask` that a gate turned into a request for a human (SPEC §7): what would run, where, and why it asks.
public struct ApprovalRequest: Sendable, Codable, Equatable {
    /// Short code a human types: `K7Q-4MZ`.
    public var code: String
    /// SHA-256 (hex) of the exact SQL bytes: a grant lets only this text pass.
    public var digest: String
    public var profile: String
    /// `ConnectionTarget.label` of where the SQL would run.
    public var target: String
    /// The SQL itself, shown to the approver.
    public var sql: String
    /// One line per statement: level, rule ids, message (what `approve` shows).
    public var summary: String
    /// `GateSource` raw value of the gate that asked.
    public var source: String
    /// Unix seconds.
    public var createdAt: Int64
    public var expiresAt: Int64

    public init(code: String, digest: String, profile: String, target: String, sql: String, summary: String,
                source: String, createdAt: Int64, expiresAt: Int64) {
        self.code = code
        self.digest = digest
        self.profile = profile
        self.target = target
        self.sql = sql
        self.summary = summary
        self.source = source
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// A human's yes to one request: the same SQL (digest) for the same profile and target may pass once,
/// or until it expires when `reusable`.
public struct ApprovalGrant: Sendable, Codable, Equatable {
    public var code: String
    public var digest: String
    public var profile: String
    public var target: String
    public var grantedBy: String
    public var grantedAt: Int64
    public var expiresAt: Int64
    public var reusable: Bool

    public init(code: String, digest: String, profile: String, target: String, grantedBy: String,
                grantedAt: Int64, expiresAt: Int64, reusable: Bool) {
        self.code = code
        self.digest = digest
        self.profile = profile
        self.target = target
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
        self.expiresAt = expiresAt
        self.reusable = reusable
    }
}

/// A store that cannot be read or written; gates answer `deny` with this message.
public struct ApprovalStoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Where approval requests and grants live (SPEC §7). The embedded file store and the PostgreSQL store
/// shared by several proxy instances both implement it; every method is safe across processes.
/// Times are Unix seconds, passed in so that tests control the clock.
public protocol ApprovalStore: Sendable {
    /// Records a pending request, or returns the pending one with the same digest, profile and target.
    func submit(_ request: ApprovalRequest) throws -> ApprovalRequest
    /// A live grant for this digest, profile and target; a single-use grant is consumed atomically, so
    /// two gates racing for it get it once between them.
    func redeem(digest: String, profile: String, target: String, now: Int64) throws -> ApprovalGrant?
    /// The request with this code (case-insensitive, dash optional), pending or not.
    func request(code: String) throws -> ApprovalRequest?
    /// Grants a pending request; `seconds` nil keeps the store's default lifetime.
    func grant(code: String, for seconds: Int64?, reusable: Bool, grantedBy: String, now: Int64) throws -> ApprovalGrant
    /// Ends a pending request or a grant; false when nothing had that code.
    func revoke(code: String) throws -> Bool
    /// Live pending requests and grants.
    func list(now: Int64) throws -> (pending: [ApprovalRequest], grants: [ApprovalGrant])
    /// Seconds a request stays pending (default one hour, `Gate` sets `expiresAt` from it).
    var requestLifetime: Int64 { get }
    /// Where the store lives, for messages (a path, a database URL without its password).
    var location: String { get }
}
