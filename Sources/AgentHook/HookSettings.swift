/// Where each host keeps its hook settings, and the entry `classify-sql hook` needs there.
enum HookSettings {
    enum Scope: String { case user, project }

    static func path(host: HookHost, scope: Scope, home: String, cwd: String) -> String {
        let base = scope == .user ? home : cwd
        switch host {
        case .claude: return base + "/.claude/settings.json"
        case .gemini: return base + "/.gemini/settings.json"
        case .codex: return base + "/.codex/config.toml"
        case .cursor: return base + "/.cursor/hooks.json"
        case .copilot: return scope == .user ? home + "/.copilot/hooks/sqlrisk.json" : cwd + "/.github/hooks/sqlrisk.json"
        }
    }

    /// Every tool whose calls the hook must see: shells, MCP tools, and the edit tools (self-protection).
    static let claudeMatcher = "Bash|PowerShell|mcp__.*|Edit|Write|MultiEdit|NotebookEdit"
    static let geminiMatcher = "run_shell_command|write_file|replace|mcp__.*"
    static let codexMatcher = "Bash|shell|local_shell|exec_command|apply_patch|mcp__.*"

    static func isOurs(_ command: String?) -> Bool {
        guard let command else { return false }
        return command.contains("classify-sql") && command.contains(" hook")
            || command.contains("sqlrisk-hook")
    }

    /// The settings text with the hook merged in; other entries stay as they were. Codex's file is TOML.
    static func merged(host: HookHost, existing: String?, command: String) throws(HookInstallError) -> String {
        if host == .codex { return mergedTOML(existing: existing, command: command) }
        var root: JSONValue = .object([])
        if let existing, !existing.allSatisfy(\.isWhitespace) {
            do { root = try JSONValue.parse(existing) } catch { throw HookInstallError("the settings file is not JSON (\(error)); fix it first") }
            guard root.members != nil else { throw HookInstallError("the settings file is not a JSON object") }
        }
        switch host {
        case .claude:
            let entry: JSONValue = .object([("matcher", .string(claudeMatcher)),
                                            ("hooks", .array([.object([("type", .string("command")), ("command", .string(command)), ("timeout", .number(10))])]))])
            return write(setting(root, path: ["hooks", "PreToolUse"], entry: entry, commandKey: "command"))
        case .gemini:
            let entry: JSONValue = .object([("matcher", .string(geminiMatcher)),
                                            ("hooks", .array([.object([("name", .string("sqlrisk")), ("type", .string("command")),
                                                                       ("command", .string(command)), ("timeout", .number(10000))])]))])
            return write(setting(root, path: ["hooks", "BeforeTool"], entry: entry, commandKey: "command"))
        case .cursor:
            var root = root
            if root["version"] == nil { root = set(root, key: "version", value: .number(1)) }
            for event in ["beforeShellExecution", "beforeMCPExecution"] {
                root = setting(root, path: ["hooks", event], entry: .object([("command", .string(command))]), commandKey: "command")
            }
            return write(root)
        case .copilot:
            var root = root
            if root["version"] == nil { root = set(root, key: "version", value: .number(1)) }
            let entry: JSONValue = .object([("type", .string("command")), ("bash", .string(command)), ("timeoutSec", .number(10))])
            return write(setting(root, path: ["hooks", "preToolUse"], entry: entry, commandKey: "bash"))
        case .codex:
            return mergedTOML(existing: existing, command: command)
        }
    }

    static func write(_ value: JSONValue) -> String { JSONWriter.write(value, indent: "  ") + "\n" }

    static func set(_ object: JSONValue, key: String, value: JSONValue) -> JSONValue {
        var members = object.members ?? []
        if let index = members.firstIndex(where: { $0.0 == key }) { members[index].1 = value } else { members.append((key, value)) }
        return .object(members)
    }

    /// Puts `entry` into the array at `path`, replacing an earlier entry of ours (found by its command), so
    /// that installing twice leaves one entry.
    static func setting(_ root: JSONValue, path: [String], entry: JSONValue, commandKey: String) -> JSONValue {
        guard let key = path.first else { return root }
        if path.count > 1 {
            let child = root[key].flatMap { $0.members != nil ? $0 : nil } ?? .object([])
            return set(root, key: key, value: setting(child, path: Array(path.dropFirst()), entry: entry, commandKey: commandKey))
        }
        var entries = root[key]?.array ?? []
        func contains(_ value: JSONValue) -> Bool {
            if isOurs(value[commandKey]?.string) { return true }
            return value["hooks"]?.array?.contains { isOurs($0[commandKey]?.string) } ?? false
        }
        if let index = entries.firstIndex(where: contains) { entries[index] = entry } else { entries.append(entry) }
        return set(root, key: key, value: .array(entries))
    }

    static let tomlMarker = "# sqlrisk: classify-sql hook (added by `classify-sql hook install`)"

    static func mergedTOML(existing: String?, command: String) -> String {
        var text = existing ?? ""
        if let range = text[...].firstRange(of: tomlMarker) {
            // Drop our earlier block (up to the next blank line after it) and write it again.
            var end = range.upperBound
            if let blank = text[end...].firstRange(of: "\n\n") { end = blank.upperBound } else { end = text.endIndex }
            text.removeSubrange(range.lowerBound..<end)
        }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
        text += """
            \(tomlMarker)
            [[hooks.PreToolUse]]
            matcher = "\(codexMatcher)"
            [[hooks.PreToolUse.hooks]]
            type = "command"
            command = \(JSONWriter.quote(command))
            timeout = 10

            """
        return text
    }
}

public struct HookInstallError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
