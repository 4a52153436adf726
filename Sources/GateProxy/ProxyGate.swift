import NIOCore
import SQLRisk

/// How the proxy acts on a refusal (SPEC §10).
public enum ProxyMode: String, Sendable, CaseIterable {
    /// Classify and audit; refuse nothing.
    case observe
    /// As observe, and tell the client with a NoticeResponse.
    case warn
    /// Refuse what the policy refuses.
    case enforce
}

/// The proxy's one use of the gate core (Sources/SQLRisk/Gate): every call into `Gate` goes through here, so
/// that the policy, approvals, audit and session pieces can change behind it.
public struct ProxyGate: Sendable {
    public let gate: Gate
    public let mode: ProxyMode
    /// `FunctionCall` messages pass only when this is set: their effect cannot be classified.
    public let allowFunctionCall: Bool
    /// Replication connections (startup parameter `replication`) pass only when this is set.
    public let allowReplication: Bool

    public init(gate: Gate, mode: ProxyMode, allowFunctionCall: Bool = false, allowReplication: Bool = false) {
        self.gate = gate
        self.mode = mode
        self.allowFunctionCall = allowFunctionCall
        self.allowReplication = allowReplication
    }

    /// What to do with one SQL text.
    public struct Judgement: Sendable {
        public var verdict: GateVerdict
        /// The ErrorResponse that replaces the statement's execution, in enforce mode.
        public var refusal: Frame?
        /// The NoticeResponse that warn mode adds.
        public var notice: Frame?
    }

    public func judge(_ sql: String, target: ConnectionTarget, session: inout SessionState, connection: String,
                      details: [String: String]) -> Judgement {
        let request = GateRequest(sql: sql, target: target, source: .proxy, session: connection,
                                  client: target.clientAddress, details: details)
        let verdict = gate.evaluate(request, session: &session)
        guard verdict.decision != .allow else { return Judgement(verdict: verdict) }
        switch mode {
        case .observe: return Judgement(verdict: verdict)
        case .warn: return Judgement(verdict: verdict, notice: Self.response("N", severity: "WARNING", verdict: verdict, sql: sql))
        case .enforce: return Judgement(verdict: verdict, refusal: Self.response("E", severity: "ERROR", verdict: verdict, sql: sql))
        }
    }

    /// A refusal that no SQL text explains (FunctionCall, replication, a refused statement's name reused).
    public func refusal(_ message: String, hint: String) -> Frame? {
        mode == .enforce ? BackendMessage.responseFrame("E", fields: [("S", "ERROR"), ("V", "ERROR"), ("C", "42501"),
                                                                      ("M", "sqlrisk: " + message), ("H", hint)]) : nil
    }

    public func record(_ outcome: GateOutcome, for verdict: GateVerdict) {
        gate.record(outcome, for: verdict)
    }

    /// `sqlrisk: <decision> <level> <rule>: <message>`, the statement in the detail, the hint and approval code.
    static func response(_ type: Character, severity: String, verdict: GateVerdict, sql: String) -> Frame {
        let report = verdict.report
        let statement = report.statements.max(by: { $0.level < $1.level })
        let finding = statement?.findings.max(by: { $0.level < $1.level })
        let rule = finding?.rule ?? "policy"
        let text = finding?.message ?? "the policy refuses \(report.level) statements"
        let message = "sqlrisk: \(verdict.decision.name) \(report.level) \(rule): \(text)"
        var detail = "refused statement"
        if let statement {
            let utf8 = Array(sql.utf8)
            let start = min(max(statement.location, 0), utf8.count)
            let end = min(start + max(statement.length, 0), utf8.count)
            var quoted = String(decoding: utf8[start..<end], as: UTF8.self)
            if quoted.isEmpty { quoted = String(decoding: utf8, as: UTF8.self) }
            if quoted.count > 200 { quoted = String(quoted.prefix(200)) + "…" }
            detail = "statement \(statement.index + 1) (\(statement.kind)): \(quoted)"
        }
        var hint = finding?.hint ?? ""
        if verdict.decision == .ask, let code = verdict.approvalCode {
            hint += (hint.isEmpty ? "" : " ") + "Approval code \(code): a human can let this exact SQL pass once with `classify-sql approve \(code)`."
        }
        var fields: [(Character, String)] = [("S", severity), ("V", severity), ("C", "42501"), ("M", message), ("D", detail)]
        if !hint.isEmpty { fields.append(("H", hint)) }
        return BackendMessage.responseFrame(type, fields: fields)
    }
}
