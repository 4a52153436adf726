import Foundation
import MCP
import PostgresClient
import SQLRisk

/// What one tool call answers: the gate's part, whether SQL ran, its results or error, and a message
/// that says what to do next. Becomes structured content plus the same JSON as text.
struct ToolReply {
    var answer: GateAnswer?
    var target: String
    var executed = false
    var message: String
    var confirmation: Confirmation?
    var results: [PostgresResult] = []
    var error: PostgresError?
    var extra: [String: Value] = [:]
    /// A tool error: nothing ran because the gate or the input refused it, or the database failed.
    var isError = false

    init(answer: GateAnswer?, target: String, message: String) {
        self.answer = answer
        self.target = target
        self.message = message
    }

    /// A refusal before the gate was asked (bad arguments): nothing ran.
    static func badInput(_ message: String, target: String) -> ToolReply {
        var reply = ToolReply(answer: nil, target: target, message: message)
        reply.isError = true
        return reply
    }

    var callResult: CallTool.Result {
        let content = structured
        let text = (try? String(decoding: Self.encoder.encode(content), as: UTF8.self)) ?? message
        return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: content as Value?, isError: isError)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    var structured: Value {
        var object: [String: Value] = [
            "decision": .string(answer?.decision.name ?? "deny"),
            "level": .string(answer?.verdict.report.level.name ?? "critical"),
            "rules": .array((answer?.verdict.report.ruleIDs ?? []).map { .string($0) }),
            "executed": .bool(executed),
            "message": .string(message),
            "target": .string(target),
        ]
        if let answer {
            object["profile"] = .string(answer.verdict.profile)
            object["statements"] = Self.statements(answer.verdict.report)
            if let code = answer.verdict.approvalCode { object["approval_code"] = .string(code) }
        }
        if let confirmation { object["confirmation"] = .string(confirmation.rawValue) }
        if !results.isEmpty || executed { object["results"] = .array(results.map(Self.result)) }
        if let error { object["error"] = Self.error(error) }
        object.merge(extra) { _, new in new }
        return .object(object)
    }

    static func statements(_ report: Report) -> Value {
        .array(report.statements.map { statement in
            .object([
                "index": .int(statement.index), "kind": .string(statement.kind), "level": .string(statement.level.name),
                "findings": .array(statement.findings.map { finding in
                    .object(["rule": .string(finding.rule), "level": .string(finding.level.name),
                             "message": .string(finding.message), "hint": .string(finding.hint)])
                }),
            ])
        })
    }

    static func result(_ result: PostgresResult) -> Value {
        .object([
            "command_tag": .string(result.commandTag),
            "rows_affected": result.rowsAffected.map { .int($0) } ?? .null,
            "columns": .array(result.columns.map { .string($0) }),
            "rows": .array(result.rows.map { row in .array(row.map { $0.map(Value.string) ?? .null }) }),
            "truncated": .bool(result.truncated),
        ])
    }

    static func error(_ error: PostgresError) -> Value {
        var object: [String: Value] = ["kind": .string(error.kind.rawValue), "message": .string(error.message)]
        if let state = error.sqlState { object["sqlstate"] = .string(state) }
        if let detail = error.detail { object["detail"] = .string(detail) }
        if let hint = error.hint { object["hint"] = .string(hint) }
        return .object(object)
    }

    /// `deny critical alter-system: ALTER SYSTEM changes … (hint: …)` for each finding that decided, so an
    /// agent sees the facts it can act on.
    static func reasons(_ report: Report, limit: Int = 5) -> String {
        let worst = report.findings.filter { $0.level == report.level }
        let lines = worst.prefix(limit).map { "\($0.level.name) \($0.rule): \($0.message) (hint: \($0.hint))" }
        let more = worst.count > limit ? "; and \(worst.count - limit) more" : ""
        return lines.joined(separator: "; ") + more
    }
}
