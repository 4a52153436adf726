import SQLRisk

/// How `approve` and `approvals` show requests and grants.
enum ApprovalText {
    static func request(_ request: ApprovalRequest, now: Int64) -> String {
        var text = "Approval request \(request.code) from \(request.source), asked \(duration(now - request.createdAt)) ago; "
        text += request.expiresAt > now ? "expires in \(duration(request.expiresAt - now)).\n" : "EXPIRED.\n"
        text += "  profile:  \(request.profile)\n  target:   \(request.target)\n  SQL digest: sha256:\(request.digest.prefix(16))…\n"
        text += "  SQL:\n" + indent(request.sql, by: "    ") + "\n"
        if !request.summary.isEmpty { text += "  findings:\n" + indent(request.summary, by: "    ") + "\n" }
        return text
    }

    static func list(pending: [ApprovalRequest], grants: [ApprovalGrant], store: String, now: Int64) -> String {
        guard !pending.isEmpty || !grants.isEmpty else { return "No pending requests or live grants in \(store).\n" }
        var text = ""
        if !pending.isEmpty {
            text += "Pending requests (approve with: classify-sql approve CODE):\n"
            for request in pending {
                let sql = oneLine(request.sql)
                text += "  \(request.code)  \(request.profile)  \(request.target)  from \(request.source), expires in \(duration(request.expiresAt - now))  \(sql)\n"
            }
        }
        if !grants.isEmpty {
            text += "Grants:\n"
            for grant in grants {
                text += "  \(grant.code)  \(grant.profile)  \(grant.target)  \(grant.reusable ? "reusable" : "single use"), granted by \(grant.grantedBy), expires in \(duration(grant.expiresAt - now))\n"
            }
        }
        return text + "Store: \(store)\n"
    }

    static func json(pending: [ApprovalRequest], grants: [ApprovalGrant], store: String) -> String {
        let out = JSONWriter()
        out.object {
            out.member("store") { out.string(store) }
            out.member("pending") {
                out.array(pending) { request in
                    out.object {
                        for (key, value) in [("code", request.code), ("profile", request.profile), ("target", request.target),
                                             ("source", request.source), ("digest", request.digest), ("sql", request.sql), ("summary", request.summary)] {
                            out.member(key) { out.string(value) }
                        }
                        out.member("created_at") { out.string(AuditEvent.timestamp(unixSeconds: request.createdAt)) }
                        out.member("expires_at") { out.string(AuditEvent.timestamp(unixSeconds: request.expiresAt)) }
                    }
                }
            }
            out.member("grants") {
                out.array(grants) { grant in
                    out.object {
                        for (key, value) in [("code", grant.code), ("profile", grant.profile), ("target", grant.target),
                                             ("digest", grant.digest), ("granted_by", grant.grantedBy)] {
                            out.member(key) { out.string(value) }
                        }
                        out.member("reusable") { out.raw(grant.reusable ? "true" : "false") }
                        out.member("granted_at") { out.string(AuditEvent.timestamp(unixSeconds: grant.grantedAt)) }
                        out.member("expires_at") { out.string(AuditEvent.timestamp(unixSeconds: grant.expiresAt)) }
                    }
                }
            }
        }
        return out.text
    }

    /// `45s`, `12m`, `3h5m`, `2d`.
    static func duration(_ seconds: Int64) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 86_400 { return seconds % 3600 >= 60 ? "\(seconds / 3600)h\(seconds % 3600 / 60)m" : "\(seconds / 3600)h" }
        return "\(seconds / 86_400)d"
    }

    private static func indent(_ text: String, by prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n")
    }

    private static func oneLine(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
