/// One policy file as written, typed and validated, before layering. Values keep their source.
struct PolicyLayer: Sendable {
    enum Kind: String, Sendable {
        case system, user, project
        /// `--policy FILE`, or a policy given by the caller (`Policy.parse`).
        case explicit
    }

    struct ProfileSettings: Sendable {
        var name: String
        var source: PolicySource
        var ask: (RiskLevel, PolicySource)?
        var deny: (RiskLevel, PolicySource)?
        var protected: [ObjectPattern] = []
        var searchPath: ([String], PolicySource)?
    }

    var kind: Kind
    var file: String
    var defaultProfile: (String, PolicySource)?
    var trustProject: (Bool, PolicySource)?
    var profiles: [ProfileSettings] = []
    var targets: [PolicyTarget] = []
    var readOnly: [FunctionPattern] = []
    var dangerous: [FunctionPattern] = []
    var guards: [(String, PolicySource)] = []
    var standardConformingStrings: (Bool, PolicySource)?
    var ruleLevels: [(rule: String, level: RiskLevel, source: PolicySource)] = []
    var allow: [AllowEntry] = []
    var audit: AuditSettings?
    var approvals: ApprovalSettings?
    var mcpTools: [MCPToolEntry] = []
    var proxy: ProxySettings?

    init(kind: Kind, file: String) {
        self.kind = kind
        self.file = file
    }

    /// Reads a policy document; throws every mistake it finds at once.
    static func read(_ text: String, file: String, kind: Kind) throws(PolicyErrors) -> PolicyLayer {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            throw PolicyErrors(errors: [PolicyError(source: PolicySource(file: file, line: error.position.line, column: error.position.column),
                                                    keyPath: "", message: "malformed TOML: \(error.message)")])
        }
        var reader = PolicyLayerReader(reading: TOMLReading(file: file), layer: PolicyLayer(kind: kind, file: file))
        reader.read(table)
        guard reader.reading.errors.isEmpty else { throw PolicyErrors(errors: reader.reading.errors) }
        return reader.layer
    }
}

/// Fills a `PolicyLayer` from TOML, section by section (the sections are in `PolicyLayerReader+Sections.swift`).
struct PolicyLayerReader {
    var reading: TOMLReading
    var layer: PolicyLayer

    static let topLevelKeys = ["version", "default_profile", "trust_project", "profile", "target", "functions", "settings",
                               "server", "rules", "allow", "audit", "approvals", "hook", "proxy"]

    mutating func read(_ table: TOMLTable) {
        reading.checkKeys(table, known: Self.topLevelKeys, path: "")
        if let version = table["version"] {
            if let number = reading.integer(version, path: "version"), number != 1 {
                reading.fail("unsupported policy version \(number); this SQLRisk reads version = 1", at: version.node.position, path: "version")
            }
        } else {
            reading.fail("missing 'version = 1' (the policy format version)", at: TOMLPosition(line: 1, column: 1), path: "version")
        }
        if let entry = table["default_profile"], let name = reading.string(entry, path: "default_profile") {
            layer.defaultProfile = (name, reading.source(entry.node.position))
        }
        if let entry = table["trust_project"], let flag = reading.bool(entry, path: "trust_project") {
            layer.trustProject = (flag, reading.source(entry.node.position))
        }
        if let entry = table["profile"], let profiles = reading.table(entry, path: "profile") {
            for profile in profiles.entries { readProfile(profile) }
        }
        if let entry = table["target"], let targets = reading.tables(entry, path: "target") {
            for (target, position) in targets { readTarget(target, at: position) }
        }
        if let entry = table["functions"], let functions = reading.table(entry, path: "functions") { readFunctions(functions) }
        if let entry = table["settings"], let settings = reading.table(entry, path: "settings") { readSettings(settings) }
        if let entry = table["server"], let server = reading.table(entry, path: "server") { readServer(server) }
        if let entry = table["rules"], let rules = reading.table(entry, path: "rules") { readRules(rules) }
        if let entry = table["allow"], let entries = reading.tables(entry, path: "allow") {
            for (allow, position) in entries { readAllow(allow, at: position) }
        }
        if let entry = table["audit"], let audit = reading.table(entry, path: "audit") { readAudit(audit, at: entry.node.position) }
        if let entry = table["approvals"], let approvals = reading.table(entry, path: "approvals") { readApprovals(approvals, at: entry.node.position) }
        if let entry = table["hook"], let hook = reading.table(entry, path: "hook") { readHook(hook) }
        if let entry = table["proxy"], let proxy = reading.table(entry, path: "proxy") { readProxy(proxy, at: entry.node.position) }
    }

    static let profileKeys = ["ask", "deny", "protected", "search_path"]

