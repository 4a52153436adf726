/// The sections of a policy file other than profiles and targets.
extension PolicyLayerReader {
    mutating func readFunctions(_ table: TOMLTable) {
        reading.checkKeys(table, known: ["read_only", "dangerous"], path: "functions")
        for key in ["read_only", "dangerous"] {
            guard let entry = table[key], let names = reading.strings(entry, path: "functions." + key) else { continue }
            for (text, position) in names {
                guard let pattern = functionPattern(text, at: position, path: "functions." + key) else { continue }
                if key == "read_only" { layer.readOnly.append(pattern) } else { layer.dangerous.append(pattern) }
            }
        }
    }

    /// `schema.name` or `schema.name(*)`; argument lists other than `(*)` are not told apart yet.
    private mutating func functionPattern(_ text: String, at position: TOMLPosition, path: String) -> FunctionPattern? {
        var name = Substring(text)
        if let open = text.firstIndex(of: "(") {
            guard text[open...] == "(*)" else {
                reading.fail("function '\(text)': write the argument pattern as (*) (any arguments) or leave it out; argument types are not matched yet",
                             at: position, path: path)
                return nil
            }
            name = text[..<open]
        }
        if let problem = Self.objectPatternProblem(String(name)) {
            reading.fail("function '\(text)' \(problem)", at: position, path: path)
            return nil
        }
        return FunctionPattern(text: text, source: reading.source(position))
    }

    mutating func readSettings(_ table: TOMLTable) {
        reading.checkKeys(table, known: ["guards"], path: "settings")
        guard let entry = table["guards"], let names = reading.strings(entry, path: "settings.guards") else { return }
        for (name, position) in names {
            guard !name.isEmpty, !name.contains(" ") else {
                reading.fail("'\(name)' is not a setting name", at: position, path: "settings.guards")
                continue
            }
            layer.guards.append((name.lowercased(), reading.source(position)))
        }
    }

    mutating func readServer(_ table: TOMLTable) {
        reading.checkKeys(table, known: ["standard_conforming_strings"], path: "server")
        if let entry = table["standard_conforming_strings"], let flag = reading.bool(entry, path: "server.standard_conforming_strings") {
            layer.standardConformingStrings = (flag, reading.source(entry.node.position))
        }
    }

    mutating func readRules(_ table: TOMLTable) {
        let ids = RuleRegistry.descriptors.map(\.id)
        for entry in table.entries {
            let path = "rules." + entry.key
            guard ids.contains(entry.key) else {
                reading.fail("unknown rule id '\(entry.key)' (`classify-sql rules` lists them)\(Suggestion.didYouMean(entry.key, among: ids))",
                             at: entry.keyPosition, path: path)
                continue
            }
            guard let rule = reading.table(entry, path: path) else { continue }
            reading.checkKeys(rule, known: ["level"], path: path)
            if let level = rule["level"], let value = reading.level(level, path: path + ".level") {
                layer.ruleLevels.append((entry.key, value, reading.source(level.node.position)))
            }
        }
    }

    /// Rules whose findings say the input could not be judged, or that a guard or identity changes:
    /// accepting them by object or fingerprint would accept far more than one statement.
    static let statementOnlyRules: Set<String> = ["parse-error", "input-too-large", "guard-setting", "role-change"]

    static let allowKeys = ["rule", "object", "fingerprint", "statement", "profile", "reason", "expires"]

    mutating func readAllow(_ table: TOMLTable, at position: TOMLPosition) {
        let path = "allow"
        reading.checkKeys(table, known: Self.allowKeys, path: path)
        let ids = RuleRegistry.descriptors.map(\.id)
        guard let ruleEntry = table["rule"] else {
            reading.fail("an [[allow]] entry needs 'rule', the rule id whose findings it accepts", at: position, path: path)
            return
        }
        guard let rule = reading.string(ruleEntry, path: "allow.rule") else { return }
        guard ids.contains(rule) else {
            reading.fail("unknown rule id '\(rule)' (`classify-sql rules` lists them)\(Suggestion.didYouMean(rule, among: ids))",
                         at: ruleEntry.node.position, path: "allow.rule")
            return
        }
        let given = ["object", "fingerprint", "statement"].compactMap { key in table[key].map { (key, $0) } }
        guard given.count == 1, let (key, entry) = given.first else {
            reading.fail("an [[allow]] entry needs exactly one of object, fingerprint or statement\(given.isEmpty ? "" : ", found \(given.map(\.0).joined(separator: " and "))")",
                         at: given.dropFirst().first?.1.keyPosition ?? position, path: path)
            return
        }
        guard let text = reading.string(entry, path: "allow." + key) else { return }
        if Self.statementOnlyRules.contains(rule) && key != "statement" {
            reading.fail("\(rule) can be allowlisted only by exact statement text, not by \(key)", at: entry.keyPosition, path: "allow." + key)
            return
        }
        let match: AllowEntry.Match
        switch key {
        case "object":
            if let problem = Self.objectPatternProblem(text) {
                reading.fail("object '\(text)' \(problem)", at: entry.node.position, path: "allow.object")
                return
            }
            match = .object(ObjectPattern(text: text, source: reading.source(entry.node.position)))
        case "fingerprint":
            let lower = text.lowercased()
            guard lower.utf8.count == 16, lower.utf8.allSatisfy({ TOMLScanner.hexValue($0) != nil }) else {
                reading.fail("a fingerprint is 16 hex digits (as in the report's \"fingerprint\"), found \"\(text)\"",
                             at: entry.node.position, path: "allow.fingerprint")
                return
            }
            match = .fingerprint(lower)
        default:
            let trimmed = AllowMatching.trimmedStatement(text)
            guard !trimmed.isEmpty else {
                reading.fail("an empty statement can never match", at: entry.node.position, path: "allow.statement")
                return
            }
            match = .statement(trimmed)
        }
        var profiles: [String] = []
        if let entry = table["profile"], let names = reading.strings(entry, path: "allow.profile") { profiles = names.map(\.0) }
        guard let reasonEntry = table["reason"] else {
            reading.fail("an [[allow]] entry needs 'reason', saying why the finding is acceptable (reports and audit show it)",
                         at: position, path: path)
            return
        }
        guard let reason = reading.string(reasonEntry, path: "allow.reason") else { return }
        var expires: TOMLDateTime.Date?
        if let entry = table["expires"] {
            guard let date = reading.date(entry, path: "allow.expires") else { return }
            expires = date
        }
        layer.allow.append(AllowEntry(rule: rule, match: match, profiles: profiles, reason: reason, expires: expires,
                                      source: reading.source(position)))
    }

