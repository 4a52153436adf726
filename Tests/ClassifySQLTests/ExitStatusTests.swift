import Foundation
import Testing

/// The exit statuses of SPEC §4, which scripts and CI depend on.
@Suite("Exit status")
struct ExitStatusTests {
    @Test func belowThresholdIsZero() throws {
        #expect(try CommandRunner.run("-c", "SELECT 1").status == 0)
        #expect(try CommandRunner.run("-c", "UPDATE t SET a = 1 WHERE id = 2").status == 0)
    }

    @Test func atThresholdIsOne() throws {
        #expect(try CommandRunner.run("-c", "TRUNCATE t").status == 1)
    }

    @Test func failOnWriteCatchesWrites() throws {
        let write = "INSERT INTO t VALUES (1)"
        #expect(try CommandRunner.run("-c", write).status == 0)
        #expect(try CommandRunner.run("-c", write, "--fail-on", "write").status == 1)
        #expect(try CommandRunner.run("-c", "SELECT 1", "--fail-on", "write").status == 0)
    }

    @Test func failOnCriticalLetsDestructivePass() throws {
        #expect(try CommandRunner.run("-c", "DROP TABLE t", "--fail-on", "critical").status == 0)
        #expect(try CommandRunner.run("-c", "SELEC 1", "--fail-on", "critical").status == 1)
    }

    @Test func failOnSafeFailsEverything() throws {
        #expect(try CommandRunner.run("-c", "SELECT 1", "--fail-on", "safe").status == 1)
    }

    @Test func levelNamesAreCaseInsensitive() throws {
        #expect(try CommandRunner.run("-c", "CREATE TABLE t (a int)", "--fail-on", "Schema").status == 1)
    }

    @Test(arguments: [
        ["--fail-on", "bogus", "-c", "SELECT 1"],
        ["--fail-on", "3", "-c", "SELECT 1"],
        ["--format", "xml", "-c", "SELECT 1"],
        ["--input-format", "csv", "-c", "SELECT 1"],
        ["--no-such-flag"],
        ["-c"],
        ["-c", "SELECT 1", "file.sql"],
        ["-", "-"],
    ])
    func usageErrorsAreSixtyFour(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error:"))
        #expect(result.stderr.contains("Usage: classify-sql"))
    }

    @Test func badLevelNameListsTheLevels() throws {
        let result = try CommandRunner.run("--fail-on", "bogus", "-c", "SELECT 1")
        #expect(result.stderr.contains("'bogus'"))
        #expect(result.stderr.contains("'destructive'"))
    }

    @Test func missingFileIsTwo() throws {
        let scratch = try ScratchDirectory()
        let missing = scratch.url.appendingPathComponent("missing.sql").path
        let result = try CommandRunner.run(missing)
        #expect(result.status == 2)
        #expect(result.stderr == "classify-sql: error: \(missing): No such file or directory\n")
    }

    @Test("An unreadable input wins over a risky one: the answer is incomplete")
    func unreadableOutranksRisk() throws {
        let scratch = try ScratchDirectory()
        let risky = try scratch.file("risky.sql", "DROP TABLE t;")
        let result = try CommandRunner.run([risky, scratch.url.appendingPathComponent("missing.sql").path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("risky.sql:1:1: destructive DROP TABLE"))
        #expect(result.stdout.hasSuffix("2 inputs: 1 destructive, 1 unreadable\n"))
    }

    @Test func directoryWithoutSQLFilesHasNoInputs() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.file("notes.txt", "DROP TABLE t")
        let result = try CommandRunner.run([scratch.url.path])
        #expect(result.status == 0)
        #expect(result.stdout == "0 inputs\n")
    }

    @Test func helpIsZero() throws {
        let result = try CommandRunner.run("--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: classify-sql"))
        #expect(result.stdout.contains("EXIT STATUS"))
        #expect(result.stdout.contains("--fail-on <level>"))
        #expect(result.stdout.contains("default: destructive"))
        #expect(result.stdout.contains("--input-format jsonl --format jsonl"))
        #expect(try CommandRunner.run("rules", "--help").status == 0)
    }
}
