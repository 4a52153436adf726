import Testing
@testable import SQLRisk

/// The example policy, and decisions made under it and under small policies written for one point.
@Suite("Policy decisions")
struct PolicyDecisionTests {
    static let examplePath = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/").prepending("/")) + "/Examples/policy.toml"

    static func example() throws -> Policy { try Policy.load(file: examplePath) }

    private func decide(_ sql: String, _ policy: Policy, _ profile: String?) -> Report {
        Classifier().classify(sql, policy: policy, profile: profile)
    }

    @Test("example policy: an UPDATE asks in prod and runs in dev; DROP TABLE is refused in prod")
    func examplePolicy() throws {
        let policy = try Self.example()
        let update = "UPDATE users SET name = 'x' WHERE id = 1"
        #expect(decide(update, policy, "prod").decision == .ask)
        #expect(decide(update, policy, "dev").decision == .allow)
        let drop = decide("DROP TABLE users", policy, "prod")
        #expect(drop.decision == .deny)
        #expect(drop.reasons?.map(\.rule) == ["drop-table"])
        #expect(drop.profile == "prod")
        // default_profile = "prod" picks prod when no profile is named.
        #expect(decide(update, policy, nil).profile == "prod")
    }

    static let sessions = """
    version = 1
    [profile.dev]
    ask = "destructive"
    deny = "critical"
    [[allow]]
    rule = "delete-without-where"
    object = "public.sessions"
    reason = "nightly cleanup"
    """

    @Test("an accepted cause accepts what it raised; names resolve through search_path")
    func allowlistAndDerived() throws {
        let policy = try Policy.parse(Self.sessions, file: "p.toml")
        let plain = decide("DELETE FROM sessions", policy, "dev")
        #expect(plain.level == .write)
        #expect(plain.decision == .allow)
        #expect(plain.statements[0].findings[0].allowedBy == "p.toml:5:1 (nightly cleanup)")
        let cte = decide("WITH d AS (DELETE FROM sessions RETURNING *) SELECT * FROM d", policy, "dev")
        #expect(cte.level == .write)
        #expect(cte.statements[0].findings.allSatisfy { $0.allowedBy != nil })
        #expect(cte.statements[0].findings.first { $0.rule == "data-modifying-cte" }?.derivedFrom == [1])
        let explain = decide("EXPLAIN ANALYZE DELETE FROM public.sessions", policy, "dev")
        #expect(explain.level == .write)
        let users = decide("DELETE FROM public.users", policy, "dev")
        #expect(users.level == .destructive)
        #expect(users.decision == .ask)
        let other = decide("DELETE FROM other.sessions", policy, "dev")
        #expect(other.level == .destructive)
        // A derived finding whose cause still stands keeps that cause's level.
        let mixed = decide("WITH d AS (DELETE FROM users RETURNING *) SELECT * FROM d", policy, "dev")
        #expect(mixed.level == .destructive)
    }

    @Test("a profile's search_path decides what an unqualified name means")
    func searchPath() throws {
        let policy = try Policy.parse(Self.sessions.replacingOccurrences(of: "deny = \"critical\"", with: "deny = \"critical\"\nsearch_path = [\"app\", \"public\"]"))
        #expect(decide("DELETE FROM sessions", policy, "dev").level == .destructive)
        #expect(decide("DELETE FROM public.sessions", policy, "dev").level == .write)
    }

    @Test("expired entries, other profiles and statement-only rules accept nothing")
    func entriesThatDoNotApply() throws {
        let expired = try Policy.parse(Self.sessions + "\nexpires = 2020-01-01\n")
        #expect(expired.expiredEntries.count == 1)
        #expect(decide("DELETE FROM sessions", expired, "dev").level == .destructive)
        let elsewhere = try Policy.parse(Self.sessions + "\nprofile = [\"prod\"]\n[profile.prod]\n")
        #expect(decide("DELETE FROM sessions", elsewhere, "dev").level == .destructive)
        let exact = try Policy.parse("version = 1\n[[allow]]\nrule = \"guard-setting\"\nstatement = \"SET row_security = off;\"\nreason = \"r\"\n")
        // An accepted finding above write still counts as write: the statement still changes something.
        #expect(decide("SET row_security = off", exact, nil).level == .write)
        #expect(decide("SET row_security = on", exact, nil).level == .critical)
        #expect(decide("SET  row_security = off", exact, nil).level == .critical)
    }

