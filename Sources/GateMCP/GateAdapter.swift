import Foundation
import PostgresClient
import SQLRisk

/// How a human said yes to an `ask`, for the result and the audit log.
enum Confirmation: String, Sendable {
    case elicitation
    case approvalCode = "approval-code"
}

/// A gate verdict and, when the gate itself could not decide (unreadable policy, failing approval
/// store), why everything is refused.
struct GateAnswer: Sendable {
    var verdict: GateVerdict
    var refusal: String?
    var decision: Decision { verdict.decision }
}

/// The one place GateMCP meets the gate: the policy file, the approval store and the audit log.
/// Parts marked *interim* stand in for the policy and approvals issues on the gate skeleton; when
/// they land, only this file changes.
struct GateAdapter: Sendable {
    let target: ConnectionTarget
    let profile: String?
    /// Classifies and decides without touching approvals: `classify`, `query`, `explain`.
    private let reviewing: Gate
    /// Decides `execute`, redeeming and submitting approvals.
    private let enforcing: Gate
    private let approvals: (any ApprovalStore)?
    /// Set when the policy could not be read: every answer is `deny` with this reason (SPEC §6).
    private let policyFailure: String?
    /// Seconds an approval request stays open.
    static let requestLifetime: Int64 = 3600

    init(target: ConnectionTarget, profile: String?, policyPath: String?, approvals: String?, auditPath: String?) throws {
        self.target = target
        self.profile = profile
        var policy = Policy.builtInDefault
        var failure: String?
        if let policyPath {
            do { policy = try Self.loadPolicy(policyPath) } catch { failure = "policy \(policyPath) cannot be used: \(error)" }
        }
        policyFailure = failure
        self.approvals = try approvals.map(Self.makeApprovalStore)
        let audit = try auditPath.flatMap(Self.makeAuditLog)
        reviewing = Gate(policy: policy, approvals: nil, audit: audit)
        enforcing = Gate(policy: policy, approvals: self.approvals, audit: audit)
    }

    /// The library's policy loader; a file that cannot be read or is wrong makes the gate deny
    /// everything (never fall back to the default).
    static func loadPolicy(_ path: String) throws -> Policy {
        do throws(PolicyErrors) { return try Policy.load(file: path) } catch { throw GateSetupError(error.description) }
    }

    /// `postgres://…` or `postgresql://…`: the shared table. *Interim*: a directory needs the embedded
    /// file store of the approvals issue.
    static func makeApprovalStore(_ location: String) throws -> any ApprovalStore {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") || location.contains("=") {
            return PostgresApprovalStore(dsn: location)
        }
        throw GateSetupError("--approvals \(location): the file approval store is not in this build yet; use --approvals postgres://…")
    }

    /// *Interim*: the audit log of the skeleton writes nothing yet; the file is checked for writability
    /// so that a wrong path fails now rather than later.
    static func makeAuditLog(_ path: String) throws -> AuditLog? {
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists ? FileManager.default.isWritableFile(atPath: path) : FileManager.default.createFile(atPath: path, contents: nil)
        else { throw GateSetupError("--audit \(path): cannot write there") }
        return nil
    }

    func review(_ sql: String, tool: String, context: CallContext) -> GateAnswer {
        answer(reviewing.evaluate(request(sql, tool: tool, context: context)))
    }

    /// The decision for `execute`: an `ask` whose exact SQL holds a grant becomes `allow`; any other
    /// `ask` carries an approval code.
    func enforce(_ sql: String, context: CallContext) -> GateAnswer {
        var answer = answer(enforcing.evaluate(request(sql, tool: "execute", context: context)))
        guard answer.refusal == nil, answer.decision == .ask, answer.verdict.approvalCode == nil, let approvals else { return answer }
        // *Interim*: the skeleton's Gate does not consult approvals yet; do what it will do.
        let digest = SHA256.hex(sql)
        let now = Int64(Date().timeIntervalSince1970)
        do {
            if let grant = try approvals.redeem(digest: digest, profile: answer.verdict.profile, target: target.label, now: now) {
                answer.verdict.decision = .allow
                answer.verdict.approvalCode = grant.code
                answer.verdict.approvedBy = grant.grantedBy
            } else {
                let submitted = try approvals.submit(ApprovalRequest(
                    code: Self.newCode(), digest: digest, profile: answer.verdict.profile, target: target.label, sql: sql,
                    summary: Self.summary(answer.verdict.report), source: GateSource.mcp.rawValue, createdAt: now,
                    expiresAt: now + Self.requestLifetime))
                answer.verdict.approvalCode = submitted.code
            }
        } catch {
            answer.verdict.decision = .deny
            answer.refusal = "the approval store failed: \(error)"
        }
        return answer
    }

    /// Writes what happened to the audit log, with how a confirmation came when one did.
    func record(_ outcome: GateOutcome, for answer: GateAnswer, confirmation: Confirmation?, client: String?) {
        var verdict = answer.verdict
        if confirmation == .elicitation { verdict.approvedBy = "elicitation" + (client.map { " (\($0))" } ?? "") }
        enforcing.record(outcome, for: verdict)
    }

    private func request(_ sql: String, tool: String, context: CallContext) -> GateRequest {
        GateRequest(sql: sql, target: target, profile: profile, source: .mcp, session: context.session, client: context.client,
                    details: ["tool": tool, "elicitation": context.canElicit ? "declared" : "not declared"])
    }

    private func answer(_ verdict: GateVerdict) -> GateAnswer {
        guard let policyFailure else { return GateAnswer(verdict: verdict) }
        var denied = verdict
        denied.decision = .deny
        return GateAnswer(verdict: denied, refusal: policyFailure)
    }

    /// One line per statement: index, level, kind, rules and the first message.
    static func summary(_ report: Report) -> String {
        report.statements.map { statement in
            let rules = statement.findings.map(\.rule).joined(separator: ",")
            let message = statement.findings.first.map { ": " + $0.message } ?? ""
            return "#\(statement.index) \(statement.level.name) \(statement.kind)" + (rules.isEmpty ? "" : " [\(rules)]") + message
        }.joined(separator: "\n")
    }

    /// `K7Q-4MZ`: letters and digits that cannot be mistaken for one another.
    static func newCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        let letters = (0..<6).map { _ in alphabet.randomElement()! }
        return String(letters[0..<3]) + "-" + String(letters[3..<6])
    }
}

/// Who is calling, for the gate's audit fields and for whether the client can show a prompt.
struct CallContext: Sendable {
    var session: String
    var client: String?
    var canElicit: Bool
}

struct GateSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
