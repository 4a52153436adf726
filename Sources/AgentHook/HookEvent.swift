/// The agent hosts the hook answers, each with its own payload and answer format.
public enum HookHost: String, Sendable, CaseIterable {
    case claude, gemini, codex, cursor, copilot
}

/// One pre-tool-use event, whatever host sent it.
public struct HookEvent: Sendable {
    public var host: HookHost
    public var eventName: String
    public var toolName: String
    /// The tool's arguments (Copilot's `toolArgs` string is parsed into an object).
    public var toolInput: JSONValue
    public var cwd: String?
    public var sessionID: String?

    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case notJSON(String)
        case unknownShape
        public var description: String {
            switch self {
            case .notJSON(let reason): "the event is not JSON: \(reason)"
            case .unknownShape: "the event is not a pre-tool-use event of a known host"
            }
        }
    }

    /// Reads an event; `host` forces the host instead of detecting it from the payload.
    public static func read(_ bytes: [UInt8], host forced: HookHost? = nil) throws(ReadError) -> HookEvent {
        let payload: JSONValue
        do { payload = try JSONValue.parse(bytes) } catch { throw .notJSON(error.description) }
        guard payload.members != nil else { throw .unknownShape }
        guard let host = forced ?? detect(payload) else { throw .unknownShape }
        let eventName = payload["hook_event_name"]?.string ?? payload["hookEventName"]?.string ?? ""
        let cwd = payload["cwd"]?.string ?? payload["workspace_roots"]?.array?.first?.string
        let session = payload["session_id"]?.string ?? payload["conversation_id"]?.string ?? payload["sessionId"]?.string
        switch host {
        case .cursor:
            if let tool = payload["tool_name"]?.string, ToolCallRouter.shellTools.contains(tool) || ToolCallRouter.editTools.contains(tool) {
                // Cursor's newer preToolUse event carries the Claude-like tool_name/tool_input pair.
                return HookEvent(host: host, eventName: eventName, toolName: tool, toolInput: objectOrParsed(payload["tool_input"]),
                                 cwd: cwd, sessionID: session)
            }
            if eventName == "beforeMCPExecution" || payload["tool_name"] != nil {
                return HookEvent(host: host, eventName: eventName, toolName: cursorMCPName(payload),
                                 toolInput: objectOrParsed(payload["tool_input"]), cwd: cwd, sessionID: session)
            }
            let command = payload["command"] ?? .null
            return HookEvent(host: host, eventName: eventName.isEmpty ? "beforeShellExecution" : eventName, toolName: "shell",
                             toolInput: .object([("command", command)]), cwd: cwd, sessionID: session)
        case .copilot:
            guard let tool = payload["toolName"]?.string ?? payload["tool_name"]?.string else { throw .unknownShape }
            return HookEvent(host: host, eventName: "preToolUse", toolName: tool,
                             toolInput: objectOrParsed(payload["toolArgs"] ?? payload["tool_input"]), cwd: cwd, sessionID: session)
        case .claude, .gemini, .codex:
            guard let tool = payload["tool_name"]?.string else { throw .unknownShape }
            return HookEvent(host: host, eventName: eventName, toolName: tool, toolInput: objectOrParsed(payload["tool_input"]),
                             cwd: cwd, sessionID: session)
        }
    }

    /// Each host's payload has fields no other one sends.
    static func detect(_ payload: JSONValue) -> HookHost? {
        let event = payload["hook_event_name"]?.string ?? payload["hookEventName"]?.string
        if payload["toolName"] != nil || payload["toolArgs"] != nil { return .copilot }
        switch event {
        case "BeforeTool"?: return .gemini
        case "beforeShellExecution"?, "beforeMCPExecution"?, "preToolUse"?: return payload["toolArgs"] != nil ? .copilot : .cursor
        case "PreToolUse"?:
            // Codex sends `turn_id` and `model`; Claude Code sends `permission_mode` and neither of those.
            if payload["turn_id"] != nil || (payload["model"] != nil && payload["permission_mode"] == nil) { return .codex }
            return .claude
        default:
            if payload["conversation_id"] != nil && payload["command"] != nil { return .cursor }
            return nil
        }
    }

    /// A tool input given as an object, or as a string holding JSON (Copilot's `toolArgs`, Cursor's MCP input).
    static func objectOrParsed(_ value: JSONValue?) -> JSONValue {
        guard let value else { return .object([]) }
        if case .string(let text) = value {
            if let parsed = try? JSONValue.parse(text), parsed.members != nil { return parsed }
            return .object([("command", .string(text))])
        }
        return value
    }

    /// Cursor names MCP tools without the server; `mcp__<server>__<tool>` makes them look like the others.
    static func cursorMCPName(_ payload: JSONValue) -> String {
        let tool = payload["tool_name"]?.string ?? ""
        if tool.hasPrefix("mcp__") { return tool }
        let server = payload["server_name"]?.string ?? payload["server"]?.string ?? serverName(from: payload["url"]?.string ?? payload["command"]?.string ?? "")
        return "mcp__\(server)__\(tool)"
    }

    static func serverName(from text: String) -> String {
        let lowered = text.lowercased()
        for name in ["supabase", "neon", "sqlrisk", "postgres", "crystaldba"] where lowered.contains(name) { return name }
        return "unknown"
    }
}
