/// A seeded generator of the SQL an application or an AI agent sends to PostgreSQL: about 80% reads
/// (joins, aggregates, CTEs, window functions, `$n` parameters, LIMIT/ORDER BY, common built-ins and
/// jsonb operators), 12% bounded writes, 5% DDL and 3% destructive or critical statements, over a
/// varied schema. The same seed always gives the same statements.
public struct AgentWorkload {
    /// The share of each kind of statement, in percent.
    public static let mix: [(kind: Kind, percent: Int)] = [(.read, 80), (.write, 12), (.ddl, 5), (.dangerous, 3)]

    public enum Kind: String, CaseIterable, Sendable {
        case read, write, ddl, dangerous
    }

    private var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// `count` statements, without trailing semicolons.
    public mutating func statements(count: Int) -> [String] {
        (0..<count).map { _ in next().sql }
    }

    /// One statement and its kind.
    public mutating func next() -> (kind: Kind, sql: String) {
        var roll = random.below(100)
        var kind = Kind.read
        for entry in Self.mix {
            if roll < entry.percent { kind = entry.kind; break }
            roll -= entry.percent
        }
        switch kind {
        case .read: return (kind, read())
        case .write: return (kind, write())
        case .ddl: return (kind, ddl())
        case .dangerous: return (kind, dangerous())
        }
    }

    // MARK: Schema

    struct Table {
        let name: String
        let alias: String
        let columns: [String]
        let time: String
        let status: String?
        let json: String?
        let parent: (column: String, table: String)?
    }

    static let tables: [Table] = [
        Table(name: "users", alias: "u", columns: ["id", "email", "display_name", "org_id", "created_at", "last_login_at", "status"],
              time: "created_at", status: "status", json: "settings", parent: ("org_id", "organizations")),
        Table(name: "organizations", alias: "o", columns: ["id", "name", "plan", "created_at", "seats", "billing_email"],
              time: "created_at", status: "plan", json: "features", parent: nil),
        Table(name: "orders", alias: "ord", columns: ["id", "user_id", "total_cents", "currency", "status", "created_at", "shipped_at"],
              time: "created_at", status: "status", json: "metadata", parent: ("user_id", "users")),
        Table(name: "order_items", alias: "oi", columns: ["id", "order_id", "product_id", "quantity", "unit_price_cents"],
              time: "created_at", status: nil, json: nil, parent: ("order_id", "orders")),
        Table(name: "products", alias: "p", columns: ["id", "sku", "title", "price_cents", "category_id", "stock", "updated_at"],
              time: "updated_at", status: "visibility", json: "attributes", parent: ("category_id", "categories")),
        Table(name: "categories", alias: "c", columns: ["id", "slug", "label", "parent_id", "position"],
              time: "created_at", status: nil, json: nil, parent: nil),
        Table(name: "events", alias: "e", columns: ["id", "user_id", "kind", "occurred_at", "source", "session_id"],
              time: "occurred_at", status: "kind", json: "payload", parent: ("user_id", "users")),
        Table(name: "sessions", alias: "s", columns: ["id", "user_id", "token_hash", "expires_at", "ip_address", "user_agent"],
              time: "expires_at", status: nil, json: nil, parent: ("user_id", "users")),
        Table(name: "invoices", alias: "inv", columns: ["id", "org_id", "amount_cents", "due_on", "paid_at", "status", "number"],
              time: "due_on", status: "status", json: "line_items", parent: ("org_id", "organizations")),
        Table(name: "subscriptions", alias: "sub", columns: ["id", "org_id", "plan", "started_at", "cancelled_at", "seats"],
              time: "started_at", status: "plan", json: nil, parent: ("org_id", "organizations")),
        Table(name: "tickets", alias: "t", columns: ["id", "requester_id", "assignee_id", "subject", "priority", "opened_at", "closed_at", "status"],
              time: "opened_at", status: "status", json: "custom_fields", parent: ("requester_id", "users")),
        Table(name: "comments", alias: "cm", columns: ["id", "ticket_id", "author_id", "body", "created_at", "edited_at"],
              time: "created_at", status: nil, json: nil, parent: ("ticket_id", "tickets")),
        Table(name: "audit_log", alias: "al", columns: ["id", "actor_id", "action", "target_type", "target_id", "created_at"],
              time: "created_at", status: "action", json: "details", parent: ("actor_id", "users")),
        Table(name: "feature_flags", alias: "ff", columns: ["id", "key", "enabled", "rollout_percent", "updated_at"],
              time: "updated_at", status: nil, json: "rules", parent: nil),
        Table(name: "payments", alias: "pay", columns: ["id", "invoice_id", "provider", "amount_cents", "captured_at", "status"],
              time: "captured_at", status: "status", json: "provider_response", parent: ("invoice_id", "invoices")),
    ]

