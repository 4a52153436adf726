// A test helper: many copies of it run at once to prove that the audit log and the file approval store
// are safe across processes. Not installed; the tests find it next to their bundle.
import SQLRisk
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "audit":
    // audit FILE COUNT WORKER: appends COUNT decision events.
    let log = AuditLog(path: arguments[1])
    for index in 0..<Int(arguments[2])! {
        var event = AuditEvent(kind: .decision, source: "cli")
        event.session = "worker-\(arguments[3])"
        event.decision = "allow"
        event.details = ["index": String(index)]
        do { try log.append(event) } catch {
            print("error: \(error)")
            exit(1)
        }
    }
case "redeem":
    // redeem DIR DIGEST: one attempt to redeem the grant; prints "redeemed" or "none".
    let store = FileApprovalStore(directory: arguments[1])
    do {
        let grant = try store.redeem(digest: arguments[2], profile: "prod", target: "db", now: 1_000)
        print(grant == nil ? "none" : "redeemed")
    } catch {
        print("error: \(error)")
        exit(1)
    }
case "submit":
    // submit DIR DIGEST COUNT: COUNT requests for distinct SQL; prints the codes.
    let store = FileApprovalStore(directory: arguments[1])
    for index in 0..<Int(arguments[3])! {
        let request = ApprovalRequest(code: ApprovalCode.generate(), digest: arguments[2] + String(index), profile: "prod", target: "db",
                                      sql: "DELETE FROM t", summary: "", source: "cli", createdAt: 1_000, expiresAt: 4_600)
        do { print(try store.submit(request).code) } catch {
            print("error: \(error)")
            exit(1)
        }
    }
case "evaluate":
    // evaluate DIR AUDIT SQL: one decision of a gate with the default policy, profile prod, target db.
    let gate = Gate(policy: .builtInDefault, approvals: FileApprovalStore(directory: arguments[1]), audit: AuditLog(path: arguments[2]))
    let verdict = gate.evaluate(GateRequest(sql: arguments[3], target: ConnectionTarget(host: "db"), profile: "prod", source: .cli))
    print([verdict.decision.name, verdict.approvalCode ?? "-", verdict.approvedBy ?? "-"].joined(separator: " ") + verdict.failures.map { " " + $0 }.joined())
case "bench":
    // bench DIR COUNT: microseconds per plain classification, per audited decision, per ask through the store.
    let count = Int(arguments[2])!
    let plain = Gate(policy: .builtInDefault)
    let audited = Gate(policy: .builtInDefault, audit: AuditLog(path: arguments[1] + "/bench-audit.jsonl"))
    let asking = Gate(policy: .builtInDefault, approvals: FileApprovalStore(directory: arguments[1] + "/bench-state"),
                      audit: AuditLog(path: arguments[1] + "/bench-audit.jsonl"))
    func microseconds(_ gate: Gate, _ sql: String) -> Double {
        let start = ContinuousClock.now
        for _ in 0..<count { _ = gate.evaluate(GateRequest(sql: sql, profile: "prod", source: .cli)) }
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000) / Double(count)
    }
    let select = "SELECT id, name FROM users WHERE id = 42"
    print("plain SELECT:            \(microseconds(plain, select)) µs")
    print("SELECT + audit event:    \(microseconds(audited, select)) µs")
    print("DELETE ask + store+audit: \(microseconds(asking, "DELETE FROM users")) µs")
default:
    print("usage: sqlrisk-gate-stress bench DIR COUNT | evaluate DIR AUDIT SQL |  sqlrisk-gate-stress audit FILE COUNT WORKER | redeem DIR DIGEST | submit DIR DIGEST COUNT")
    exit(64)
}
