import SQLRisk

/// The answer in each host's own format: what goes to standard output, standard error, and the exit status.
public struct HostAnswer: Sendable, Equatable {
    public var standardOutput: String
    public var standardError: String
    public var exitStatus: Int32

    public static let passThrough = HostAnswer(standardOutput: "", standardError: "", exitStatus: 0)

    /// `allow` and "not a database action" print nothing: the hook only ever tightens what the host would
    /// do on its own, so an allowed `psql … ; rm -rf x` still meets the host's normal permission prompt.
    public static func render(_ verdict: HookVerdict, host: HookHost, eventName: String) -> HostAnswer {
        guard let decision = verdict.decision, decision != .allow else { return .passThrough }
        let reason = verdict.reason
        switch host {
        case .claude:
            return json([("hookSpecificOutput", .object([
                ("hookEventName", .string("PreToolUse")),
                ("permissionDecision", .string(decision.name)),
                ("permissionDecisionReason", .string(reason)),
            ]))])
        case .codex:
            // Codex enforces only `deny`; an `ask` is a deny whose reason carries the approval code.
            return json([("hookSpecificOutput", .object([
                ("hookEventName", .string("PreToolUse")),
                ("permissionDecision", .string("deny")),
                ("permissionDecisionReason", .string(decision == .ask ? askAsDeny(reason) : reason)),
            ]))])
        case .gemini:
            // Gemini's BeforeTool knows allow and deny only: `ask` is refused with the approval code too.
            return json([("decision", .string("deny")), ("reason", .string(decision == .ask ? askAsDeny(reason) : reason))])
        case .cursor:
            return json([("permission", .string(decision.name)), ("userMessage", .string(reason)), ("agentMessage", .string(reason))])
        case .copilot:
            return json([("permissionDecision", .string(decision.name)), ("permissionDecisionReason", .string(reason))])
        }
    }

    static func askAsDeny(_ reason: String) -> String {
        "This host cannot ask the person, so the hook refuses; a person can approve it (see the approval code below) and the agent can then retry.\n" + reason
    }

    static func json(_ members: [(String, JSONValue)]) -> HostAnswer {
        HostAnswer(standardOutput: JSONWriter.write(.object(members)) + "\n", standardError: "", exitStatus: 0)
    }
}
