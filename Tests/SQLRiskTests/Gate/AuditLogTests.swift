import Foundation
import SQLRisk
import Testing

@Suite("Audit log")
struct AuditLogTests {
    static func decisionEvent(_ sql: String, decision: Decision = .allow, includeValues: Bool = false) -> AuditEvent {
        let request = GateRequest(sql: sql, target: ConnectionTarget(host: "db", dbname: "app"), source: .cli, session: "s1")
        let verdict = GateVerdict(report: Classifier().classify(sql), decision: decision, profile: "prod")
        return AuditEvent.decision(verdict, for: request, includeValues: includeValues)
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func verify(_ lines: [String]) -> AuditVerifier.Result {
        AuditVerifier.verify(Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// A 10,000-event log written through `AuditLog`, shared by the tamper tests.
    static let bigLog: [String] = {
        let directory = try! GateProcesses.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("audit.jsonl")
        let log = AuditLog(path: url.path)
        let statements = ["SELECT * FROM users WHERE id = 42", "DELETE FROM sessions WHERE expires < now()", "DROP TABLE t"]
        for index in 0..<10_000 {
            var event = decisionEvent(statements[index % 3], decision: Decision(rawValue: index % 3)!)
            event.details = ["n": String(index)]
            try! log.append(event)
        }
        return try! lines(url)
    }()

    @Test func aWholeLogVerifies() {
        let result = Self.verify(Self.bigLog)
        #expect(result.isValid, "\(String(describing: result.problem))")
        #expect(result.validEvents == 10_000)
    }

    @Test func anEditedLineIsFound() {
        var lines = Self.bigLog
        lines[4999] = lines[4999].replacingOccurrences(of: "\"n\":\"4999\"", with: "\"n\":\"5999\"")
        #expect(lines[4999] != Self.bigLog[4999])
        let problem = Self.verify(lines).problem
        #expect(problem?.line == 5000)
        #expect(problem?.message.hasPrefix("edited") == true, "\(String(describing: problem))")
    }

    @Test func aRemovedLineIsFound() {
        var lines = Self.bigLog
        lines.remove(at: 6999)
        let problem = Self.verify(lines).problem
        #expect(problem?.line == 7000)
        #expect(problem?.message.contains("deleted") == true, "\(String(describing: problem))")
    }

    @Test func anInsertedCopyIsFound() {
        var lines = Self.bigLog
        lines.insert(lines[9], at: 2999)
        let problem = Self.verify(lines).problem
        #expect(problem?.line == 3000)
        #expect(problem?.message.hasPrefix("inserted") == true, "\(String(describing: problem))")
    }

    @Test func anInsertedForgeryIsFound() {
        var lines = Self.bigLog
        let forged = lines[100].replacingOccurrences(of: "\"decision\":\"deny\"", with: "\"decision\":\"allow\"")
        lines.insert(forged, at: 2999)
        let problem = Self.verify(lines).problem
        #expect(problem?.line == 3000)
        #expect(problem?.message.hasPrefix("inserted") == true, "\(String(describing: problem))")
    }

    @Test func deletingTheFirstLinesIsFound() {
        let problem = Self.verify(Array(Self.bigLog.dropFirst(3))).problem
        #expect(problem?.line == 1)
        #expect(problem?.message.contains("deleted") == true)
    }

    @Test func aTruncatedLastLineIsFound() {
        var bytes = Array(Self.bigLog.prefix(5).map { $0 + "\n" }.joined().utf8)
        bytes.removeLast(10)
        let result = AuditVerifier.verify(bytes)
        #expect(result.problem?.line == 5)
        #expect(result.problem?.message.contains("incomplete") == true)
    }

    @Test func notJSONIsReported() {
        var lines = Array(Self.bigLog.prefix(5))
        lines[2] = "{\"v\":1,\"prev\":\"" + String(repeating: "0", count: 64) + "\"" + ",\"hash\":\"" + String(repeating: "a", count: 64) + "\"}"
        lines[1] = "hello"
        let problem = Self.verify(lines).problem
        #expect(problem?.line == 2)
        #expect(problem?.message.contains("not an audit event") == true)
    }

    @Test func eightProcessesAppendingKeepOneChain() throws {
        let directory = try GateProcesses.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("audit.jsonl").path
        let results = try GateProcesses.runAtOnce((0..<8).map { ["audit", path, "250", String($0)] })
        #expect(results.allSatisfy { $0.status == 0 }, "\(results)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let result = AuditVerifier.verify(bytes)
        #expect(result.isValid, "\(String(describing: result.problem))")
        #expect(result.validEvents == 2000)
        let sessions = try Self.lines(URL(fileURLWithPath: path)).compactMap { line in
            line.range(of: "worker-[0-9]", options: .regularExpression).map { String(line[$0]) }
        }
        #expect(Dictionary(grouping: sessions, by: { $0 }).mapValues(\.count) == Dictionary(uniqueKeysWithValues: (0..<8).map { ("worker-\($0)", 250) }))
    }

    @Test func appendingAfterABrokenLastLineFails() throws {
        let directory = try GateProcesses.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("audit.jsonl")
        try Data("not an event\n".utf8).write(to: url)
        #expect(throws: AuditLogError.self) { try AuditLog(path: url.path).append(Self.decisionEvent("SELECT 1")) }
        #expect(try Self.lines(url) == ["not an event"])
    }

    @Test func literalsAreReplacedByPlaceholders() throws {
        let event = Self.decisionEvent("UPDATE users SET password = 'hunter2' WHERE id = 42; SELECT 'x'")
        #expect(event.statements.map(\.text) == ["UPDATE users SET password = $1 WHERE id = $2", "SELECT $1"])
        let verbatim = Self.decisionEvent("UPDATE users SET password = 'hunter2' WHERE id = 42", includeValues: true)
        #expect(verbatim.statements.map(\.text) == ["UPDATE users SET password = 'hunter2' WHERE id = 42"])
    }

    @Test func unparseableTextIsRedactedByTheLexer() {
        #expect(StatementRedaction.redact("SELEC 'secret', 42 FROM t WHERE a = $1 AND b = E'x\\'y'") == "SELEC $2, $3 FROM t WHERE a = $1 AND b = $4")
        #expect(StatementRedaction.redact("INSERT INTO t VALUES ('unterminated") == "INSERT INTO t VALUES ($1")
    }

    @Test func theEventCarriesTheDecisionFields() throws {
        let directory = try GateProcesses.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("audit.jsonl")
        var event = Self.decisionEvent("DELETE FROM users", decision: .ask)
        event.approvalCode = "K7Q-4MZ"
        try AuditLog(path: url.path).append(event)
        let line = try #require(try Self.lines(url).first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(json["v"] as? Int == 1)
        #expect(json["decision"] as? String == "ask")
        #expect(json["level"] as? String == "destructive")
        #expect(json["profile"] as? String == "prod")
        #expect(json["target"] as? String == "db/app")
        #expect(json["rules"] as? [String] == ["delete-without-where"])
        #expect((json["approval"] as? [String: Any])?["code"] as? String == "K7Q-4MZ")
        #expect(json["prev"] as? String == AuditLog.genesisHash)
        let statement = try #require((json["statements"] as? [[String: Any]])?.first)
        #expect(statement["kind"] as? String == "DELETE")
        #expect(statement["objects"] as? [String] == ["users"])
        let ts = try #require(json["ts"] as? String)
        #expect(ts.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil)
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"), (951_782_400, "2000-02-29T00:00:00.000Z"),
        (1_700_000_000, "2023-11-14T22:13:20.000Z"), (-1, "1969-12-31T23:59:59.000Z"), (4_102_444_799, "2099-12-31T23:59:59.000Z"),
    ])
    func timestamps(seconds: Int64, text: String) {
        #expect(AuditEvent.timestamp(unixSeconds: seconds) == text)
    }

    @Test func summaryCountsByRuleProfileAndDay() {
        let summary = AuditSummary.summarize(Array(Self.bigLog.prefix(30).map { $0 + "\n" }.joined().utf8))
        #expect(summary.decisions == 30)
        #expect(summary.byDecision == ["allow": 10, "ask": 10, "deny": 10])
        #expect(summary.byProfile == ["prod": ["allow": 10, "ask": 10, "deny": 10]])
        #expect(summary.byRule["drop-table"] == ["deny": 10])
        #expect(summary.byRule["(none)"]?["allow"] == 10)
        #expect(summary.byDay.values.reduce(0) { $0 + $1.values.reduce(0, +) } == 30)
    }
}
