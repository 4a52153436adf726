/// One line of the audit log (SPEC §7): a gate's decision on one input, or what happened when it ran.
public struct AuditEvent: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case decision, outcome
    }

    /// One statement of the input as the log keeps it: shape and objects, never values.
    public struct Statement: Sendable, Equatable {
        public var kind: String
        public var level: String
        public var fingerprint: String?
        public var rules: [String]
        public var objects: [String]
        /// The statement with literals replaced by `$n` (or verbatim with `includeValues`).
        public var text: String

        public init(kind: String, level: String, fingerprint: String? = nil, rules: [String], objects: [String], text: String) {
            self.kind = kind
            self.level = level
            self.fingerprint = fingerprint
            self.rules = rules
            self.objects = objects
            self.text = text
        }
    }

    public static let formatVersion = 1

    public var kind: Kind
    /// RFC 3339, UTC, milliseconds: `2026-12-04T21:14:57.123Z`.
    public var timestamp: String
    public var source: String
    /// The machine the gate runs on.
    public var host: String?
    public var client: String?
    public var session: String?
    public var profile: String?
    public var target: String?
    public var decision: String?
    public var level: String?
    public var rules: [String] = []
    /// Why the gate decided other than the policy did (an unreadable approval store ...).
    public var reasons: [String] = []
    public var statements: [Statement] = []
    public var approvalCode: String?
    public var approvedBy: String?
    /// For an outcome: the hash of the decision event it belongs to.
    public var decisionHash: String?
    public var outcome: GateOutcome?
    /// Gate-specific facts (tool name, cwd, backend pid), written in key order.
    public var details: [String: String] = [:]

    public init(kind: Kind, timestamp: String = AuditEvent.currentTimestamp(), source: String) {
        self.kind = kind
        self.timestamp = timestamp
        self.source = source
    }

    /// The event as a JSON object with `prev` as its last member: the bytes the chain hashes. Members
    /// that are unknown are left out rather than written as null.
    func canonicalBytes(prev: String) -> [UInt8] {
        let out = JSONWriter()
        out.object {
            out.member("v") { out.number(Self.formatVersion) }
            out.member("ts") { out.string(timestamp) }
            out.member("event") { out.string(kind.rawValue) }
            out.member("source") { out.string(source) }
            optional("host", host, out)
            optional("client", client, out)
            optional("session", session, out)
            optional("profile", profile, out)
            optional("target", target, out)
            optional("decision", decision, out)
            optional("level", level, out)
            if kind == .decision { out.member("rules") { out.array(rules) { out.string($0) } } }
            if !reasons.isEmpty { out.member("reasons") { out.array(reasons) { out.string($0) } } }
            if kind == .decision { out.member("statements") { out.array(statements) { write($0, out) } } }
            if approvalCode != nil || approvedBy != nil {
                out.member("approval") {
                    out.object {
                        optional("code", approvalCode, out)
                        optional("granted_by", approvedBy, out)
                    }
                }
            }
            optional("of", decisionHash, out)
            if let outcome { out.member("outcome") { write(outcome, out) } }
            if !details.isEmpty {
                out.member("details") { out.object { for (key, value) in details.sorted(by: { $0.key < $1.key }) { out.member(key) { out.string(value) } } } }
            }
            out.member("prev") { out.string(prev) }
        }
        return out.bytes
    }

    private func optional(_ key: String, _ value: String?, _ out: JSONWriter) {
        if let value { out.member(key) { out.string(value) } }
    }

    private func write(_ statement: Statement, _ out: JSONWriter) {
        out.object {
            out.member("kind") { out.string(statement.kind) }
            out.member("level") { out.string(statement.level) }
            optional("fingerprint", statement.fingerprint, out)
            out.member("rules") { out.array(statement.rules) { out.string($0) } }
            out.member("objects") { out.array(statement.objects) { out.string($0) } }
            out.member("text") { out.string(statement.text) }
        }
    }

    private func write(_ outcome: GateOutcome, _ out: JSONWriter) {
        out.object {
            out.member("executed") { out.raw(outcome.executed ? "true" : "false") }
            optional("command_tag", outcome.commandTag, out)
            if let rows = outcome.rows { out.member("rows") { out.number(rows) } }
            optional("error", outcome.error, out)
        }
    }

    /// Now, as an audit timestamp.
    public static func currentTimestamp() -> String {
        let now = GateSystem.now()
        return timestamp(unixSeconds: now.seconds, milliseconds: now.nanoseconds / 1_000_000)
    }

    /// RFC 3339 in UTC, computed from the day count (civil-from-days), so no time zone database is read.
    public static func timestamp(unixSeconds: Int64, milliseconds: Int = 0) -> String {
        let days = unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400
        let secondOfDay = Int(unixSeconds - days * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(Int64(secondOfDay / 3600), 2)):"
            + "\(pad(Int64(secondOfDay / 60 % 60), 2)):\(pad(Int64(secondOfDay % 60), 2)).\(pad(Int64(milliseconds), 3))Z"
    }
}

extension AuditEvent {
    /// The event for a gate's verdict on `request`: per statement its kind, level, rules, objects and
    /// the text (redacted unless `includeValues`).
    public static func decision(_ verdict: GateVerdict, for request: GateRequest, reasons: [String] = [], includeValues: Bool = false) -> AuditEvent {
        var event = AuditEvent(kind: .decision, source: request.source.rawValue)
        event.fill(from: request)
        event.profile = verdict.profile
        event.decision = verdict.decision.name
        event.level = verdict.report.level.name
        event.rules = verdict.report.ruleIDs
        event.reasons = reasons
        let sql = Array(request.sql.utf8)
        event.statements = verdict.report.statements.map { statement in
            let start = min(max(0, statement.location), sql.count)
            let text = String(decoding: sql[start..<min(sql.count, start + max(0, statement.length))], as: UTF8.self)
            var objects: [String] = []
            for object in statement.findings.flatMap(\.objects) where !objects.contains(object) { objects.append(object) }
            return Statement(kind: statement.kind, level: statement.level.name,
                             rules: Array(Set(statement.findings.map(\.rule))).sorted(), objects: objects,
                             text: includeValues ? text : StatementRedaction.redact(text))
        }
        event.approvalCode = verdict.approvalCode
        event.approvedBy = verdict.approvedBy
        return event
    }

    /// The event for what happened when the SQL of `verdict` ran, linked to its decision event (`of`).
    public static func outcome(_ outcome: GateOutcome, of verdict: GateVerdict) -> AuditEvent {
        var event = AuditEvent(kind: .outcome, source: verdict.source.rawValue)
        event.host = GateSystem.hostName
        event.session = verdict.session
        event.profile = verdict.profile
        event.decision = verdict.decision.name
        event.decisionHash = verdict.auditID
        event.outcome = outcome
        return event
    }

    private mutating func fill(from request: GateRequest) {
        host = GateSystem.hostName
        client = request.client
        session = request.session
        target = request.target.label
        details = request.details
    }
}
