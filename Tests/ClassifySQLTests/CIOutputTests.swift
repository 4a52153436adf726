import Foundation
import Testing

/// `--format sarif` and `--format github`, directory arguments, the stable json shape (SPEC §4, §11).
@Suite("CI outputs") struct CIOutputTests {
    /// A project with a clean, a destructive (CRLF, a two-byte letter before the DROP) and an
    /// unparseable migration, one of them in a subdirectory.
    static func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sqlrisk-ci-\(UUID().uuidString)")
        let migrations = root.appendingPathComponent("migrations/later")
        try FileManager.default.createDirectory(at: migrations, withIntermediateDirectories: true)
        try Data("CREATE TABLE t (a int);\n".utf8).write(to: root.appendingPathComponent("migrations/001_create.sql"))
        try Data("-- clean up\r\nSELECT 'é';\r\n  DROP TABLE users;\r\n".utf8).write(to: migrations.appendingPathComponent("002_drop.sql"))
        try Data("SELECT 1;\nSELEC 2;\n".utf8).write(to: root.appendingPathComponent("migrations/003_typo.sql"))
        try Data("DROP TABLE ignored;".utf8).write(to: root.appendingPathComponent("migrations/notes.txt"))
        return root
    }

    @Test func sarifPassesTheOASISSchemaAndPointsAtTheStatement() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["--format", "sarif", "migrations/"], in: root)
        #expect(result.status == 1)
        let log = try #require(try result.json() as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "drop-table" })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["parse-error", "drop-table"])
        let drop = try #require(results.last)
        let location = try #require(((drop["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "migrations/later/002_drop.sql")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 3, "startColumn": 3, "endLine": 3, "endColumn": 19])
        let typo = try #require(((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        // The parser stopped at `SELEC` on line 2.
        #expect((typo["region"] as? [String: Int])?["startLine"] == 2)
        #expect((drop["partialFingerprints"] as? [String: String])?.values.first?.hasPrefix("drop-table:") == true)
        try Self.validate(result.stdout)
    }

    @Test func standardInputAndUnreadableInputsStayInsideTheLog() throws {
        let stdin = try CommandRunner.run(["--format", "sarif"], stdin: Data("DROP TABLE t".utf8))
        #expect(stdin.stdout.contains("\"uri\":\"%3Cstdin%3E\""))
        try Self.validate(stdin.stdout)
        let missing = try CommandRunner.run(["--format", "sarif", "/nonexistent/x.sql"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("\"executionSuccessful\":false"))
        #expect(missing.stdout.contains("No such file or directory"))
        try Self.validate(missing.stdout)
        let json = try CommandRunner.run(["--format", "json", "/nonexistent/x.sql"])
        let array = try #require(try json.json() as? [[String: Any]])
        #expect(array.first?["error"] as? String == "No such file or directory")
    }

    @Test func tenThousandFilesMakeOneValidLog() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sqlrisk-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for i in 0..<10_000 {
            try Data("SELECT 1;\nTRUNCATE t\(i);".utf8).write(to: root.appendingPathComponent(String(format: "%05d.sql", i)))
        }
        let result = try CommandRunner.run(["--format", "sarif", root.path])
        let run = try #require(((try result.json() as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 10_000)
        let last = ((results.last?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
        #expect((last as? [String: Any])?["uri"] as? String == "file://" + root.path + "/09999.sql")
    }

    @Test func githubAnnotations() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["--format", "github", "--fail-on", "schema", "migrations"], in: root)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::warning file=migrations/001_create.sql,line=1,col=1,") && $0.contains("title=schema-change::") })
        #expect(lines.contains { $0.hasPrefix("::error file=migrations/later/002_drop.sql,line=3,col=3,endLine=3,endColumn=19,title=drop-table::DROP TABLE removes users") })
    }

    @Test func jsonShapeDependsOnlyOnHowInputIsGiven() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CommandRunner.run(["--format", "json", "migrations/001_create.sql"], in: root).json() is [Any])
        #expect(try CommandRunner.run(["--format", "json", "-c", "SELECT 1"]).json() is [String: Any])
        #expect(try CommandRunner.run(["--format", "json"], stdin: Data("SELECT 1".utf8)).json() is [String: Any])
        let all = try #require(try CommandRunner.run(["--format", "json", "migrations"], in: root).json() as? [[String: Any]])
        #expect(all.map { $0["input"] as? String } == ["migrations/001_create.sql", "migrations/003_typo.sql", "migrations/later/002_drop.sql"])
    }

    @Test func minLevelMaxInputBytesAndSQLField() throws {
        let text = try CommandRunner.run(["--min-level", "destructive", "-c", "SELECT 1; DROP TABLE t"])
        #expect(!text.stdout.contains("SELECT"))
        #expect(text.stdout.contains("DROP TABLE"))
        let small = try CommandRunner.run(["--max-input-bytes", "5", "--format", "jsonl", "-c", "SELECT 1"])
        #expect(small.stdout.contains("input-too-large"))
        let field = try CommandRunner.run(["--input-format", "jsonl", "--sql-field", "query", "--format", "jsonl"],
                                          stdin: Data("{\"query\": \"DROP TABLE t\", \"sql\": \"SELECT 1\"}\n".utf8))
        #expect(try field.jsonLines().first?["level"] as? String == "destructive")
    }

    /// Validates a SARIF log with sarif-kit (PyPI), which checks it against the OASIS SARIF 2.1.0
    /// JSON schema through jsonschema.
    static func validate(_ sarif: String) throws {
        let python = try pythonWithValidator()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sqlrisk-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try Shell.run(python, ["-c", """
            import json, sys
            from sarif_kit.validate import validation_errors
            errors = validation_errors(json.load(open(sys.argv[1])))
            print("\\n".join(errors)); sys.exit(1 if errors else 0)
            """, file.path])
        #expect(check.status == 0, "SARIF schema errors:\n\(check.output)")
    }

    static func pythonWithValidator() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let made = try Shell.run(root.appendingPathComponent("scripts/python-test-env.sh").path, [])
        guard made.status == 0 else { throw ValidatorUnavailable(reason: made.output) }
        return made.output.split(separator: "\n").last.map(String.init) ?? ""
    }

    struct ValidatorUnavailable: Error { let reason: String }
}

/// Runs a program and collects its standard output (and error) as text.
enum Shell {
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
