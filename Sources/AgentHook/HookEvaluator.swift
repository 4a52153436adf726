import SQLRisk

/// One thing the hook decided about: a statement list, an unknown input, a client action.
public struct HookItem: Sendable, Equatable {
    /// What it is about, quoted briefly: `DROP TABLE users`, `-c "$SQL"`.
    public var subject: String
    public var level: RiskLevel
    public var decision: Decision
    /// One line per finding: `drop-table (destructive): … Hint: …`.
    public var findings: [String]
    public var approvalCode: String?
    public var profile: String
    public var target: String
}

/// The hook's answer for one tool call. `decision` nil means "not a database action": no output.
public struct HookVerdict: Sendable, Equatable {
    public var decision: Decision?
    public var items: [HookItem]
    /// Why, for the agent and the person: each offending statement, its rule, level and hint.
    public var reason: String

    public static let notDatabase = HookVerdict(decision: nil, items: [], reason: "")
}

/// Metadata of the tool call for the audit log.
public struct ToolCallContext: Sendable {
    public var host: String
    public var session: String?
    public var toolName: String
    public var cwd: String?
    public var profile: String?

    public init(host: String, session: String?, toolName: String, cwd: String?, profile: String? = nil) {
        self.host = host
        self.session = session
        self.toolName = toolName
        self.cwd = cwd
        self.profile = profile
    }
}

/// Turns an analysis into a verdict through the Gate: policy, approvals and audit all happen there.
public struct HookEvaluator: Sendable {
    public let gate: Gate

    public init(gate: Gate) { self.gate = gate }

    public func evaluate(_ analysis: ToolCallAnalysis, context: ToolCallContext) -> HookVerdict {
        var items: [HookItem] = []
        for write in analysis.protectedWrites {
            items.append(HookItem(subject: write, level: .critical, decision: .deny,
                                  findings: ["self-protection (critical): the hook guards the policy, approvals, audit log and hook settings. Hint: ask the person to make this change themselves"],
                                  profile: context.profile ?? "-", target: "-"))
        }
        if let failure = analysis.failure, analysis.mayReachDatabase {
            items.append(HookItem(subject: "the command", level: .critical, decision: .deny,
                                  findings: ["hook-error (critical): \(failure). Hint: write the command more plainly (no nesting, no generated SQL)"],
                                  profile: context.profile ?? "-", target: "-"))
        }
        for action in analysis.actions {
            for input in action.inputs {
                items += evaluate(input, of: action, context: context)
            }
        }
        guard !items.isEmpty else { return .notDatabase }
        let decision = items.map(\.decision).max() ?? .allow
        return HookVerdict(decision: decision, items: items, reason: DenyReason.render(decision: decision, items: items))
    }

    func request(_ sql: String, _ action: DatabaseAction, _ context: ToolCallContext) -> GateRequest {
        var details = ["tool": context.toolName, "client": action.client]
        if let cwd = context.cwd { details["cwd"] = cwd }
        return GateRequest(sql: sql, target: action.target, profile: context.profile, source: .hook, session: context.session,
                           client: context.host, details: details)
    }

    func evaluate(_ input: SQLInput, of action: DatabaseAction, context: ToolCallContext) -> [HookItem] {
        let profile = context.profile ?? gate.policy.profileName(for: action.target)
        let target = action.target.label
        switch input {
        case .sql(let sql, _):
            return [item(for: gate.evaluate(request(sql, action, context)), sql: sql, target: target)]
        case .psqlScript(let script, let origin):
            let split = PsqlScript.split(script)
            var items: [HookItem] = []
            for meta in split.metaCommands where meta.level > .safe {
                let decision = max(gate.policy.decision(for: meta.level, profile: profile), meta.level == .critical ? .ask : .allow)
                items.append(HookItem(subject: Excerpt.make(meta.text, limit: 80), level: meta.level, decision: decision,
                                      findings: ["psql-meta-command (\(meta.level.name)): psql runs \(Excerpt.make(meta.text, limit: 40)) itself, outside the server. Hint: use plain SQL, or run it yourself"],
                                      profile: profile, target: target))
            }
            let sqlOnly = split.sql
            if !sqlOnly.allSatisfy({ $0.isWhitespace || $0 == ";" }) || split.metaCommands.isEmpty {
                var verdictItem = item(for: gate.evaluate(request(sqlOnly, action, context)), sql: sqlOnly, target: target)
                if verdictItem.level == .safe && split.metaCommands.isEmpty && sqlOnly.allSatisfy(\.isWhitespace) {
                    verdictItem.subject = "empty input from \(origin)"
                }
                items.append(verdictItem)
            }
            if items.isEmpty {
                // Only read-only meta-commands (`\dt`): a database action, and an allowed one.
                items.append(HookItem(subject: Excerpt.make(script, limit: 80), level: .safe, decision: .allow, findings: [],
                                      profile: profile, target: target))
            }
            return items
        case .unknown(let reason):
            // Never allow SQL the hook cannot see, whatever a lenient profile says about `critical`.
            let decision = max(gate.policy.decision(for: .critical, profile: profile), .ask)
            return [HookItem(subject: "SQL sent by \(action.client)", level: .critical, decision: decision,
                             findings: ["unknown-sql (critical): \(reason). Hint: pass the SQL literally (-c '…' or a file in the project) so it can be checked"],
                             profile: profile, target: target)]
        case .clientAction(let rule, let level, let message, let hint):
            return [HookItem(subject: action.client, level: level, decision: gate.policy.decision(for: level, profile: profile),
                             findings: ["\(rule) (\(level.name)): \(message). Hint: \(hint)"], profile: profile, target: target)]
        case .opaqueProgram(let reason):
            return [HookItem(subject: action.client, level: .critical, decision: .ask,
                             findings: ["inline-database-program (critical): \(reason). Hint: run the SQL through psql -c or the sqlrisk MCP server so it can be checked"],
                             profile: profile, target: target)]
        }
    }

    func item(for verdict: GateVerdict, sql: String, target: String) -> HookItem {
        var findings: [String] = []
        for statement in verdict.report.statements where statement.level > .safe {
            let text = statement.location >= 0 && statement.location + statement.length <= sql.utf8.count
                ? String(decoding: Array(sql.utf8)[statement.location..<(statement.location + statement.length)], as: UTF8.self) : statement.kind
            for finding in statement.findings where finding.level == statement.level {
                findings.append("\(Excerpt.make(text, limit: 100)) — \(finding.rule) (\(finding.level.name)): \(finding.message). Hint: \(finding.hint)")
            }
        }
        return HookItem(subject: Excerpt.make(sql, limit: 120), level: verdict.report.level, decision: verdict.decision,
                        findings: findings, approvalCode: verdict.approvalCode, profile: verdict.profile, target: target)
    }
}
