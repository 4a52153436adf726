/// The approval and audit steps of `Gate.evaluate` (SPEC §7): an `ask` whose exact SQL holds a grant for
/// this profile and target passes; any other `ask` becomes a request with a code for a human. A store or
/// log that fails turns the answer into `deny`, never into `allow`.
extension Gate {
    func consultApprovals(_ verdict: inout GateVerdict, for request: GateRequest) {
        guard let approvals else { return }
        let digest = SHA256.hex(request.sql)
        let target = request.target.label
        let now = GateSystem.now().seconds
        do {
            if let grant = try approvals.redeem(digest: digest, profile: verdict.profile, target: target, now: now) {
                verdict.decision = .allow
                verdict.approvalCode = grant.code
                verdict.approvedBy = grant.grantedBy
                return
            }
            let asked = ApprovalRequest(
                code: ApprovalCode.generate(), digest: digest, profile: verdict.profile, target: target, sql: request.sql,
                summary: Self.approvalSummary(verdict.report), source: request.source.rawValue,
                createdAt: now, expiresAt: now + approvals.requestLifetime)
            verdict.approvalCode = try approvals.submit(asked).code
        } catch {
            verdict.decision = .deny
            verdict.approvalCode = nil
            verdict.failures.append("approvals unavailable, so nothing that asks can pass: \(error)")
        }
    }

    func writeAudit(_ verdict: inout GateVerdict, for request: GateRequest) {
        guard let audit else { return }
        let event = AuditEvent.decision(verdict, for: request, reasons: verdict.failures, includeValues: audit.includeValues)
        do {
            verdict.auditID = try audit.append(event)
        } catch {
            verdict.decision = .deny
            verdict.failures.append("the audit log cannot be written, so nothing runs unaudited: \(error)")
        }
    }

    func recordOutcome(_ outcome: GateOutcome, for verdict: GateVerdict) {
        guard let audit else { return }
        do {
            try audit.append(AuditEvent.outcome(outcome, of: verdict))
        } catch {
            try? OpenFile.standardError.writeOnce(Array("sqlrisk: cannot record an outcome: \(error)\n".utf8))
        }
    }

    /// What `classify-sql approve` shows: one line per statement above `safe`, with its rules and messages.
    static func approvalSummary(_ report: Report) -> String {
        report.statements.filter { $0.level > .safe }.map { statement in
            let findings = statement.findings.map { "\($0.rule): \($0.message)" }.joined(separator: "; ")
            return "#\(statement.index + 1) \(statement.kind) \(statement.level.name): \(findings)"
        }.joined(separator: "\n")
    }
}

extension ApprovalStore {
    /// How long a request stays pending before the gate must ask again.
    public var requestLifetime: Int64 { 3600 }
    /// Where the store lives, for messages (`approvals` prints it).
    public var location: String { "approval store" }
}