    mutating func readAudit(_ table: TOMLTable, at position: TOMLPosition) {
        reading.checkKeys(table, known: ["path"], path: "audit")
        guard let entry = table["path"] else {
            reading.fail("[audit] needs 'path', the file the audit events are appended to", at: position, path: "audit")
            return
        }
        if let path = reading.string(entry, path: "audit.path") {
            layer.audit = AuditSettings(path: path, source: reading.source(entry.node.position))
        }
    }

    mutating func readApprovals(_ table: TOMLTable, at position: TOMLPosition) {
        reading.checkKeys(table, known: ["store", "ttl"], path: "approvals")
        var settings = ApprovalSettings(store: nil, ttlSeconds: nil, source: reading.source(position))
        if let entry = table["store"] { settings.store = reading.string(entry, path: "approvals.store") }
        if let entry = table["ttl"] { settings.ttlSeconds = reading.duration(entry, path: "approvals.ttl") }
        layer.approvals = settings
    }

    mutating func readHook(_ table: TOMLTable) {
        reading.checkKeys(table, known: ["mcp"], path: "hook")
        guard let entry = table["mcp"], let tools = reading.tables(entry, path: "hook.mcp") else { return }
        for (tool, position) in tools {
            reading.checkKeys(tool, known: ["tool", "argument"], path: "hook.mcp")
            guard let nameEntry = tool["tool"] else {
                reading.fail("a [[hook.mcp]] entry needs 'tool', such as \"mcp__postgres__query\"", at: position, path: "hook.mcp")
                continue
            }
            guard let name = reading.string(nameEntry, path: "hook.mcp.tool") else { continue }
            var argument = "sql"
            if let entry = tool["argument"], let value = reading.string(entry, path: "hook.mcp.argument") { argument = value }
            layer.mcpTools.append(MCPToolEntry(tool: name, argument: argument, source: reading.source(position)))
        }
    }

    static let proxyKeys = ["listen", "upstream", "mode", "tls_cert", "tls_key", "max_connections", "idle_timeout", "statement_timeout"]

    mutating func readProxy(_ table: TOMLTable, at position: TOMLPosition) {
        reading.checkKeys(table, known: Self.proxyKeys, path: "proxy")
        var proxy = ProxySettings(source: reading.source(position))
        if let entry = table["listen"] { proxy.listen = reading.string(entry, path: "proxy.listen") }
        if let entry = table["upstream"] { proxy.upstream = reading.string(entry, path: "proxy.upstream") }
        if let entry = table["mode"], let mode = reading.string(entry, path: "proxy.mode") {
            let modes = ProxySettings.Mode.allCases.map(\.rawValue)
            if let value = ProxySettings.Mode(rawValue: mode) { proxy.mode = value } else {
                reading.fail("unknown proxy mode '\(mode)'; expected one of \(modes.joined(separator: ", "))\(Suggestion.didYouMean(mode, among: modes))",
                             at: entry.node.position, path: "proxy.mode")
            }
        }
        if let entry = table["tls_cert"] { proxy.tlsCert = reading.string(entry, path: "proxy.tls_cert") }
        if let entry = table["tls_key"] { proxy.tlsKey = reading.string(entry, path: "proxy.tls_key") }
        if (proxy.tlsCert == nil) != (proxy.tlsKey == nil), table["tls_cert"] != nil || table["tls_key"] != nil {
            reading.fail("tls_cert and tls_key go together", at: position, path: "proxy")
        }
        if let entry = table["max_connections"] { proxy.maxConnections = reading.integer(entry, path: "proxy.max_connections", minimum: 1) }
        if let entry = table["idle_timeout"] { proxy.idleTimeout = reading.duration(entry, path: "proxy.idle_timeout") }
        if let entry = table["statement_timeout"] { proxy.statementTimeout = reading.duration(entry, path: "proxy.statement_timeout") }
        layer.proxy = proxy
    }
}

extension ProxySettings {
    init(source: PolicySource) {
        self.init(listen: nil, upstream: nil, mode: nil, tlsCert: nil, tlsKey: nil, maxConnections: nil, idleTimeout: nil,
                  statementTimeout: nil, source: source)
    }
}

/// How allowlist entries compare statements.
enum AllowMatching {
    /// Statement text as compared: surrounding whitespace and a trailing `;` removed.
    static func trimmedStatement(_ text: String) -> String {
        var bytes = Array(text.utf8)[...]
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while let last = bytes.last, isSpace(last) || last == 0x3B { bytes = bytes.dropLast() }
        while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
