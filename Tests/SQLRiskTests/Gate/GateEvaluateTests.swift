import Foundation
import SQLRisk
import Testing

@Suite("Gate: approvals and audit")
struct GateEvaluateTests {
    let scratch: GateScratch
    let directory: URL
    let store: FileApprovalStore
    let auditPath: String

    init() throws {
        scratch = try GateScratch()
        directory = scratch.url
        store = FileApprovalStore(directory: directory.appendingPathComponent("state").path)
        auditPath = directory.appendingPathComponent("audit.jsonl").path
    }

    func request(_ sql: String) -> GateRequest {
        GateRequest(sql: sql, target: ConnectionTarget(host: "db.prod", dbname: "app"), profile: "prod", source: .hook, session: "s1")
    }

    @Test func withoutAStoreAskStaysAskWithoutCode() {
        let verdict = Gate(policy: .builtInDefault).evaluate(request("DELETE FROM users"))
        #expect(verdict.decision == .ask)
        #expect(verdict.approvalCode == nil)
        #expect(verdict.auditID == nil)
    }

    @Test func anAskBecomesARequestAndAGrantLetsTheSameSQLPassOnce() throws {
        let gate = Gate(policy: .builtInDefault, approvals: store, audit: AuditLog(path: auditPath))
        let asked = gate.evaluate(request("DELETE FROM users"))
        #expect(asked.decision == .ask)
        let code = try #require(asked.approvalCode)
        let pending = try #require(try store.request(code: code))
        #expect(pending.digest == SHA256.hex("DELETE FROM users"))
        #expect(pending.target == "db.prod/app")
        #expect(pending.summary.contains("delete-without-where"))
        #expect(gate.evaluate(request("DELETE FROM users")).approvalCode == code)

        _ = try store.grant(code: code, for: nil, reusable: false, grantedBy: "alice", now: GateSystemClock.now)
        #expect(gate.evaluate(request("DELETE FROM users ")).decision == .ask)
        let passed = gate.evaluate(request("DELETE FROM users"))
        #expect(passed.decision == .allow)
        #expect(passed.approvedBy == "alice")
        #expect(passed.approvalCode == code)
        gate.record(GateOutcome(executed: true, commandTag: "DELETE 3", rows: 3), for: passed)
        let again = gate.evaluate(request("DELETE FROM users"))
        #expect(again.decision == .ask)
        #expect(again.approvalCode != code)

        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: auditPath)))
        #expect(AuditVerifier.verify(bytes).isValid)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[4].contains("\"of\":\"\(passed.auditID!)\""))
        #expect(lines[4].contains("\"command_tag\":\"DELETE 3\",\"rows\":3"))
        #expect(lines[3].contains("\"granted_by\":\"alice\""))
        #expect(lines[3].hasSuffix("\"hash\":\"\(passed.auditID!)\"}"))
    }

    @Test func aCorruptedStoreDenies() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("{".utf8).write(to: URL(fileURLWithPath: store.statePath))
        let gate = Gate(policy: .builtInDefault, approvals: store, audit: AuditLog(path: auditPath))
        let verdict = gate.evaluate(request("DELETE FROM users"))
        #expect(verdict.decision == .deny)
        #expect(verdict.approvalCode == nil)
        #expect(verdict.failures.first?.contains("corrupted") == true)
        let line = String(decoding: try Data(contentsOf: URL(fileURLWithPath: auditPath)), as: UTF8.self)
        #expect(line.contains("\"decision\":\"deny\""))
        #expect(line.contains("\"reasons\":[\"approvals unavailable"))
        #expect(gate.evaluate(request("SELECT 1")).decision == .allow)
    }

    @Test func anUnwritableAuditLogDenies() {
        let gate = Gate(policy: .builtInDefault, audit: AuditLog(path: directory.appendingPathComponent("missing/audit.jsonl").path))
        let verdict = gate.evaluate(request("SELECT 1"))
        #expect(verdict.decision == .deny)
        #expect(verdict.failures.first?.contains("audit log") == true)
    }

    @Test func anAllowNeverTouchesTheStore() {
        let verdict = Gate(policy: .builtInDefault, approvals: store).evaluate(request("SELECT * FROM users"))
        #expect(verdict.decision == .allow)
        #expect(!FileManager.default.fileExists(atPath: store.directory))
    }
}

enum GateSystemClock {
    static var now: Int64 { Int64(Date().timeIntervalSince1970) }
}
