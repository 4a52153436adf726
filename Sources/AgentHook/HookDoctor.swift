/// `classify-sql hook doctor [--host H] [--scope user|project]`: finds the installed hook, feeds it canned
/// events through `/bin/sh -c` exactly as the host would, and reports whether the host would really block.
enum HookDoctor {
    static func main(_ arguments: [String]) -> Int32 {
        var hosts = HookHost.allCases
        var scopes: [HookSettings.Scope] = [.user, .project]
        var position = 0
        while position < arguments.count {
            let next = position + 1 < arguments.count ? arguments[position + 1] : nil
            switch arguments[position] {
            case "--host":
                guard let name = next, let host = HookHost(rawValue: name) else { return HookRunner.usageError("--host needs a host name") }
                hosts = [host]; position += 1
            case "--scope":
                guard let name = next, let scope = HookSettings.Scope(rawValue: name) else { return HookRunner.usageError("--scope needs user or project") }
                scopes = [scope]; position += 1
            default: return HookRunner.usageError("unknown argument \(arguments[position])")
            }
            position += 1
        }
        guard let home = FileAccess.environment("HOME"), let cwd = FileWriting.currentDirectory() else {
            HookRunner.writeAll(2, "classify-sql hook doctor: HOME or the working directory is not known\n")
            return 2
        }
        let report = diagnose(hosts: hosts, scopes: scopes, home: home, cwd: cwd)
        HookRunner.writeAll(1, report.lines.joined(separator: "\n") + "\n")
        return report.found == 0 ? 1 : (report.failures == 0 ? 0 : 1)
    }

    struct Report {
        var lines: [String] = []
        var failures = 0
        var found = 0
    }

    static func diagnose(hosts: [HookHost], scopes: [HookSettings.Scope], home: String, cwd: String) -> Report {
        var report = Report()
        var seen: Set<String> = []
        for host in hosts {
            for scope in scopes {
                let path = HookSettings.path(host: host, scope: scope, home: home, cwd: cwd)
                guard seen.insert(path).inserted, FileAccess.exists(path), case .text(let text) = FileAccess.readText(path) else { continue }
                guard let command = installedCommand(host: host, settings: text) else {
                    report.lines.append("\(host.rawValue) (\(scope.rawValue)) \(path): no classify-sql hook entry")
                    continue
                }
                report.found += 1
                report.lines.append("\(host.rawValue) (\(scope.rawValue)) \(path): `\(command)`")
                if host == .claude, let problem = claudeMatcherProblem(text) {
                    report.lines.append("  FAIL \(problem)")
                    report.failures += 1
                }
                for check in checks(for: host, cwd: cwd) {
                    let result = ShellRunner.run(command, input: Array(check.payload.utf8), cwd: cwd)
                    let verdict = result.map { check.judge($0) } ?? "could not run /bin/sh"
                    if verdict == "ok" {
                        report.lines.append("  ok   \(check.name)")
                    } else {
                        report.lines.append("  FAIL \(check.name): \(verdict)")
                        report.failures += 1
                    }
                }
            }
        }
        if report.found == 0 { report.lines.append("no installed classify-sql hook found; run `classify-sql hook install --host H`") }
        return report
    }