    static let schemas = ["", "", "", "public.", "app.", "analytics."]
    static let statuses = ["active", "pending", "shipped", "cancelled", "open", "closed", "trial", "paid"]
    static let intervals = ["1 hour", "24 hours", "7 days", "30 days", "90 days", "1 year"]
    static let units = ["hour", "day", "week", "month"]
    static let jsonKeys = ["type", "source", "plan", "country", "utm_campaign", "device", "version", "reason"]

    // MARK: Reads (80%)

    private mutating func read() -> String {
        switch random.below(13) {
        case 0: return pointLookup()
        case 1: return listPage()
        case 2: return join()
        case 3: return aggregate()
        case 4: return cte()
        case 5: return window()
        case 6: return jsonQuery()
        case 7: return search()
        case 8: return exists()
        case 9: return countQuery()
        case 10: return anyList()
        case 11: return caseExpression()
        default: return joinAggregate()
        }
    }

    private mutating func pointLookup() -> String {
        let table = pickTable()
        return "SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) WHERE id = $1"
    }

    private mutating func listPage() -> String {
        let table = pickTable()
        var conditions = ["\(table.time) > now() - interval '\(pick(Self.intervals))'"]
        if let status = table.status { conditions.append("\(status) = $1") }
        if let parent = table.parent, random.chance(50) { conditions.append("\(parent.column) = $\(conditions.count + 1)") }
        let direction = random.chance(70) ? "DESC" : "ASC"
        return "SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) WHERE \(conditions.joined(separator: " AND ")) "
            + "ORDER BY \(table.time) \(direction), id LIMIT \(pick([10, 20, 25, 50, 100])) OFFSET $\(conditions.count + 1)"
    }

    private mutating func join() -> String {
        let child = pickTable { $0.parent != nil }
        guard let parent = child.parent, let parentTable = Self.tables.first(where: { $0.name == parent.table }) else { return pointLookup() }
        let kind = pick(["JOIN", "JOIN", "LEFT JOIN", "INNER JOIN"])
        return "SELECT \(columns(child, prefix: child.alias)), \(columns(parentTable, prefix: parentTable.alias, count: 2)) "
            + "FROM \(qualified(child)) \(child.alias) \(kind) \(qualified(parentTable)) \(parentTable.alias) "
            + "ON \(parentTable.alias).id = \(child.alias).\(parent.column) "
            + "WHERE \(child.alias).\(child.time) >= $1 AND \(child.alias).\(child.time) < $2 "
            + "ORDER BY \(child.alias).\(child.time) DESC LIMIT \(pick([20, 50, 100, 200]))"
    }

    private mutating func aggregate() -> String {
        let table = pickTable()
        let unit = pick(Self.units)
        let measure = pick(["count(*) AS total", "count(DISTINCT id) AS distinct_ids", "max(\(table.time)) AS latest",
                            "min(\(table.time)) AS earliest"])
        return "SELECT date_trunc('\(unit)', \(table.time)) AS \(unit), \(measure) FROM \(qualified(table)) "
            + "WHERE \(table.time) >= date_trunc('\(unit)', now()) - interval '\(pick(Self.intervals))' GROUP BY 1 ORDER BY 1"
    }

    private mutating func cte() -> String {
        let child = pickTable { $0.parent != nil }
        let parent = child.parent!
        return "WITH recent AS (SELECT \(parent.column), count(*) AS n, max(\(child.time)) AS last_seen FROM \(qualified(child)) "
            + "WHERE \(child.time) > now() - interval '\(pick(Self.intervals))' GROUP BY \(parent.column)), "
            + "ranked AS (SELECT \(parent.column), n, last_seen, rank() OVER (ORDER BY n DESC) AS position FROM recent) "
            + "SELECT r.\(parent.column), r.n, r.last_seen, x.id FROM ranked r JOIN \(qualified(named(parent.table))) x "
            + "ON x.id = r.\(parent.column) WHERE r.position <= $1 ORDER BY r.position"
    }

