/// Decisions of an audit log counted by rule, profile and day (`classify-sql audit summary`). Each
/// count is split by decision (`allow`, `ask`, `deny`).
public struct AuditSummary: Sendable, Equatable {
    public typealias Counts = [String: Int]

    public var decisions = 0
    public var outcomes = 0
    /// Lines that are not audit events (the chain is `AuditVerifier`'s business; these are skipped).
    public var unreadableLines: [Int] = []
    public var byDecision: Counts = [:]
    public var byRule: [String: Counts] = [:]
    public var byProfile: [String: Counts] = [:]
    /// Keyed by the UTC date of `ts` (`2026-12-04`).
    public var byDay: [String: Counts] = [:]

    public static func summarize(_ bytes: [UInt8]) -> AuditSummary {
        var summary = AuditSummary()
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let event = try? JSONReader.parse(line), let kind = event["event"]?.string else {
                summary.unreadableLines.append(index + 1)
                continue
            }
            if kind == "outcome" { summary.outcomes += 1 }
            guard kind == "decision", let decision = event["decision"]?.string else { continue }
            summary.count(decision: decision, event: event)
        }
        return summary
    }

    private mutating func count(decision: String, event: JSONValue) {
        decisions += 1
        byDecision[decision, default: 0] += 1
        byProfile[event["profile"]?.string ?? "(none)", default: [:]][decision, default: 0] += 1
        byDay[String((event["ts"]?.string ?? "unknown").prefix(10)), default: [:]][decision, default: 0] += 1
        let rules = event["rules"]?.array?.compactMap(\.string) ?? []
        for rule in rules.isEmpty ? ["(none)"] : rules {
            byRule[rule, default: [:]][decision, default: 0] += 1
        }
    }
}