    static func installedCommand(host: HookHost, settings: String) -> String? {
        if host == .codex {
            for line in settings.split(separator: "\n") where line.hasPrefix("command = ") {
                let value = String(line.dropFirst("command = ".count))
                if let parsed = try? JSONValue.parse(value), let command = parsed.string, HookSettings.isOurs(command) { return command }
            }
            return nil
        }
        guard let root = try? JSONValue.parse(settings) else { return nil }
        var found: String?
        func visit(_ value: JSONValue, depth: Int) {
            guard depth < 12, found == nil else { return }
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if (key == "command" || key == "bash"), let text = member.string, HookSettings.isOurs(text) { found = text; return }
                    visit(member, depth: depth + 1)
                }
            case .array(let values): values.forEach { visit($0, depth: depth + 1) }
            default: break
            }
        }
        visit(root, depth: 0)
        return found
    }

    /// The matcher must reach shell and MCP tools, and no `if` filter may let calls skip the hook.
    static func claudeMatcherProblem(_ settings: String) -> String? {
        guard let entries = (try? JSONValue.parse(settings))?["hooks"]?["PreToolUse"]?.array,
              let entry = entries.first(where: { $0["hooks"]?.array?.contains { HookSettings.isOurs($0["command"]?.string) } ?? false })
        else { return "the hook is not under hooks.PreToolUse" }
        let matcher = entry["matcher"]?.string ?? ""
        for tool in ["Bash", "PowerShell", "mcp__"] where !(matcher.isEmpty || matcher == "*" || matcher.contains(tool)) {
            return "the matcher \(matcher) does not cover \(tool)"
        }
        if entry["if"] != nil || (entry["hooks"]?.array?.contains { $0["if"] != nil } ?? false) {
            return "an `if` filter lets some calls skip the hook"
        }
        return nil
    }

    struct Check {
        var name: String
        var payload: String
        var judge: (ShellRunner.Result) -> String
    }

    static func checks(for host: HookHost, cwd: String) -> [Check] {
        let drop = "psql -c 'DROP TABLE doctor_check'"
        let blocking: Set<String> = host == .codex || host == .gemini ? ["deny"] : ["ask", "deny"]
        func blocks(_ result: ShellRunner.Result) -> String {
            guard result.status == 0 || result.status == 2 else { return "exit status \(result.status): the host would let the call run (\(result.error.prefix(200)))" }
            if result.status == 2 { return "ok" }
            guard let output = try? JSONValue.parse(result.output.trimmingSpaces) else { return "the output is not JSON: \(result.output.prefix(200))" }
            let decision = output["hookSpecificOutput"]?["permissionDecision"]?.string ?? output["decision"]?.string
                ?? output["permission"]?.string ?? output["permissionDecision"]?.string
            guard let decision, blocking.contains(decision) else { return "decision \(decision ?? "none"): the host would not block" }
            return "ok"
        }
        func passes(_ result: ShellRunner.Result) -> String {
            result.status == 0 && result.output.trimmingSpaces.isEmpty ? "ok" : "a harmless command got exit \(result.status) and output \(result.output.prefix(200))"
        }
        var checks = [
            Check(name: "blocks `\(drop)`", payload: shellPayload(host, drop, cwd: cwd), judge: blocks),
            Check(name: "leaves `ls` alone", payload: shellPayload(host, "ls", cwd: cwd), judge: passes),
            Check(name: "blocks `classify-sql approve`", payload: shellPayload(host, "classify-sql approve ABC-123", cwd: cwd), judge: blocks),
        ]
        if host != .cursor {
            checks.append(Check(name: "blocks an MCP query that drops a table",
                                payload: toolPayload(host, tool: "mcp__postgres__query", input: #"{"sql":"DROP TABLE doctor_check"}"#, cwd: cwd), judge: blocks))
        }
        return checks
    }

    static func shellPayload(_ host: HookHost, _ command: String, cwd: String) -> String {
        let input = "{\"command\":\(JSONWriter.quote(command))}"
        switch host {
        case .claude: return toolPayload(host, tool: "Bash", input: input, cwd: cwd)
        case .gemini: return toolPayload(host, tool: "run_shell_command", input: input, cwd: cwd)
        case .codex: return toolPayload(host, tool: "Bash", input: input, cwd: cwd)
        case .copilot: return toolPayload(host, tool: "bash", input: input, cwd: cwd)
        case .cursor:
            return "{\"conversation_id\":\"doctor\",\"hook_event_name\":\"beforeShellExecution\",\"command\":\(JSONWriter.quote(command)),\"cwd\":\(JSONWriter.quote(cwd))}"
        }
    }

    static func toolPayload(_ host: HookHost, tool: String, input: String, cwd: String) -> String {
        let place = "\"cwd\":\(JSONWriter.quote(cwd))"
        switch host {
        case .claude: return "{\"session_id\":\"doctor\",\(place),\"permission_mode\":\"default\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"\(tool)\",\"tool_input\":\(input)}"
        case .codex: return "{\"session_id\":\"doctor\",\(place),\"model\":\"doctor\",\"turn_id\":\"1\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"\(tool)\",\"tool_input\":\(input)}"
        case .gemini: return "{\"session_id\":\"doctor\",\(place),\"hook_event_name\":\"BeforeTool\",\"tool_name\":\"\(tool)\",\"tool_input\":\(input)}"
        case .copilot: return "{\"timestamp\":0,\(place),\"toolName\":\"\(tool)\",\"toolArgs\":\(JSONWriter.quote(input))}"
        case .cursor: return "{\"conversation_id\":\"doctor\",\(place),\"hook_event_name\":\"beforeMCPExecution\",\"tool_name\":\"\(tool)\",\"tool_input\":\(JSONWriter.quote(input))}"
        }
    }
}
