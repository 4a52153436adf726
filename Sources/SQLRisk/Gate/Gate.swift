/// Where a decision was made, for the audit log (SPEC §7).
public enum GateSource: String, Sendable, Codable {
    case cli, hook, mcp, proxy
}

/// One input a gate is asked about, with what it knows of where the SQL is going.
public struct GateRequest: Sendable {
    public var sql: String
    public var target: ConnectionTarget
    /// Forces a profile; nil lets the policy's `[[target]]` entries pick it.
    public var profile: String?
    public var source: GateSource
    /// Session id (hook session, MCP session, proxy connection) for the audit log.
    public var session: String?
    /// The client as the gate knows it (agent host, MCP client name, client address).
    public var client: String?
    /// Further audit fields (tool name, cwd, backend pid ...).
    public var details: [String: String]

    public init(sql: String, target: ConnectionTarget = ConnectionTarget(), profile: String? = nil, source: GateSource,
                session: String? = nil, client: String? = nil, details: [String: String] = [:]) {
        self.sql = sql
        self.target = target
        self.profile = profile
        self.source = source
        self.session = session
        self.client = client
        self.details = details
    }
}

/// A gate's answer for one input: the report with the policy applied, and what to do.
public struct GateVerdict: Sendable {
    /// The report with `decision`, `profile` and `reasons` filled in.
    public var report: Report
    /// The final decision, after approvals: an `ask` whose SQL holds a grant becomes `allow`.
    public var decision: Decision
    public var profile: String
    /// For `ask` (and for an `ask` a grant turned into `allow`): the approval request's code.
    public var approvalCode: String?
    /// Who granted the approval that let this input pass, when one did.
    public var approvedBy: String?
    /// The audit event's hash, to attach the outcome to it later.
    public var auditID: String?
    /// Where the request came from, for the outcome's audit event.
    public var source: GateSource = .cli
    public var session: String?
    /// Why the gate answered other than the policy did: an approval store or audit log that failed
    /// (the answer is then `deny`).
    public var failures: [String] = []

    public init(report: Report, decision: Decision, profile: String, approvalCode: String? = nil,
                approvedBy: String? = nil, auditID: String? = nil) {
        self.report = report
        self.decision = decision
        self.profile = profile
        self.approvalCode = approvalCode
        self.approvedBy = approvedBy
        self.auditID = auditID
    }
}

/// The one decision function behind every surface (CLI, hook, MCP server, proxy): classify under the
/// policy, consult approvals for `ask`, write the audit event. A gate whose policy could not be loaded
/// is built with `Gate.denyingEverything(reason:)`: it never falls back to allowing.
public struct Gate: Sendable {
    public let policy: Policy
    public let classifier: Classifier
    public let approvals: (any ApprovalStore)?
    public let audit: AuditLog?

    public init(policy: Policy, classifier: Classifier = Classifier(), approvals: (any ApprovalStore)? = nil, audit: AuditLog? = nil) {
        self.policy = policy
        self.classifier = classifier
        self.approvals = approvals
        self.audit = audit
    }

    /// Decides one input. Never throws: a failing approval store or audit log makes the answer `deny`
    /// with a reason, not `allow`.
    public func evaluate(_ request: GateRequest) -> GateVerdict {
        var session = SessionState()
        return evaluate(request, session: &session)
    }

    /// Decides one input of a connection whose state (`SET ROLE`, `standard_conforming_strings`,
    /// prepared statements) carries from one input to the next; `session` is updated with what it ran.
    public func evaluate(_ request: GateRequest, session: inout SessionState) -> GateVerdict {
        let profile = request.profile ?? policy.profileName(for: request.target)
        let sql = Array(request.sql.utf8)
        let report = policy.decide(classifier.classify(utf8: sql), sql: sql, profile: profile)
        // A policy that decided nothing is a policy that cannot be trusted: refuse.
        var verdict = GateVerdict(report: report, decision: report.decision ?? .deny, profile: report.profile ?? profile)
        verdict.source = request.source
        verdict.session = request.session
        if verdict.decision == .ask { consultApprovals(&verdict, for: request) }
        writeAudit(&verdict, for: request)
        return verdict
    }

    /// Adds what happened after an `allow` (or an approved `ask`) ran to the audit log, linked to the
    /// verdict's event. Never throws; a failing log is reported on the gate's own diagnostics.
    public func record(_ outcome: GateOutcome, for verdict: GateVerdict) {
        recordOutcome(outcome, for: verdict)
    }
}

/// What happened when allowed SQL ran, as far as the gate learns it.
public struct GateOutcome: Sendable, Equatable {
    public var executed: Bool
    /// The server's command tag (`DELETE 3`).
    public var commandTag: String?
    public var rows: Int?
    /// The server's error message, when it refused or failed.
    public var error: String?

    public init(executed: Bool, commandTag: String? = nil, rows: Int? = nil, error: String? = nil) {
        self.executed = executed
        self.commandTag = commandTag
        self.rows = rows
        self.error = error
    }
}
