import Foundation
import SQLRisk
import Testing

/// `approve`, `approvals` and `audit` run as a user runs them, against requests a real `Gate` made.
@Suite("approve, approvals, audit")
struct ApprovalCommandTests {
    let scratch: ScratchDirectory
    let directory: URL
    let store: FileApprovalStore
    let auditPath: String
    let gate: Gate

    init() throws {
        scratch = try ScratchDirectory()
        directory = scratch.url
        store = FileApprovalStore(directory: directory.appendingPathComponent("state").path)
        auditPath = directory.appendingPathComponent("audit.jsonl").path
        // The profile the requests name must exist: an unknown one is replaced by the strictest.
        let policy = try Policy.parse("version = 1\n[profile.prod]\nask = \"destructive\"\ndeny = \"critical\"\n")
        gate = Gate(policy: policy, approvals: store, audit: AuditLog(path: auditPath))
    }

    func ask(_ sql: String = "DELETE FROM users") throws -> String {
        let verdict = gate.evaluate(GateRequest(sql: sql, target: ConnectionTarget(host: "db.prod", dbname: "app"), profile: "prod", source: .hook))
        return try #require(verdict.approvalCode)
    }

    func passes(_ sql: String = "DELETE FROM users") -> Bool {
        gate.evaluate(GateRequest(sql: sql, target: ConnectionTarget(host: "db.prod", dbname: "app"), profile: "prod", source: .hook)).decision == .allow
    }

    @Test func approveShowsTheRequestAndNeedsYesWithoutATerminal() throws {
        let code = try ask()
        let refused = try CommandRunner.run(["approve", code, "--approvals", store.directory])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--yes"))
        #expect(refused.stdout.contains("DELETE FROM users"))
        #expect(refused.stdout.contains("profile:  prod"))
        #expect(refused.stdout.contains("target:   db.prod/app"))
        #expect(refused.stdout.contains("delete-without-where"))
        #expect(!passes())

        let granted = try CommandRunner.run(["approve", code.lowercased(), "--approvals", store.directory, "--yes", "--for", "10m"])
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout.contains("Approved \(code)"))
        #expect(passes())
        #expect(!passes())
    }

    /// On a terminal (a pty from util-linux `script`), the question is asked on /dev/tty and only `y` grants.
    @Test(arguments: [("n", Int32(1), false), ("y", Int32(0), true), ("", Int32(1), false)])
    func approveAsksOnATerminal(answer: String, status: Int32, granted: Bool) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let code = try ask()
        let command = "\(CommandRunner.executable.path) approve \(code) --approvals \(store.directory)"
        let result = try runShell("(sleep 1; echo '\(answer)') | /usr/bin/script -qec '\(command)' /dev/null")
        #expect(result.status == status, "\(result.stdout)")
        #expect(result.stdout.contains("Approve \(code)? [y/N]"))
        #expect(passes() == granted)
    }

    @Test func reuseLetsTheSQLPassAgain() throws {
        let code = try ask()
        #expect(try CommandRunner.run(["approve", code, "--approvals", store.directory, "--yes", "--reuse"]).status == 0)
        #expect(passes() && passes() && passes())
        #expect(!passes("DELETE FROM users WHERE true"))
    }

    @Test func approveRefusesWhatItCannotGrant() throws {
        #expect(try CommandRunner.run(["approve", "ZZZ-ZZZ", "--approvals", store.directory, "--yes"]).status == 1)
        #expect(try CommandRunner.run(["approve", "ZZZ-ZZ0", "--approvals", store.directory, "--yes"]).status == 64)
        #expect(try CommandRunner.run(["approve", "ZZZ-ZZZ", "--for", "forever", "--approvals", store.directory, "--yes"]).status == 64)
        let code = try ask()
        #expect(try CommandRunner.run(["approve", code, "--approvals", store.directory, "--yes"]).status == 0)
        let twice = try CommandRunner.run(["approve", code, "--approvals", store.directory, "--yes"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already granted"))
    }

    @Test func approvalsListsAndRevokes() throws {
        let first = try ask()
        let second = try ask("TRUNCATE audit_trail")
        #expect(try CommandRunner.run(["approve", second, "--approvals", store.directory, "--yes"]).status == 0)
        let text = try CommandRunner.run(["approvals", "--approvals", store.directory])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Pending requests") && text.stdout.contains(first))
        #expect(text.stdout.contains("Grants:") && text.stdout.contains(second))
        let json = try #require(try CommandRunner.run(["approvals", "--format", "json", "--approvals", store.directory]).json() as? [String: Any])
        #expect((json["pending"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == [first])
        #expect((json["grants"] as? [[String: Any]])?.first?["reusable"] as? Bool == false)

        #expect(try CommandRunner.run(["approvals", "revoke", second, "--approvals", store.directory]).status == 0)
        #expect(!passes("TRUNCATE audit_trail"))
        #expect(try CommandRunner.run(["approvals", "revoke", second, "--approvals", store.directory]).status == 1)
    }

    @Test func aCorruptedStoreIsReported() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("{\"version\":1,\"requests\":[{}],\"grants\":[]}".utf8).write(to: URL(fileURLWithPath: store.statePath))
        let result = try CommandRunner.run(["approvals", "--approvals", store.directory])
        #expect(result.status == 2)
        #expect(result.stderr.contains("corrupted") && result.stderr.contains("requests[0].status"))
    }

    @Test func auditVerifyAndSummary() throws {
        _ = try ask()
        _ = try ask("DROP TABLE t")
        #expect(!passes("SELECT pg_read_file('/etc/passwd')"))
        let valid = try CommandRunner.run(["audit", "verify", auditPath])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("valid, 3 events"))

        let summary = try #require(try CommandRunner.run(["audit", "summary", auditPath, "--format", "json"]).json() as? [String: Any])
        #expect(summary["decisions"] as? Int == 3)
        #expect(summary["by_decision"] as? [String: Int] == ["ask": 2, "deny": 1])
        #expect((summary["by_rule"] as? [String: [String: Int]])?["drop-table"] == ["ask": 1])
        #expect(try CommandRunner.run(["audit", "summary", auditPath]).stdout.contains("by rule:"))

        var lines = try String(contentsOfFile: auditPath, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.remove(at: 1)
        try (lines.joined(separator: "\n") + "\n").write(toFile: auditPath, atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["audit", "verify", auditPath])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains(":2: broken chain"))
        #expect(try CommandRunner.run(["audit", "verify", directory.appendingPathComponent("none").path]).status == 2)
    }
}

/// Runs `script` through `/bin/sh` and returns its status and output.
private func runShell(_ script: String) throws -> (status: Int32, stdout: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}
