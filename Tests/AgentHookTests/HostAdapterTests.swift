import Foundation
import SQLRisk
import Testing
@testable import AgentHook

enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

/// Runs the decision in-process, with a home that holds no policy files.
func hookAnswer(_ bytes: [UInt8], host: HookHost? = nil, policy: String? = nil) -> HostAnswer {
    var options = HookRunner.Options()
    options.host = host
    options.policyPath = policy
    options.isolated = false
    options.home = "/home/agent"
    options.configHome = "/nonexistent-config"
    return HookRunner.decide(bytes, options: options)
}

func parsedOutput(_ answer: HostAnswer) throws -> AgentHook.JSONValue {
    try AgentHook.JSONValue.parse(answer.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Suite struct HostAdapterTests {
    @Test(arguments: [
        ("claude-bash.json", HookHost.claude), ("claude-mcp.json", .claude), ("gemini-shell.json", .gemini),
        ("codex-shell.json", .codex), ("cursor-shell.json", .cursor), ("cursor-mcp.json", .cursor), ("copilot-bash.json", .copilot),
    ])
    func detectsTheHost(fixture: String, host: HookHost) throws {
        #expect(try HookEvent.read(Fixtures.bytes(fixture)).host == host)
    }

    @Test func claudeAsksWithTheOutputShape() throws {
        let answer = hookAnswer(try Fixtures.bytes("claude-bash.json"))
        #expect(answer.exitStatus == 0)
        let output = try parsedOutput(answer)
        #expect(output.members?.map(\.0) == ["hookSpecificOutput"])
        let specific = try #require(output["hookSpecificOutput"])
        #expect(specific.members?.map(\.0) == ["hookEventName", "permissionDecision", "permissionDecisionReason"])
        #expect(specific["hookEventName"]?.string == "PreToolUse")
        #expect(specific["permissionDecision"]?.string == "ask")
        #expect(specific["permissionDecisionReason"]?.string?.contains("drop-table") == true)
    }

    @Test func claudeMCPToolIsChecked() throws {
        let output = try parsedOutput(hookAnswer(try Fixtures.bytes("claude-mcp.json")))
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.string == "ask")
        #expect(output["hookSpecificOutput"]?["permissionDecisionReason"]?.string?.contains("truncate") == true)
    }

    @Test func geminiDeniesWithDecisionAndReason() throws {
        let output = try parsedOutput(hookAnswer(try Fixtures.bytes("gemini-shell.json")))
        #expect(output.members?.map(\.0) == ["decision", "reason"])
        #expect(output["decision"]?.string == "deny")
        #expect(output["reason"]?.string?.contains("delete-without-where") == true)
    }

    @Test func codexAskBecomesABlockingDeny() throws {
        let answer = hookAnswer(try Fixtures.bytes("codex-shell.json"))
        let output = try parsedOutput(answer)
        #expect(answer.exitStatus == 0)
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.string == "deny")
        let reason = try #require(output["hookSpecificOutput"]?["permissionDecisionReason"]?.string)
        #expect(reason.contains("cannot ask") && reason.contains("drop-table"))
    }

    @Test func codexArgumentVector() throws {
        let payload = #"{"hook_event_name":"PreToolUse","model":"m","turn_id":"1","cwd":"/tmp","tool_name":"shell","tool_input":{"command":["bash","-lc","psql -c 'TRUNCATE t'"]}}"#
        let output = try parsedOutput(hookAnswer(Array(payload.utf8)))
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.string == "deny")
        #expect(output["hookSpecificOutput"]?["permissionDecisionReason"]?.string?.contains("truncate") == true)
    }

    @Test func codexApplyPatchOnPolicyIsDenied() throws {
        let patch = "*** Begin Patch\n*** Update File: .sqlrisk.toml\n@@\n-deny = \"critical\"\n*** End Patch"
        let payload = #"{"hook_event_name":"PreToolUse","model":"m","turn_id":"1","cwd":"/tmp/p","tool_name":"apply_patch","tool_input":{"command":"# + JSONWriter.quote(patch) + "}}"
        let output = try parsedOutput(hookAnswer(Array(payload.utf8)))
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.string == "deny")
    }

    @Test func cursorShellAndMCP() throws {
        let shell = try parsedOutput(hookAnswer(try Fixtures.bytes("cursor-shell.json")))
        #expect(shell.members?.map(\.0) == ["permission", "userMessage", "agentMessage"])
        #expect(shell["permission"]?.string == "ask")
        let mcp = try parsedOutput(hookAnswer(try Fixtures.bytes("cursor-mcp.json")))
        #expect(mcp["permission"]?.string == "ask")
        #expect(mcp["agentMessage"]?.string?.contains("drop-schema") == true)
    }

    @Test func copilotReadsToolArgsAsAString() throws {
        let output = try parsedOutput(hookAnswer(try Fixtures.bytes("copilot-bash.json")))
        #expect(output.members?.map(\.0) == ["permissionDecision", "permissionDecisionReason"])
        #expect(output["permissionDecision"]?.string == "ask")
    }

    @Test func nonDatabaseCallsGetNoOutput() throws {
        let answer = hookAnswer(try Fixtures.bytes("claude-ls.json"))
        #expect(answer == .passThrough)
    }

    @Test func editingHookSettingsIsDenied() throws {
        let output = try parsedOutput(hookAnswer(try Fixtures.bytes("claude-edit-settings.json")))
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.string == "deny")
    }

    @Test(arguments: HookHost.allCases)
    func forcedHostWins(host: HookHost) throws {
        let answer = hookAnswer(try Fixtures.bytes("claude-bash.json"), host: host)
        #expect(!answer.standardOutput.isEmpty)
        #expect((try? parsedOutput(answer)) != nil)
    }

    @Test func unreadablePolicyDeniesDatabaseActionsOnly() throws {
        let select = Array(#"{"hook_event_name":"PreToolUse","permission_mode":"default","cwd":"/tmp","tool_name":"Bash","tool_input":{"command":"psql -c 'SELECT 1'"}}"#.utf8)
        let denied = try parsedOutput(hookAnswer(select, policy: "/nonexistent/policy.toml"))
        #expect(denied["hookSpecificOutput"]?["permissionDecision"]?.string == "deny")
        #expect(denied["hookSpecificOutput"]?["permissionDecisionReason"]?.string?.contains("policy file cannot be read") == true)
        let list = Array(#"{"hook_event_name":"PreToolUse","permission_mode":"default","cwd":"/tmp","tool_name":"Bash","tool_input":{"command":"ls"}}"#.utf8)
        #expect(hookAnswer(list, policy: "/nonexistent/policy.toml") == .passThrough)
    }

    @Test(arguments: ["", "not json", "[]", "{}", "{\"tool_name\": 3}", "{\"hook_event_name\":\"Nope\"}", "\u{0}\u{1}"])
    func badInputWithoutDatabaseMentionPasses(payload: String) {
        #expect(hookAnswer(Array(payload.utf8)) == .passThrough)
    }

    @Test(arguments: ["psql -c 'DROP TABLE t'", "{\"tool_input\": {\"command\": \"psql -c x\"}}", "{\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"psql -c 'x"])
    func badInputMentioningADatabaseIsDenied(payload: String) {
        let answer = hookAnswer(Array(payload.utf8))
        #expect(answer.exitStatus == 2 || answer.standardOutput.contains("deny"))
    }

    @Test func hugeCommandFailsClosedWithoutHanging() {
        let command = "psql -c 'SELECT 1' " + String(repeating: "a", count: 10 << 20)
        let payload = #"{"hook_event_name":"PreToolUse","permission_mode":"default","tool_name":"Bash","tool_input":{"command":""# + command + #""}}"#
        let output = hookAnswer(Array(payload.utf8)).standardOutput
        #expect(output.contains("\"deny\""))
    }

    @Test func tokenizerBombFailsClosed() {
        let command = "psql -c " + String(repeating: "$(", count: 10_000)
        let payload = #"{"hook_event_name":"PreToolUse","permission_mode":"default","tool_name":"Bash","tool_input":{"command":""# + command + #""}}"#
        #expect(hookAnswer(Array(payload.utf8)).standardOutput.contains("\"deny\""))
    }
}
