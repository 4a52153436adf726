import Foundation
import Testing

/// How reports are written: text positions and summary, JSON shapes.
@Suite("Rendering reports")
struct OutputTests {
    @Test("Text gives each statement and finding as file:line:column")
    func textPositions() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("migration.sql", "SELECT 1;\n\n  -- then\n  DROP TABLE users;\n")
        let result = try CommandRunner.run([path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(path):1:1: safe SELECT
            \(path):4:3: destructive DROP TABLE
              \(path):4:3: drop-table (destructive): DROP TABLE removes users and every row in it
                hint: Rename the table (ALTER TABLE ... RENAME) and drop it later, after a backup
            1 input: 1 destructive

            """)
    }

    @Test("Columns count characters, not bytes")
    func columnsCountCharacters() throws {
        let result = try CommandRunner.run("-c", "SELECT 'ééé'; TRUNCATE t")
        #expect(result.stdout.contains("<arg>:1:15: destructive TRUNCATE"))
        let json = try CommandRunner.run("-c", "SELECT 'ééé'; TRUNCATE t", "--format", "json")
        #expect(json.stdout.contains(#""location": 17"#))
    }

    @Test("A statement on line 3 after a multi-line one")
    func secondStatementOnLineThree() throws {
        let result = try CommandRunner.run("-c", "SELECT a,\n       b FROM t;\n   DELETE FROM t")
        #expect(result.stdout.contains("<arg>:1:1: safe SELECT"))
        #expect(result.stdout.contains("<arg>:3:4: destructive DELETE"))
    }

    @Test func summaryCountsInputsWorstFirst() throws {
        let result = try CommandRunner.run("-c", "SELECT 1", "-c", "DROP TABLE t", "-c", "SELECT 2", "-c", "INSERT INTO t VALUES (1)")
        #expect(result.stdout.hasSuffix("4 inputs: 1 destructive, 1 write, 2 safe\n"))
    }

    @Test("No colour when output is piped, even with a colour-capable TERM")
    func noColourWhenPiped() throws {
        let result = try CommandRunner.run(["-c", "DROP TABLE t"], environment: ["TERM": "xterm-256color"])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("json for one input is the SPEC report object, pretty-printed, with the input named")
    func jsonSingleObject() throws {
        let result = try CommandRunner.run("-c", "DELETE FROM users", "--format", "json")
        #expect(result.stdout.hasPrefix("{\n  \"input\": \"<arg>\",\n  \"version\": 1,\n  \"level\": \"destructive\",\n"))
        let object = try #require(try result.json() as? [String: Any])
        let statements = try #require(object["statements"] as? [[String: Any]])
        let finding = try #require((statements.first?["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "level", "message", "hint", "location", "length", "line", "column", "objects"])
        #expect(finding["objects"] as? [String] == ["users"])
    }

    @Test("json for line-split input is always an array, even of one or none")
    func jsonArrayForLines() throws {
        let one = try CommandRunner.run(["--input-format", "lines", "--format", "json"], stdin: Data("SELECT 1\n".utf8))
        let array = try #require(try one.json() as? [[String: Any]])
        #expect(array.count == 1)
        let none = try CommandRunner.run(["--input-format", "lines", "--format", "json"], stdin: Data("\n\n".utf8))
        #expect(none.stdout == "[]\n")
        #expect(none.status == 0)
    }

    @Test func jsonlIsOneCompactObjectPerInput() throws {
        let result = try CommandRunner.run("-c", "SELECT 1", "-c", "SELECT 2", "--format", "jsonl")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines.last == "")
        #expect(lines[0].hasPrefix(#"{"input":"<arg1>","version":1,"level":"safe","statements":[{"index":0,"location":0"#))
    }
}
