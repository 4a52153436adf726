import SQLRisk

/// The text of `classify-sql policy show`: every merged value with where it came from.
struct PolicyShow {
    let policy: Policy
    let profile: String?
    /// The files that were looked for, lowest layer first.
    let searched: [String]

    var text: String {
        var lines: [String] = []
        lines.append("files (lowest layer first; later ones win):")
        lines.append("  built-in default")
        for path in searched {
            lines.append("  \(path)\(policy.files.contains(path) ? "" : " (not found)")")
        }
        lines.append("trust_project = \(policy.trustProject)" + from("trust_project"))
        if let name = policy.defaultProfile { lines.append("default_profile = \"\(name)\"" + from("default_profile")) }
        let unmatched = policy.profileName(for: ConnectionTarget())
        lines.append("a connection no [[target]] matches gets profile \(unmatched)\(policy.defaultProfile == nil ? " (the strictest)" : "")")
        for entry in policy.profiles where profile == nil || entry.name == profile {
            lines.append("[profile.\(entry.name)]" + (entry.source == .builtIn ? " (built-in)" : " (\(entry.source))"))
            lines.append("  ask = \"\(entry.ask.name)\"" + from("profile.\(entry.name).ask"))
            lines.append("  deny = \"\(entry.deny.name)\"" + from("profile.\(entry.name).deny"))
            for object in entry.protected { lines.append("  protected \"\(object.text)\"  # \(object.source)") }
            lines.append("  search_path = \(entry.effectiveSearchPath.map { "\"\($0)\"" }.joined(separator: ", "))"
                         + (entry.searchPath == nil ? "  # PostgreSQL's default" : from("profile.\(entry.name).search_path")))
        }
        for target in policy.targets where profile == nil || target.profile == profile {
            let conditions = target.conditions.map { "\($0.field.rawValue) = \($0.patterns.map { "\"\($0)\"" }.joined(separator: "|"))" }
            lines.append("[[target]] profile = \"\(target.profile)\" when \(conditions.joined(separator: ", "))  # \(target.source)")
        }
        for function in policy.readOnlyFunctions { lines.append("functions.read_only \"\(function.text)\"  # \(function.source)") }
        for function in policy.dangerousFunctions { lines.append("functions.dangerous \"\(function.text)\"  # \(function.source)") }
        for name in policy.guardSettings { lines.append("settings.guards \"\(name)\"" + from("settings.guards." + name)) }
        if let strings = policy.standardConformingStrings {
            lines.append("server.standard_conforming_strings = \(strings)" + from("server.standard_conforming_strings"))
        }
        for (rule, level) in policy.ruleLevels.sorted(by: { $0.key < $1.key }) {
            lines.append("rules.\(rule).level = \"\(level.name)\"" + from("rules.\(rule).level"))
        }
        for entry in policy.allow where profile == nil || entry.applies(to: profile!) {
            let expired = policy.expiredEntries.contains(entry) ? " EXPIRED, accepts nothing" : ""
            let profiles = entry.profiles.isEmpty ? "every profile" : entry.profiles.joined(separator: ", ")
            let until = entry.expires.map { " until \(PolicyText.date($0))" } ?? ""
            lines.append("[[allow]] \(entry.rule) \(PolicyText.match(entry)) for \(profiles)\(until): \(entry.reason)\(expired)  # \(entry.source)")
        }
        if let audit = policy.audit { lines.append("audit.path = \"\(audit.path)\"  # \(audit.source)") }
        if let approvals = policy.approvals {
            lines.append("approvals store = \(approvals.store.map { "\"\($0)\"" } ?? "default"), ttl = \(approvals.ttlSeconds.map { "\($0)s" } ?? "default")  # \(approvals.source)")
        }
        for tool in policy.hookMCPTools { lines.append("hook.mcp tool \"\(tool.tool)\" argument \"\(tool.argument)\"  # \(tool.source)") }
        if let proxy = policy.proxy {
            let fields: [(String, String?)] = [("listen", proxy.listen), ("upstream", proxy.upstream), ("mode", proxy.mode?.rawValue),
                                               ("tls_cert", proxy.tlsCert), ("tls_key", proxy.tlsKey),
                                               ("max_connections", proxy.maxConnections.map { "\($0)" }),
                                               ("idle_timeout", proxy.idleTimeout.map { "\($0)s" }),
                                               ("statement_timeout", proxy.statementTimeout.map { "\($0)s" })]
            lines.append("[proxy] " + fields.compactMap { key, value in value.map { "\(key) = \($0)" } }.joined(separator: ", ") + "  # \(proxy.source)")
        }
        if !policy.ignored.isEmpty {
            lines.append("ignored (not in effect):")
            for entry in policy.ignored { lines.append("  \(entry.source): \(entry.keyPath): \(entry.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func from(_ key: String) -> String {
        guard let source = policy.provenance[key] else { return "  # built-in" }
        return "  # \(source)"
    }
}
