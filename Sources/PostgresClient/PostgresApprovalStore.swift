import SQLRisk
import Synchronization

/// Approval requests and grants in a PostgreSQL table that several gate instances share (SPEC §7,
/// `--approvals postgres://…`). The table is created on first use. Redeeming a single-use grant is one
/// `UPDATE … RETURNING` on a row locked by the first taker, so gates racing for it get it once between them.
public final class PostgresApprovalStore: ApprovalStore, @unchecked Sendable {
    public let table: String
    /// Lifetime of a grant when `grant(code:for:…)` passes nil.
    public let defaultGrantSeconds: Int64
    private let pool: PostgresPool
    private let created = Mutex(false)

    /// `table` is an SQL identifier (optionally schema-qualified), not user input.
    public init(dsn: String, table: String = "sqlrisk_approvals", defaultGrantSeconds: Int64 = 3600, maxConnections: Int = 2) {
        self.pool = PostgresPool(dsn: dsn, maxConnections: maxConnections)
        self.table = table
        self.defaultGrantSeconds = defaultGrantSeconds
    }

    private static let columns = "code, digest, profile, target, sql, summary, source, created_at, expires_at, state, granted_by, granted_at, grant_expires_at, reusable"

    /// Runs one statement, creating the table first if this instance has not yet.
    private func run(_ sql: String, _ parameters: [String?]) throws -> PostgresResult {
        do {
            return try pool.withConnection { connection in
                try createTableIfNeeded(connection)
                return try connection.query(sql, parameters)
            }
        } catch let error as PostgresError {
            throw ApprovalStoreError("approval store \(table): \(error)")
        }
    }

    private func createTableIfNeeded(_ connection: PostgresConnection) throws {
        if created.withLock({ $0 }) { return }
        // The advisory lock keeps two instances from racing on CREATE TABLE IF NOT EXISTS.
        try connection.execute("""
            BEGIN;
            SELECT pg_advisory_xact_lock(hashtext('\(table)'));
            CREATE TABLE IF NOT EXISTS \(table) (
                code text PRIMARY KEY,
                digest text NOT NULL, profile text NOT NULL, target text NOT NULL,
                sql text NOT NULL, summary text NOT NULL, source text NOT NULL,
                created_at bigint NOT NULL, expires_at bigint NOT NULL,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'granted', 'used', 'revoked', 'expired')),
                granted_by text, granted_at bigint, grant_expires_at bigint,
                reusable boolean NOT NULL DEFAULT false);
            CREATE UNIQUE INDEX IF NOT EXISTS \(indexName) ON \(table) (digest, profile, target) WHERE state = 'pending';
            COMMIT
            """)
        created.withLock { $0 = true }
    }

    private var indexName: String {
        (table.split(separator: ".").last.map(String.init) ?? table).replacingQuotes() + "_one_pending"
    }

    /// The code as stored: upper case, with the dash (`K7Q-4MZ`), however the human typed it.
    static func normalized(_ code: String) -> String {
        let letters = code.uppercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count > 3 else { return String(letters) }
        return String(letters.prefix(3)) + "-" + String(letters.dropFirst(3))
    }

    public func submit(_ request: ApprovalRequest) throws -> ApprovalRequest {
        // An expired pending request for the same SQL no longer blocks a new one.
        _ = try run("UPDATE \(table) SET state = 'expired' WHERE state = 'pending' AND digest = $1 AND profile = $2 AND target = $3 AND expires_at <= $4::bigint",
                    [request.digest, request.profile, request.target, String(request.createdAt)])
        let inserted = try run("""
            INSERT INTO \(table) (code, digest, profile, target, sql, summary, source, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::bigint, $9::bigint)
            ON CONFLICT (digest, profile, target) WHERE state = 'pending' DO UPDATE SET digest = EXCLUDED.digest
            RETURNING \(Self.columns)
            """, [Self.normalized(request.code), request.digest, request.profile, request.target, request.sql, request.summary,
                  request.source, String(request.createdAt), String(request.expiresAt)])
        guard let row = inserted.rows.first else { throw ApprovalStoreError("approval store \(table): the request was not stored") }
        return Self.request(row)
    }

