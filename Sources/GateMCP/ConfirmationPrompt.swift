import MCP
import SQLRisk

/// The elicitation that asks the human before an `ask` runs: the target, each statement with its
/// findings and hints, and one explicit checkbox. Only `accept` with the box ticked counts as a yes.
struct ConfirmationPrompt {
    enum Outcome: Equatable {
        case confirmed
        case refused(String)
    }

    let answer: GateAnswer
    let sql: String
    let target: String
    let estimatedRows: Int?
    /// Bytes of each statement shown; longer ones are cut with a marker.
    static let shownBytes = 2_000

    var message: String {
        let report = answer.verdict.report
        var lines = ["sqlrisk-gate: the policy (profile \(answer.verdict.profile)) asks before this SQL runs on \(target): \(report.level.name)."]
        let bytes = Array(sql.utf8)
        for statement in report.statements {
            let start = max(0, min(statement.location, bytes.count))
            let end = min(bytes.count, start + max(0, statement.length))
            var text = String(decoding: bytes[start..<min(end, start + Self.shownBytes)], as: UTF8.self)
            if end - start > Self.shownBytes { text += " … (\(end - start) bytes)" }
            lines.append("")
            lines.append("Statement \(statement.index + 1) (\(statement.kind), \(statement.level.name)):")
            lines.append("  " + text)
            for finding in statement.findings {
                lines.append("  - \(finding.rule) [\(finding.level.name)]: \(finding.message)")
                lines.append("    hint: \(finding.hint)")
            }
        }
        if let estimatedRows { lines.append("\nThe planner estimates \(estimatedRows) row\(estimatedRows == 1 ? "" : "s") (EXPLAIN, not run).") }
        if let code = answer.verdict.approvalCode { lines.append("Approval code: \(code)") }
        lines.append("\nTick the box and accept to run it once. Decline or cancel and nothing runs.")
        return lines.joined(separator: "\n")
    }

    var schema: Elicitation.RequestSchema {
        Elicitation.RequestSchema(
            title: "Run this SQL on \(target)?",
            properties: ["confirm": .object(["type": "boolean", "title": "Yes, run this SQL once on \(target)",
                                             "description": "Runs the statements shown above", "default": false])],
            required: ["confirm"])
    }

    /// Asks the client; any failure, a timeout, `decline`, `cancel` or an unticked box is a no.
    func ask(_ server: Server, timeoutSeconds: Double) async -> Outcome {
        let message = self.message, schema = self.schema
        do {
            guard let result = try await Offload.withDeadline(seconds: timeoutSeconds, {
                try await server.requestElicitation(message: message, requestedSchema: schema)
            }) else { return .refused("nobody answered the confirmation prompt within \(Int(timeoutSeconds)) s") }
            switch result.action {
            case .accept:
                return result.content?["confirm"]?.boolValue == true
                    ? .confirmed : .refused("the confirmation prompt was accepted without ticking the box")
            case .decline: return .refused("the human declined the confirmation prompt")
            case .cancel: return .refused("the confirmation prompt was cancelled")
            }
        } catch {
            return .refused("the confirmation prompt failed (\(error))")
        }
    }
}