    private mutating func readProfile(_ entry: TOMLEntry) {
        let path = "profile." + entry.key
        guard let table = reading.table(entry, path: path) else { return }
        reading.checkKeys(table, known: Self.profileKeys, path: path)
        var profile = PolicyLayer.ProfileSettings(name: entry.key, source: reading.source(entry.keyPosition))
        if entry.key.isEmpty { reading.fail("a profile needs a name", at: entry.keyPosition, path: path) }
        if let ask = table["ask"], let level = reading.level(ask, path: path + ".ask") {
            profile.ask = (level, reading.source(ask.node.position))
        }
        if let deny = table["deny"], let level = reading.level(deny, path: path + ".deny") {
            profile.deny = (level, reading.source(deny.node.position))
        }
        if let ask = profile.ask, let deny = profile.deny, ask.0 > deny.0, let entry = table["ask"] {
            reading.fail("ask = \"\(ask.0.name)\" is above deny = \"\(deny.0.name)\", so nothing would ever ask; ask must be at or below deny",
                         at: entry.node.position, path: path + ".ask")
        }
        if let protected = table["protected"], let names = reading.strings(protected, path: path + ".protected") {
            for (name, position) in names {
                if let problem = Self.objectPatternProblem(name) {
                    reading.fail("protected object '\(name)' \(problem)", at: position, path: path + ".protected")
                } else {
                    profile.protected.append(ObjectPattern(text: name, source: reading.source(position)))
                }
            }
        }
        if let searchPath = table["search_path"], let schemas = reading.strings(searchPath, path: path + ".search_path") {
            let names = schemas.map(\.0)
            if let bad = names.first(where: { $0 != "$user" && ObjectName.parts($0)?.count != 1 }) {
                reading.fail("'\(bad)' is not a schema name", at: searchPath.node.position, path: path + ".search_path")
            } else {
                profile.searchPath = (names.map { $0 == "$user" ? $0 : ObjectName.parts($0)![0] }, reading.source(searchPath.node.position))
            }
        }
        layer.profiles.append(profile)
    }

    /// Why a protected or allowlisted object pattern can never match a name, or nil.
    static func objectPatternProblem(_ text: String) -> String? {
        if text.isEmpty { return "is empty and can never match" }
        guard ObjectName.parts(text) != nil else {
            return "can never match: write a name such as public.users, billing.* or \"My Schema\".\"Users\" (at most database.schema.name, no empty parts or spaces)"
        }
        return nil
    }

    /// Strings, or for `port` also integers (`port = 5432`).
    private mutating func targetValues(_ entry: TOMLEntry, path: String) -> [(String, TOMLPosition)]? {
        if case .integer(let port) = entry.node.value { return [(String(port), entry.node.position)] }
        if case .array(let nodes) = entry.node.value, nodes.contains(where: { if case .integer = $0.value { true } else { false } }) {
            var out: [(String, TOMLPosition)] = []
            for node in nodes {
                switch node.value {
                case .integer(let port): out.append((String(port), node.position))
                case .string(let text): out.append((text, node.position))
                default:
                    reading.fail("expected a string or a port number, found a \(node.value.typeName)", at: node.position, path: path)
                    return nil
                }
            }
            return out
        }
        return reading.strings(entry, path: path)
    }

    private mutating func readTarget(_ table: TOMLTable, at position: TOMLPosition) {
        let path = "target"
        let fields = PolicyTarget.Field.allCases.map(\.rawValue)
        reading.checkKeys(table, known: ["profile"] + fields, path: path)
        guard let profileEntry = table["profile"] else {
            reading.fail("a [[target]] needs 'profile', the profile it picks", at: position, path: path)
            return
        }
        guard let profile = reading.string(profileEntry, path: path + ".profile") else { return }
        var conditions: [(field: PolicyTarget.Field, patterns: [String])] = []
        var globs: [(field: PolicyTarget.Field, globs: [Glob])] = []
        for field in PolicyTarget.Field.allCases {
            guard let entry = table[field.rawValue], let values = targetValues(entry, path: path + "." + field.rawValue) else { continue }
            for (value, position) in values {
                if value.isEmpty {
                    reading.fail("an empty pattern can never match", at: position, path: path + "." + field.rawValue)
                } else if field == .port, !value.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2A || $0 == 0x3F }) {
                    reading.fail("port pattern '\(value)' can never match a port number (digits, * and ? only)", at: position,
                                 path: path + ".port")
                } else if value.contains(" ") {
                    reading.fail("pattern '\(value)' contains a space and can never match a \(field.rawValue)", at: position,
                                 path: path + "." + field.rawValue)
                }
            }
            conditions.append((field, values.map(\.0)))
            globs.append((field, values.map { Glob($0.0) }))
        }
        if conditions.isEmpty {
            reading.fail("a [[target]] needs at least one of \(fields.joined(separator: ", ")); use default_profile for a catch-all",
                         at: position, path: path)
        }
        layer.targets.append(PolicyTarget(profile: profile, conditions: conditions, globs: globs, source: reading.source(position)))
    }
}
