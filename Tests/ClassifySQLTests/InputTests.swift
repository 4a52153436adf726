import Foundation
import SQLRisk
import Testing

/// Where SQL comes from: standard input, files, and the `lines` and `jsonl` input formats.
@Suite("Reading input")
struct InputTests {
    @Test func standardInputByDefault() throws {
        let result = try CommandRunner.run("--format", "json", stdin: "DELETE FROM users")
        #expect(result.status == 1)
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["input"] as? String == "<stdin>")
        #expect(object["level"] as? String == "destructive")
    }

    @Test func dashIsStandardInput() throws {
        let result = try CommandRunner.run("-", stdin: "SELECT 1")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<stdin>:1:1: safe SELECT\n"))
    }

    @Test("A NUL byte is critical, found by the library, not a crash")
    func nulByteOnStandardInputIsCritical() throws {
        let result = try CommandRunner.run(["--format", "json"], stdin: Data("SELECT 1\0; DROP TABLE t".utf8))
        #expect(result.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.level == .critical)
        #expect(report.ruleIDs.contains("parse-error"))
    }

    @Test func invalidUTF8FileIsCritical() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("latin1.sql", bytes: Data([0x53, 0x45, 0x4C, 0x45, 0x43, 0x54, 0x20, 0x27, 0xE9, 0x27]))
        let result = try CommandRunner.run([path, "--format", "json"])
        #expect(result.status == 1)
        // A path argument always gives an array, even for one file.
        let report = try #require(try JSONDecoder().decode([Report].self, from: Data(result.stdout.utf8)).first)
        #expect(report.level == .critical)
    }

    @Test func filesAreInputsInOrder() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.file("001_create.sql", "CREATE TABLE users (id int);\n")
        let second = try scratch.file("002_drop.sql", "-- cleanup\nDROP TABLE users;\n")
        let third = try scratch.file("003_read.sql", "SELECT * FROM users;")
        let result = try CommandRunner.run([first, second, third, "--format", "jsonl"])
        #expect(result.status == 1)
        let lines = try result.jsonLines()
        #expect(lines.map { $0["input"] as? String } == [first, second, third])
        #expect(lines.map { $0["level"] as? String } == ["schema", "destructive", "safe"])
        #expect(lines.allSatisfy { $0["line"] == nil && $0["id"] == nil })
    }

    @Test func severalFilesMakeAJSONArray() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.file("a.sql", "SELECT 1")
        let second = try scratch.file("b.sql", "CREATE INDEX i ON t (a)")
        let result = try CommandRunner.run([first, second, "--format", "json", "--fail-on", "schema"])
        #expect(result.status == 1)
        let array = try #require(try result.json() as? [[String: Any]])
        #expect(array.map { $0["input"] as? String } == [first, second])
        #expect(array.map { $0["level"] as? String } == ["safe", "schema"])
    }

    @Test func linesAreSeparateInputsAndBlankLinesAreSkipped() throws {
        let log = "SELECT 1\n\nDELETE FROM t\r\n   \nUPDATE t SET a = 1 WHERE id = 2"
        let result = try CommandRunner.run(["--input-format", "lines", "--format", "jsonl"], stdin: Data(log.utf8))
        #expect(result.status == 1)
        let lines = try result.jsonLines()
        #expect(lines.map { $0["line"] as? Int } == [1, 3, 5])
        #expect(lines.map { $0["level"] as? String } == ["safe", "destructive", "write"])
        #expect(lines.allSatisfy { $0["input"] as? String == "<stdin>" })
    }

    @Test func linesTextUsesFilePositions() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("queries.txt", "SELECT 1\n\n  DELETE FROM t\n")
        let result = try CommandRunner.run([path, "--input-format", "lines"])
        #expect(result.stdout.contains("\(path):1:1: safe SELECT\n"))
        #expect(result.stdout.contains("\(path):3:3: destructive DELETE\n"))
        #expect(result.stdout.hasSuffix("2 inputs: 1 destructive, 1 safe\n"))
    }

    @Test("jsonl: each id comes back unchanged with its report, in input order")
    func jsonlEchoesIDs() throws {
        let records = """
            {"id": 17, "sql": "SELECT 1"}
            {"id": "q-2", "sql": "DELETE FROM users"}
            {"id": {"host": "db1", "seq": [1, 2.50]}, "sql": "SELECT 1; DROP TABLE t"}
            {"sql": "INSERT INTO t VALUES (1)", "user": "alice"}
            {"id": null, "sql": "SELECT 'caf\\u00e9'"}
            {"id": 12345678901234567890123, "sql": "TRUNCATE t"}
            """
        let result = try CommandRunner.run(["--input-format", "jsonl", "--format", "jsonl"], stdin: Data(records.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let lines = try result.jsonLines()
        try #require(lines.count == 6)
        #expect(lines[0]["id"] as? Int == 17)
        #expect(lines[1]["id"] as? String == "q-2")
        let object = try #require(lines[2]["id"] as? [String: Any])
        #expect(object["host"] as? String == "db1")
        #expect(lines[3]["id"] == nil)
        #expect(lines[4]["id"] is NSNull)
        #expect(lines.map { $0["line"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(lines.map { $0["level"] as? String } == ["safe", "destructive", "destructive", "write", "safe", "destructive"])
        // Exactly as written: key order, spacing, 2.50 and a number beyond 64 bits survive.
        let raw = result.stdout.split(separator: "\n").map(String.init)
        #expect(raw[2].hasPrefix(#"{"input":"<stdin>","line":3,"id":{"host": "db1", "seq": [1, 2.50]},"version":1,"#))
        #expect(raw[5].contains(#""id":12345678901234567890123,"#))
    }

    @Test("jsonl: a malformed line is reported with its number; the rest are still classified")
    func malformedJSONLineIsTwo() throws {
        let records = """
            {"id": 1, "sql": "SELECT 1"}
            {"id": 2, "sql": "SELECT 1"
            not json at all

            {"id": 4, "query": "SELECT 1"}
            {"id": 5, "sql": 42}
            {"id": 6, "sql": "SELECT 1", "sql": "DROP TABLE t"}
            {"id": 7, "sql": "DELETE FROM t"}
            """
        let scratch = try ScratchDirectory()
        let path = try scratch.file("log.jsonl", records)
        let result = try CommandRunner.run([path, "--input-format", "jsonl", "--format", "jsonl"])
        #expect(result.status == 2)
        let all = try result.jsonLines()
        // The malformed lines are in the output too, as {"input", "line", "error"}.
        let lines = all.filter { $0["error"] == nil }
        #expect(lines.map { $0["id"] as? Int } == [1, 7])
        #expect(lines.map { $0["line"] as? Int } == [1, 8])
        #expect(all.filter { $0["error"] != nil }.map { $0["line"] as? Int } == [2, 3, 5, 6, 7])
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 5)
        #expect(errors.allSatisfy { $0.hasPrefix("classify-sql: error: \(path):") })
        #expect(errors[0].hasPrefix("classify-sql: error: \(path):2: malformed JSON"))
        #expect(errors[1].hasPrefix("classify-sql: error: \(path):3: "))
        #expect(errors[2].contains(":5: ") && errors[2].contains("missing \"sql\""))
        #expect(errors[3].contains(":6: ") && errors[3].contains("\"sql\" must be a string"))
        #expect(errors[4].contains(":7: ") && errors[4].contains("duplicate \"sql\""))
    }

    @Test("jsonl: an escaped NUL in sql reaches the classifier and is critical")
    func escapedNulInJSONIsCritical() throws {
        let result = try CommandRunner.run(["--input-format", "jsonl", "--format", "jsonl"],
                                           stdin: Data(#"{"id": 1, "sql": "SELECT 1\u0000; DROP TABLE t"}"#.utf8))
        #expect(result.status == 1)
        let lines = try result.jsonLines()
        #expect(lines.first?["level"] as? String == "critical")
    }

    @Test func jsonlTextNamesLineAndID() throws {
        let result = try CommandRunner.run(["--input-format", "jsonl"], stdin: Data(#"{"id": "a", "sql": "SELECT 1;\n\nDELETE FROM t"}"#.utf8))
        #expect(result.stdout.contains(#"<stdin>:1 (id "a") 1:1: safe SELECT"#))
        #expect(result.stdout.contains(#"<stdin>:1 (id "a") 3:1: destructive DELETE"#))
    }

    @Test("lines and jsonl output keeps up with a large input")
    func manyLinesStream() throws {
        let count = 20_000
        let log = (0..<count).map { $0 % 1000 == 999 ? "DELETE FROM t" : "SELECT \($0)" }.joined(separator: "\n")
        let result = try CommandRunner.run(["--input-format", "lines", "--format", "jsonl"], stdin: Data(log.utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.filter { $0.contains(#""level":"destructive""#) }.count == count / 1000)
    }
}

@Suite struct JobsTests {
    /// Several jobs classify in parallel but print exactly what one job prints, in input order.
    @Test func parallelOutputMatchesSerialOutput() throws {
        let lines = (0..<300).map { i in
            ["SELECT \(i)", "DELETE FROM t\(i)", "UPDATE t SET a = \(i) WHERE id = \(i)", "SELEC \(i)", "DROP TABLE x\(i)"][i % 5]
        }.joined(separator: "\n")
        let one = try CommandRunner.run(["--input-format", "lines", "--format", "jsonl", "--jobs", "1"], stdin: Data(lines.utf8))
        let four = try CommandRunner.run(["--input-format", "lines", "--format", "jsonl", "--jobs", "4"], stdin: Data(lines.utf8))
        #expect(one.status == 1)
        #expect(four.status == one.status)
        #expect(four.stdout == one.stdout)
        #expect(try one.jsonLines().compactMap { $0["line"] as? Int } == Array(1...300))
    }

    @Test func jobsMustBePositive() throws {
        #expect(try CommandRunner.run("--jobs", "0", "-c", "SELECT 1").status == 64)
    }
}
