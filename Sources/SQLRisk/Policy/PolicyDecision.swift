/// Applying a policy to a report (SPEC §6): policy findings, the allowlist, derived findings
/// recomputed from what is left, then the decision and the findings that decided it.
extension Policy {
    /// The report with `decision`, `profile`, `reasons` and `allowed_by` filled in. `sql` is the input the
    /// report was made from; `profile` nil lets `default_profile` (or the strictest profile) decide.
    /// `[[allow]] fingerprint = ...` entries use the statement's fingerprint, computed here when the
    /// report does not carry it (only when such an entry exists).
    public func decide(_ report: Report, sql: [UInt8], profile name: String? = nil) -> Report {
        let fingerprint = { (statement: StatementReport) in statement.fingerprint ?? ReportAnnotation.fingerprint(of: statement, in: sql) }
        let profile = name.flatMap { self.profile(named: $0) } ?? defaultProfile.flatMap { self.profile(named: $0) } ?? strictestProfile
        // The clock is read only when some entry can expire.
        let today = allow.contains { $0.expires != nil } ? PolicyClock.today() : nil
        let entries = allow.filter { $0.applies(to: profile.name) && !(today.map($0.isExpired(today:)) ?? false) }
        let matchesText = entries.contains { if case .statement = $0.match { true } else { false } }
        let matchesPrint = entries.contains { if case .fingerprint = $0.match { true } else { false } }
        let adjust = PolicyFindings(policy: self, profile: profile)
        var statements: [StatementReport] = []
        var reasons: [DecisionReason] = []
        var decision = Decision.allow
        for statement in report.statements {
            var findings = adjust.apply(to: statement, sql: sql)
            if findings.isEmpty && statement.findings.isEmpty {
                statements.append(statement)
                continue
            }
            let text = matchesText ? AllowMatching.trimmedStatement(String(decoding: sql[Self.clamp(statement, sql.count)], as: UTF8.self)) : ""
            let print = matchesPrint ? fingerprint(statement) : nil
            for k in findings.indices where !entries.isEmpty {
                if let entry = entries.first(where: { accepts($0, findings[k], text: text, fingerprint: print, searchPath: profile.effectiveSearchPath) }) {
                    findings[k].allowedBy = entry.label
                }
            }
            Self.resolveDerived(&findings, ruleLevels: ruleLevels)
            var updated = statement
            updated.findings = findings
            updated.level = findings.reduce(.safe) { max($0, Self.counted($1)) }
            let verdict = profile.decision(for: updated.level)
            if verdict > .allow {
                for finding in findings where finding.allowedBy == nil && profile.decision(for: finding.level) == verdict {
                    reasons.append(DecisionReason(rule: finding.rule, level: finding.level, statement: statement.index,
                                                  message: finding.message, hint: finding.hint))
                }
            }
            decision = max(decision, verdict)
            statements.append(updated)
        }
        var decided = Report(statements: statements)
        decided.version = report.version
        decided.decision = decision
        decided.profile = profile.name
        // Only the findings behind the final decision: an `ask` statement does not explain a `deny`.
        decided.reasons = reasons.filter { profile.decision(for: $0.level) == decision }
        if let refusal {
            decided.decision = .deny
            decided.reasons = [DecisionReason(rule: "policy-error", level: .critical, statement: 0, message: refusal,
                                              hint: "Fix the policy file (classify-sql policy check FILE); until then everything is denied")]
        }
        return decided
    }

    public func decide(_ report: Report, sql: String, profile: String? = nil) -> Report {
        decide(report, sql: Array(sql.utf8), profile: profile)
    }

    /// What a finding adds to its statement's level: an accepted change is still a change, so an
    /// accepted finding above `write` counts as `write`; an accepted `write` or below counts for nothing.
    static func counted(_ finding: Finding) -> RiskLevel {
        guard finding.allowedBy != nil else { return finding.level }
        return finding.level > .write ? .write : .safe
    }

    private func accepts(_ entry: AllowEntry, _ finding: Finding, text: String, fingerprint: String?, searchPath: [String]) -> Bool {
        guard entry.rule == finding.rule else { return false }
        switch entry.match {
        case .statement(let statement): return statement == text
        case .fingerprint(let value): return fingerprint?.lowercased() == value
        case .object(let pattern):
            guard !PolicyLayerReader.statementOnlyRules.contains(finding.rule) else { return false }
            return finding.objects.contains { pattern.matches($0, searchPath: searchPath) }
        }
    }

    /// Recomputes findings raised by what they run: the level is the rule's own (or the policy's
    /// `[rules.ID] level`) or that of a cause still standing; when every cause was accepted, the
    /// finding is accepted with them. Inner links are resolved before outer ones.
    static func resolveDerived(_ findings: inout [Finding], ruleLevels: [String: RiskLevel]) {
        for k in findings.indices.reversed() {
            guard findings[k].allowedBy == nil, let causes = findings[k].derivedFrom, !causes.isEmpty else { continue }
            let valid = causes.filter { findings.indices.contains($0) && $0 != k }
            let standing = valid.filter { findings[$0].allowedBy == nil }
            let base = ruleLevels[findings[k].rule] ?? RuleRegistry.descriptor(id: findings[k].rule)?.level ?? findings[k].level
            if standing.isEmpty, let first = valid.first {
                findings[k].allowedBy = findings[first].allowedBy
                findings[k].level = max(base, valid.map { findings[$0].level }.max() ?? base)
            } else if !standing.isEmpty {
                findings[k].level = max(base, standing.map { findings[$0].level }.max() ?? base)
            }
        }
    }

    private static func clamp(_ statement: StatementReport, _ count: Int) -> Range<Int> {
        let start = min(statement.location, count)
        return start..<min(count, start + max(0, statement.length))
    }
}

extension Classifier {
    /// Classifies `sql` and applies `policy` under `profile` (nil: the policy's default or strictest profile).
    ///
    /// ```swift
    /// let policy = try Policy.parse(text)
    /// Classifier().classify("DELETE FROM sessions", policy: policy, profile: "dev").decision  // .ask
    /// ```
    public func classify(_ sql: String, policy: Policy, profile: String? = nil) -> Report {
        let bytes = Array(sql.utf8)
        return policy.decide(classify(utf8: bytes), sql: bytes, profile: profile)
    }
}
