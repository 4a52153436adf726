import Foundation
import Testing
import TestSupport
@testable import AgentHook

@Suite struct HookInstallTests {
    static let binary = TestCluster.repositoryRoot.appendingPathComponent(".build/debug/classify-sql").path
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    func temporaryHome() throws -> String {
        let path = NSTemporaryDirectory() + "sqlrisk-hook-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/project", withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: HookHost.allCases)
    func installTwiceKeepsOneEntryAndUnrelatedHooks(host: HookHost) throws {
        let home = try temporaryHome()
        let path = HookSettings.path(host: host, scope: .user, home: home, cwd: home + "/project")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let unrelated = host == .codex
            ? "model = \"o3\"\n\n[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo unrelated\"\n"
            : #"{"theme": "dark", "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "echo unrelated"}]}]}}"#
        try unrelated.write(toFile: path, atomically: true, encoding: .utf8)
        let command = Self.binaryExists ? "'\(Self.binary)' hook --host \(host.rawValue)" : "classify-sql hook --host \(host.rawValue)"
        let request = HookInstaller.Request(host: host, scope: .user, dryRun: false, command: command, home: home, cwd: home + "/project")
        _ = try HookInstaller.install(request)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        let second = try HookInstaller.install(request)
        #expect(second.contains("already installed"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first)
        #expect(first.contains("echo unrelated"))
        // Cursor gets one entry per event (shell and MCP); every other host one entry in all.
        #expect(first.components(separatedBy: "hook --host \(host.rawValue)").count == (host == .cursor ? 3 : 2))
        if host != .codex {
            let parsed = try AgentHook.JSONValue.parse(first)
            #expect(parsed["theme"]?.string == "dark")
        }
        var dry = request
        dry.dryRun = true
        dry.command = command + " --timeout 3"
        let diff = try HookInstaller.install(dry)
        #expect(diff.contains("+") && diff.contains("--timeout 3"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first, "--dry-run writes nothing")
    }

    @Test(.enabled(if: binaryExists, "needs the built classify-sql (swift build)"), arguments: HookHost.allCases)
    func doctorPassesOnAnInstalledHook(host: HookHost) throws {
        let home = try temporaryHome()
        let request = HookInstaller.Request(host: host, scope: .project, dryRun: false,
                                            command: "'\(Self.binary)' hook --host \(host.rawValue)", home: home, cwd: home + "/project")
        _ = try HookInstaller.install(request)
        let report = HookDoctor.diagnose(hosts: [host], scopes: [.project], home: home, cwd: home + "/project")
        #expect(report.found == 1)
        #expect(report.failures == 0, "\(report.lines.joined(separator: "\n"))")
    }

    @Test func doctorFailsOnAHookThatDoesNotBlock() throws {
        let home = try temporaryHome()
        let request = HookInstaller.Request(host: .claude, scope: .project, dryRun: false, command: "true # classify-sql hook",
                                            home: home, cwd: home + "/project")
        _ = try HookInstaller.install(request)
        let report = HookDoctor.diagnose(hosts: [.claude], scopes: [.project], home: home, cwd: home + "/project")
        #expect(report.failures > 0)
    }

    @Test func claudeMatcherWithAnIfFilterIsReported() {
        let settings = #"{"hooks":{"PreToolUse":[{"matcher":"Bash","if":"x","hooks":[{"type":"command","command":"classify-sql hook --host claude"}]}]}}"#
        #expect(HookDoctor.claudeMatcherProblem(settings) != nil)
    }
}
