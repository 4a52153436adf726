import Foundation
import SQLRisk
import Testing

/// What users type first: `classify-sql -c '...'`, judged by exit status and the JSON report.
@Suite("Classifying -c input")
struct ClassificationTests {
    @Test func deleteWithoutWhereIsDestructiveAndFails() throws {
        let result = try CommandRunner.run("-c", "DELETE FROM users", "--format", "json")
        #expect(result.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.level == .destructive)
        #expect(report.ruleIDs.contains("delete-without-where"))
    }

    @Test func textNamesTheRuleAndHint() throws {
        let result = try CommandRunner.run("-c", "DELETE FROM users")
        #expect(result.status == 1)
        #expect(result.stdout.contains("<arg>:1:1: destructive DELETE"))
        #expect(result.stdout.contains("delete-without-where (destructive)"))
        #expect(result.stdout.contains("hint: "))
        #expect(result.stdout.hasSuffix("1 input: 1 destructive\n"))
    }

    @Test("Words of danger inside strings and comments are not statements")
    func stringsAndCommentsAreSafe() throws {
        let result = try CommandRunner.run("-c", "SELECT 'DROP TABLE x' -- TRUNCATE", "--format", "json")
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.level == .safe)
        #expect(report.findings.isEmpty)
    }

    @Test(arguments: [#"DROP/**/TABLE "Users""#, "delete from t where 1 = 1"])
    func disguisedDestructionIsDestructive(sql: String) throws {
        let result = try CommandRunner.run("-c", sql, "--format", "json")
        #expect(result.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.level == .destructive)
    }

    @Test func commentedDropNamesDropTable() throws {
        let result = try CommandRunner.run("-c", #"DROP/**/TABLE "Users""#)
        #expect(result.stdout.contains("drop-table"))
    }

    @Test func alwaysTrueWhereIsReported() throws {
        let result = try CommandRunner.run("-c", "delete from t where 1 = 1")
        #expect(result.stdout.contains("always-true-where"))
    }

    @Test("Stacked statements: each located by byte offset, the input takes the worst level")
    func stackedStatementsAreLocated() throws {
        let result = try CommandRunner.run("-c", "SELECT 1; DROP TABLE t", "--format", "json")
        #expect(result.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.level == .destructive)
        try #require(report.statements.count == 2)
        #expect(report.statements.map(\.location) == [0, 10])
        #expect(report.statements.map(\.length) == [8, 12])
        #expect(report.statements.map(\.kind) == ["SELECT", "DROP TABLE"])
        #expect(report.statements.map(\.level) == [.safe, .destructive])
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["input"] as? String == "<arg>")
    }

    @Test func repeatedCommandsAreSeparateInputs() throws {
        let result = try CommandRunner.run("-c", "SELECT 1", "-c", "TRUNCATE t", "--format", "jsonl")
        #expect(result.status == 1)
        let lines = try result.jsonLines()
        #expect(lines.map { $0["input"] as? String } == ["<arg1>", "<arg2>"])
        #expect(lines.map { $0["level"] as? String } == ["safe", "destructive"])
    }

    @Test func emptyInputIsSafeWithNoStatements() throws {
        let result = try CommandRunner.run("-c", "  -- only a comment\n")
        #expect(result.status == 0)
        #expect(result.stdout == "<arg>: safe (no statements)\n1 input: 1 safe\n")
    }

    @Test func noPrefilterGivesTheSameAnswer() throws {
        let fast = try CommandRunner.run("-c", "SELECT 1; DELETE FROM t", "--format", "jsonl")
        let full = try CommandRunner.run("-c", "SELECT 1; DELETE FROM t", "--format", "jsonl", "--no-prefilter")
        #expect(full.status == 1)
        #expect(fast.stdout == full.stdout)
    }
}
