import Foundation
import Testing

/// `--policy`, `--profile`, `policy check` and `policy show`, through the built binary. Every run gets
/// an empty HOME and XDG_CONFIG_HOME, so the machine's own policy files cannot change the answers.
@Suite("classify-sql with a policy")
struct PolicyCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = packageRoot.appendingPathComponent("Examples/policy.toml").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PolicyFixtures/bad")

    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home/.config/sqlrisk"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("project/src"), withIntermediateDirectories: true)
        return directory
    }

    private func run(_ arguments: [String], home: URL, in directory: URL? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path],
                              in: directory ?? home)
    }

    @Test("the example policy: ask in prod (3), allow in dev (0), DROP TABLE denied in prod (1) with rule and hint first")
    func examplePolicy() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("home")
        let update = "UPDATE users SET name = 'x' WHERE id = 1"
        let prod = try run(["--policy", Self.example, "--profile", "prod", "-c", update], home: home)
        #expect(prod.status == 3)
        #expect(prod.stdout.hasPrefix("<arg>: ask (profile prod"))
        #expect(try run(["--policy", Self.example, "--profile", "dev", "-c", update], home: home).status == 0)
        let drop = try run(["--policy", Self.example, "--profile", "prod", "-c", "DROP TABLE users"], home: home)
        #expect(drop.status == 1)
        let lines = drop.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("<arg>: deny (profile prod"))
        #expect(lines[1].contains("deny: drop-table (destructive)"))
        #expect(lines[2].contains("hint: Rename the table"))
        let json = try run(["--policy", Self.example, "--profile", "prod", "--format", "json", "-c", "DROP TABLE users"], home: home)
        let object = try #require(try json.json() as? [String: Any])
        #expect(object["decision"] as? String == "deny")
        #expect(object["profile"] as? String == "prod")
        #expect((object["reasons"] as? [[String: Any]])?.first?["rule"] as? String == "drop-table")
        let plain = try run(["--no-policy", "--format", "json", "-c", "DROP TABLE users"], home: home)
        #expect(!plain.stdout.contains("decision"))
    }

    @Test("a project file cannot loosen the policy unless the user file trusts it; policy show says why")
    func projectFilesOnlyTighten() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("home")
        let userFile = home.appendingPathComponent(".config/sqlrisk/policy.toml")
        try "version = 1\n[profile.dev]\nask = \"destructive\"\ndeny = \"critical\"\n".write(to: userFile, atomically: true, encoding: .utf8)
        try """
        version = 1
        [profile.dev]
        ask = "critical"
        [[allow]]
        rule = "drop-table"
        object = "public.users"
        reason = "the agent wants it"
        """.write(to: root.appendingPathComponent("project/.sqlrisk.toml"), atomically: true, encoding: .utf8)
        let inProject = root.appendingPathComponent("project/src")
        let untrusted = try run(["--profile", "dev", "-c", "DROP TABLE users"], home: home, in: inProject)
        #expect(untrusted.status == 3)
        let show = try run(["policy", "show"], home: home, in: inProject)
        #expect(show.status == 0)
        #expect(show.stdout.contains("profile.dev.ask: the project file is not trusted"))
        #expect(show.stdout.contains("allow: the project file is not trusted"))
        #expect(show.stdout.contains("ask = \"destructive\"  # \(userFile.path):3:7"))
        try "version = 1\ntrust_project = true\n[profile.dev]\n".write(to: userFile, atomically: true, encoding: .utf8)
        let trusted = try run(["--profile", "dev", "-c", "DROP TABLE users"], home: home, in: inProject)
        #expect(trusted.status == 0, "\(trusted.stdout)")
        #expect(trusted.stdout.contains("allowed by:"))
        // A project file that only tightens takes effect without trust.
        try "version = 1\n[profile.dev]\n".write(to: userFile, atomically: true, encoding: .utf8)
        try "version = 1\n[profile.dev]\nask = \"write\"\n".write(to: root.appendingPathComponent("project/.sqlrisk.toml"), atomically: true, encoding: .utf8)
        #expect(try run(["--profile", "dev", "-c", "INSERT INTO t VALUES (1)"], home: home, in: inProject).status == 3)
        #expect(try run(["--no-policy", "-c", "INSERT INTO t VALUES (1)"], home: home, in: inProject).status == 0)
    }

    static let badFiles: [String] = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path))?
        .filter { $0.hasSuffix(".toml") }.sorted() ?? []

    @Test("policy check reports each bad file with file:line:column, key path and what was expected", arguments: badFiles)
    func badPolicy(_ name: String) throws {
        let home = try scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent(name.replacingOccurrences(of: ".toml", with: ".expected")), encoding: .utf8)
        let check = try CommandRunner.run(["policy", "check", name], environment: ["HOME": home.path], in: Self.fixtures)
        #expect(check.status == 2)
        #expect(check.stderr == expected.split(separator: "\n").map { "classify-sql: error: \($0)\n" }.joined())
        // A run that names the file fails the same way, before reading any input (an expired entry only warns).
        let classify = try CommandRunner.run(["--policy", name, "-c", "SELECT 1"], environment: ["HOME": home.path], in: Self.fixtures)
        #expect(classify.status == (name == "expired-entry.toml" ? 0 : 2))
    }

    @Test("at least 20 bad policy files are checked")
    func enoughBadFiles() {
        #expect(Self.badFiles.count >= 20)
    }

    @Test("a missing --policy file, an unknown profile, conflicting flags")
    func badFlags() throws {
        let home = try scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        let missing = try run(["--policy", "/nonexistent/policy.toml", "-c", "SELECT 1"], home: home)
        #expect(missing.status == 2)
        #expect(missing.stderr == "classify-sql: error: /nonexistent/policy.toml: cannot read the policy file: No such file or directory\n")
        let directory = try run(["--policy", home.path, "-c", "SELECT 1"], home: home)
        #expect(directory.status == 2 && directory.stderr.contains("cannot read the policy file"))
        let profile = try run(["--policy", Self.example, "--profile", "production", "-c", "SELECT 1"], home: home)
        #expect(profile.status == 64)
        #expect(profile.stderr.contains("unknown profile 'production'"))
        #expect(try run(["--policy", Self.example, "--no-policy", "-c", "SELECT 1"], home: home).status == 64)
        #expect(try run(["policy", "check"], home: home).status == 64)
        #expect(try run(["policy", "check", Self.example], home: home).status == 0)
    }

    @Test("--version names libpg_query and the grammar")
    func version() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^classify-sql \d+\.\d+\.\d+ \(libpg_query [0-9.-]+, PostgreSQL 15 grammar\)\n$"#, options: .regularExpression) != nil)
    }
}
