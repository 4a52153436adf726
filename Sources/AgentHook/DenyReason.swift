import SQLRisk

/// The text the agent (and the person) reads: facts it can act on, bounded in length.
enum DenyReason {
    static let maxItems = 8
    static let maxLength = 4000

    static func render(decision: Decision, items: [HookItem]) -> String {
        let shown = items.filter { $0.decision == decision || $0.decision > .allow }
        var lines = ["sqlrisk: \(decision.name) — \(shown.count) of \(items.count) database input\(items.count == 1 ? "" : "s") need\(shown.count == 1 ? "s" : "") attention"]
        for (number, item) in shown.prefix(maxItems).enumerated() {
            lines.append("\(number + 1). [\(item.level.name) → \(item.decision.name), profile \(item.profile), target \(item.target)] \(item.subject)")
            for finding in item.findings.prefix(4) { lines.append("   - " + Excerpt.make(finding, limit: 400)) }
            if let code = item.approvalCode {
                lines.append("   - approval code \(code): a person can run `classify-sql approve \(code)` in their own terminal; the same command then passes once")
            }
        }
        if shown.count > maxItems { lines.append("… and \(shown.count - maxItems) more") }
        var text = lines.joined(separator: "\n")
        if text.count > maxLength { text = String(text.prefix(maxLength)) + "…" }
        return text
    }
}