    @Test("protected objects, read_only and dangerous functions, guards, rule levels, server strings")
    func policyFindings() throws {
        let policy = try Policy.parse("""
        version = 1
        [profile.p]
        protected = ["public.users", "billing.*"]
        [functions]
        read_only = ["public.current_tenant(*)"]
        dangerous = ["app.purge_everything"]
        [settings]
        guards = ["app.tenant_id", "myext.*"]
        [server]
        standard_conforming_strings = false
        [rules.truncate]
        level = "critical"
        [rules.unknown-function]
        level = "schema"
        """)
        for example in ProtectedObjectRule.descriptor.hits {
            #expect(decide(example, policy, "p").statements.flatMap(\.findings).contains { $0.rule == "protected-object" }, "\(example)")
        }
        for example in ProtectedObjectRule.descriptor.misses {
            #expect(!decide(example, policy, "p").statements.flatMap(\.findings).contains { $0.rule == "protected-object" }, "\(example)")
        }
        #expect(decide("UPDATE users SET a = 1 WHERE id = 2", policy, "p").level == .destructive)
        #expect(decide("SELECT current_tenant()", policy, "p").level == .safe)
        #expect(decide("SELECT other_function()", policy, "p").level == .schema)
        let purge = decide("SELECT app.purge_everything()", policy, "p")
        #expect(purge.level == .critical && purge.reasons?.first?.rule == "server-function")
        #expect(decide("SET app.tenant_id = 5", policy, "p").reasons?.first?.rule == "guard-setting")
        #expect(decide("SET LOCAL \"MyExt\".mode = 1", policy, "p").level == .critical)
        #expect(decide("SET app.other = 5", policy, "p").level == .safe)
        #expect(decide("TRUNCATE t", policy, "p").level == .critical)
        for example in BackslashStringRule.descriptor.hits {
            #expect(decide(example, policy, "p").statements.flatMap(\.findings).contains { $0.rule == "backslash-string" }, "\(example)")
        }
        for example in BackslashStringRule.descriptor.misses {
            #expect(!decide(example, policy, "p").statements.flatMap(\.findings).contains { $0.rule == "backslash-string" }, "\(example)")
        }
    }

    @Test("targets pick a profile; an unknown target gets the default, else the strictest")
    func targets() throws {
        let policy = try Self.example()
        #expect(policy.profileName(for: ConnectionTarget(host: "localhost")) == "dev")
        #expect(policy.profileName(for: ConnectionTarget(host: "10.1.4.2", port: 5432)) == "prod")
        #expect(policy.profileName(for: ConnectionTarget(host: "db.staging.internal")) == "staging")
        #expect(policy.profileName(for: ConnectionTarget(host: "elsewhere")) == "prod")
        let strict = try Policy.parse("version = 1\n[profile.a]\n[profile.b]\nask = \"write\"\ndeny = \"destructive\"\n[profile.c]\nask = \"safe\"\n")
        #expect(strict.profileName(for: ConnectionTarget(host: "x")) == "b")
        let gate = Gate(policy: policy)
        #expect(gate.evaluate(GateRequest(sql: "DROP TABLE users", target: ConnectionTarget(host: "db.prod.internal"), source: .cli)).decision == .deny)
        #expect(gate.evaluate(GateRequest(sql: "DROP TABLE users", target: ConnectionTarget(host: "localhost"), source: .cli)).decision == .ask)
    }

    @Test("a policy that could not be read denies everything, even a plain SELECT, and says why")
    func unreadablePolicy() {
        let policy = Policy.denyingEverything(reason: "p.toml:3:1: malformed TOML")
        let report = decide("SELECT 1", policy, nil)
        #expect(report.decision == .deny)
        #expect(report.reasons?.first?.message == "p.toml:3:1: malformed TOML")
        #expect(Gate(policy: policy).evaluate(GateRequest(sql: "", source: .hook)).decision == .deny)
    }

    @Test("the report JSON carries the decision fields only with a policy")
    func json() throws {
        let plain = Classifier().classify("DELETE FROM sessions")
        #expect(!plain.json.contains("decision"))
        let decided = decide("WITH d AS (DELETE FROM sessions RETURNING *) SELECT * FROM d", try Policy.parse(Self.sessions), "dev")
        #expect(decided.json.contains("\"decision\":\"allow\""))
        #expect(decided.json.contains("\"derived_from\":[1]"))
        #expect(decided.json.contains("\"allowed_by\":\"<policy>:5:1 (nightly cleanup)\""))
    }
}

private extension String {
    func prepending(_ prefix: String) -> String { prefix + self }
}