    private mutating func window() -> String {
        let child = pickTable { $0.parent != nil }
        let parent = child.parent!
        let function = pick(["row_number()", "rank()", "dense_rank()", "lag(\(child.time))", "lead(id)"])
        return "SELECT * FROM (SELECT id, \(parent.column), \(child.time), \(function) OVER (PARTITION BY \(parent.column) "
            + "ORDER BY \(child.time) DESC) AS rn FROM \(qualified(child)) WHERE \(parent.column) = ANY($1)) ranked WHERE rn <= \(pick([1, 3, 5, 10]))"
    }

    private mutating func jsonQuery() -> String {
        let table = pickTable { $0.json != nil }
        let json = table.json!
        let key = pick(Self.jsonKeys), other = pick(Self.jsonKeys)
        switch random.below(3) {
        case 0:
            return "SELECT id, \(json)->>'\(key)' AS \(key), \(json)->'\(other)' AS \(other) FROM \(qualified(table)) "
                + "WHERE \(json) @> $1::jsonb ORDER BY id DESC LIMIT 50"
        case 1:
            return "SELECT \(json)->>'\(key)' AS \(key), count(*) FROM \(qualified(table)) WHERE \(json) ? '\(key)' "
                + "AND \(table.time) > now() - interval '\(pick(Self.intervals))' GROUP BY 1 ORDER BY 2 DESC LIMIT 20"
        default:
            return "SELECT jsonb_build_object('id', id, '\(key)', \(json)->>'\(key)', 'at', \(table.time)) FROM \(qualified(table)) "
                + "WHERE (\(json)->>'\(other)') IS NOT NULL AND id > $1 ORDER BY id LIMIT $2"
        }
    }

    private mutating func search() -> String {
        let table = pickTable()
        let text = table.columns.first { ["email", "display_name", "name", "title", "subject", "slug", "label", "key", "sku"].contains($0) } ?? "id::text"
        return "SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) WHERE lower(\(text)) LIKE lower($1) || '%' "
            + "ORDER BY length(\(text)), \(text) LIMIT \(pick([10, 25, 50]))"
    }

    private mutating func exists() -> String {
        let child = pickTable { $0.parent != nil }
        let parent = child.parent!
        let parentTable = named(parent.table)
        let negated = random.chance(30) ? "NOT " : ""
        return "SELECT \(columns(parentTable, prefix: "x")) FROM \(qualified(parentTable)) x WHERE \(negated)EXISTS "
            + "(SELECT 1 FROM \(qualified(child)) y WHERE y.\(parent.column) = x.id AND y.\(child.time) > $1) LIMIT 100"
    }

    private mutating func countQuery() -> String {
        let table = pickTable()
        if let status = table.status {
            return "SELECT \(status), count(*) FROM \(qualified(table)) GROUP BY \(status) ORDER BY count(*) DESC"
        }
        return "SELECT count(*) FROM \(qualified(table)) WHERE \(table.time) >= $1"
    }

    private mutating func anyList() -> String {
        let table = pickTable()
        if random.chance(50) {
            let ids = (0..<(1 + random.below(8))).map { _ in String(1 + random.below(100_000)) }
            return "SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) WHERE id IN (\(ids.joined(separator: ", ")))"
        }
        return "SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) WHERE id = ANY($1::bigint[]) ORDER BY id"
    }

    private mutating func caseExpression() -> String {
        let table = pickTable { $0.status != nil }
        let status = table.status!
        let a = pick(Self.statuses), b = pick(Self.statuses)
        return "SELECT id, coalesce(\(table.columns[1]), '') AS label, CASE WHEN \(status) = '\(a)' THEN 1 WHEN \(status) = '\(b)' THEN 2 "
            + "ELSE 3 END AS bucket, greatest(\(table.time), now() - interval '1 day') AS since FROM \(qualified(table)) "
            + "WHERE \(status) <> 'deleted' AND \(table.time) IS NOT NULL ORDER BY bucket, id LIMIT 100"
    }

    private mutating func joinAggregate() -> String {
        let child = pickTable { $0.parent != nil }
        let parent = child.parent!
        let parentTable = named(parent.table)
        return "SELECT \(parentTable.alias).id, count(\(child.alias).id) AS n, coalesce(max(\(child.alias).\(child.time)), now()) AS latest "
            + "FROM \(qualified(parentTable)) \(parentTable.alias) LEFT JOIN \(qualified(child)) \(child.alias) "
            + "ON \(child.alias).\(parent.column) = \(parentTable.alias).id GROUP BY \(parentTable.alias).id "
            + "HAVING count(\(child.alias).id) > $1 ORDER BY n DESC LIMIT 25"
    }