    public func redeem(digest: String, profile: String, target: String, now: Int64) throws -> ApprovalGrant? {
        // The inner SELECT locks one live grant; a racing redeemer waits, then finds it used.
        let result = try run("""
            UPDATE \(table) SET state = CASE WHEN reusable THEN state ELSE 'used' END
            WHERE code = (SELECT code FROM \(table)
                          WHERE state = 'granted' AND digest = $1 AND profile = $2 AND target = $3 AND grant_expires_at > $4::bigint
                          ORDER BY reusable, granted_at LIMIT 1 FOR UPDATE)
              AND state = 'granted'
            RETURNING \(Self.columns)
            """, [digest, profile, target, String(now)])
        return result.rows.first.map(Self.grant)
    }

    public func request(code: String) throws -> ApprovalRequest? {
        try run("SELECT \(Self.columns) FROM \(table) WHERE code = $1", [Self.normalized(code)]).rows.first.map(Self.request)
    }

    public func grant(code: String, for seconds: Int64?, reusable: Bool, grantedBy: String, now: Int64) throws -> ApprovalGrant {
        let lifetime = seconds ?? defaultGrantSeconds
        let result = try run("""
            UPDATE \(table) SET state = 'granted', granted_by = $2, granted_at = $3::bigint,
                grant_expires_at = $3::bigint + $4::bigint, reusable = $5::boolean
            WHERE code = $1 AND state = 'pending' AND expires_at > $3::bigint
            RETURNING \(Self.columns)
            """, [Self.normalized(code), grantedBy, String(now), String(lifetime), reusable ? "true" : "false"])
        guard let row = result.rows.first else {
            throw ApprovalStoreError("no pending approval request has the code \(Self.normalized(code)) (unknown, expired, already granted or revoked)")
        }
        return Self.grant(row)
    }

    public func revoke(code: String) throws -> Bool {
        !(try run("UPDATE \(table) SET state = 'revoked' WHERE code = $1 AND state IN ('pending', 'granted') RETURNING code",
                  [Self.normalized(code)]).rows.isEmpty)
    }

    public func list(now: Int64) throws -> (pending: [ApprovalRequest], grants: [ApprovalGrant]) {
        let rows = try run("""
            SELECT \(Self.columns) FROM \(table)
            WHERE (state = 'pending' AND expires_at > $1::bigint) OR (state = 'granted' AND grant_expires_at > $1::bigint)
            ORDER BY created_at, code
            """, [String(now)]).rows
        return (rows.filter { $0[9] == "pending" }.map(Self.request), rows.filter { $0[9] == "granted" }.map(Self.grant))
    }

    private static func request(_ row: [String?]) -> ApprovalRequest {
        ApprovalRequest(code: row[0] ?? "", digest: row[1] ?? "", profile: row[2] ?? "", target: row[3] ?? "", sql: row[4] ?? "",
                        summary: row[5] ?? "", source: row[6] ?? "", createdAt: Int64(row[7] ?? "") ?? 0,
                        expiresAt: Int64(row[8] ?? "") ?? 0)
    }

    private static func grant(_ row: [String?]) -> ApprovalGrant {
        ApprovalGrant(code: row[0] ?? "", digest: row[1] ?? "", profile: row[2] ?? "", target: row[3] ?? "",
                      grantedBy: row[10] ?? "", grantedAt: Int64(row[11] ?? "") ?? 0,
                      expiresAt: Int64(row[12] ?? "") ?? 0, reusable: row[13] == "t")
    }
}

private extension String {
    func replacingQuotes() -> String { filter { $0 != "\"" } }
}