    // MARK: Bounded writes (12%)

    private mutating func write() -> String {
        let table = pickTable()
        let cols = Array(table.columns.dropFirst().prefix(2 + random.below(3)))
        switch random.below(5) {
        case 0:
            let values = cols.indices.map { "$\($0 + 1)" }
            return "INSERT INTO \(qualified(table)) (\(cols.joined(separator: ", "))) VALUES (\(values.joined(separator: ", "))) RETURNING id"
        case 1:
            let values = cols.indices.map { "$\($0 + 2)" }
            let updates = cols.map { "\($0) = EXCLUDED.\($0)" }
            return "INSERT INTO \(qualified(table)) (id, \(cols.joined(separator: ", "))) VALUES ($1, \(values.joined(separator: ", "))) "
                + "ON CONFLICT (id) DO UPDATE SET \(updates.joined(separator: ", "))"
        case 2:
            let set = table.status.map { "\($0) = $1" } ?? "\(cols[0]) = $1"
            return "UPDATE \(qualified(table)) SET \(set), \(table.time) = now() WHERE id = $2"
        case 3:
            return "UPDATE \(qualified(table)) SET \(cols[0]) = coalesce($1, \(cols[0])) WHERE id = $2 AND \(table.time) < now() RETURNING id"
        default:
            return "DELETE FROM \(qualified(table)) WHERE \(table.time) < now() - interval '\(pick(Self.intervals))' AND id = ANY($1)"
        }
    }

    // MARK: DDL (5%)

    private mutating func ddl() -> String {
        let table = pickTable()
        let suffix = random.below(1000)
        switch random.below(5) {
        case 0:
            return "CREATE TABLE IF NOT EXISTS \(table.name)_archive_\(suffix) (id bigint PRIMARY KEY, "
                + "\(table.columns[1]) text NOT NULL, \(table.time) timestamptz NOT NULL DEFAULT now(), data jsonb)"
        case 1:
            return "CREATE INDEX CONCURRENTLY IF NOT EXISTS \(table.name)_\(table.time)_idx_\(suffix) ON \(qualified(table)) (\(table.time) DESC)"
        case 2:
            return "ALTER TABLE \(qualified(table)) ADD COLUMN IF NOT EXISTS note_\(suffix) text"
        case 3:
            return "CREATE OR REPLACE VIEW \(table.name)_recent AS SELECT \(columns(table, prefix: nil)) FROM \(qualified(table)) "
                + "WHERE \(table.time) > now() - interval '30 days'"
        default:
            return "COMMENT ON TABLE \(qualified(table)) IS 'owned by the \(pick(["billing", "growth", "platform", "support"])) team'"
        }
    }

    // MARK: Destructive or critical (3%)

    private mutating func dangerous() -> String {
        let table = pickTable()
        switch random.below(8) {
        case 0: return "DROP TABLE IF EXISTS \(qualified(table))"
        case 1: return "TRUNCATE \(qualified(table))"
        case 2: return "DELETE FROM \(qualified(table))"
        case 3: return "UPDATE \(qualified(table)) SET \(table.columns[1]) = NULL WHERE 1 = 1"
        case 4: return "ALTER TABLE \(qualified(table)) DROP COLUMN \(table.columns.last!)"
        case 5: return "GRANT ALL ON \(qualified(table)) TO public"
        case 6: return "SELECT pg_read_file('/etc/passwd')"
        default: return "ALTER SYSTEM SET log_statement = 'none'"
        }
    }

    // MARK: Helpers

    private mutating func pickTable(where condition: (Table) -> Bool = { _ in true }) -> Table {
        let candidates = Self.tables.filter(condition)
        return candidates[random.below(candidates.count)]
    }

    private func named(_ name: String) -> Table { Self.tables.first { $0.name == name }! }

    private mutating func qualified(_ table: Table) -> String { pick(Self.schemas) + table.name }

    private mutating func columns(_ table: Table, prefix: String?, count: Int? = nil) -> String {
        let n = count ?? (2 + random.below(table.columns.count - 1))
        return table.columns.prefix(n).map { column in prefix.map { "\($0).\(column)" } ?? column }.joined(separator: ", ")
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[random.below(choices.count)] }
}

/// Steele, Lea and Flood's SplitMix64: tiny, fast, and the same everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound (the modulo bias is far below what a workload mix can notice).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
