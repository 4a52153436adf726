import Testing
@testable import SQLRisk

/// SPEC §2: every finding covers the construct that caused it: a non-empty byte range inside the input.
@Suite struct FindingSpanTests {
    static func spanProblems(_ sql: [UInt8], _ report: Report) -> [String] {
        report.findings.compactMap { finding in
            guard finding.length > 0, finding.location >= 0, finding.location + finding.length <= sql.count else {
                return "\(finding.rule) at \(finding.location)+\(finding.length) of \(sql.count) bytes"
            }
            return nil
        }
    }

    @Test(arguments: Corpus.cases)
    func corpusFindingsHaveSpans(_ corpusCase: CorpusCase) throws {
        let sql = try corpusCase.bytes()
        for classifier in [Classifier(), Classifier(options: .init(usePrefilter: false))] {
            let problems = Self.spanProblems(sql, classifier.classify(utf8: sql))
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// Nested findings (function bodies, DO blocks, EXECUTE of a prepared statement) cover the body or
    /// the statement that runs it, not a point.
    @Test(arguments: [
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DELETE FROM t'",
        "DO $$ BEGIN DELETE FROM t; END $$",
        "PREPARE p AS DELETE FROM t; EXECUTE p",
        "SELECT 1 +",
        "SELECT pg_read_file('/etc/passwd')",
    ])
    func nestedFindingsHaveSpans(_ text: String) {
        let sql = Array(text.utf8)
        let report = Classifier(options: .init(usePrefilter: false)).classify(utf8: sql)
        #expect(!report.findings.isEmpty)
        #expect(Self.spanProblems(sql, report).isEmpty, "\(Self.spanProblems(sql, report))")
    }

    /// (SQL, rule, the text its finding must cover).
    @Test(arguments: [
        ("SELECT pg_read_file('/etc/passwd') FROM t", "server-function", "pg_read_file('/etc/passwd')"),
        ("SELECT pg_catalog.set_config('role', 'x', false)", "server-function", "pg_catalog.set_config('role', 'x', false)"),
        ("EXPLAIN (VERBOSE, ANALYZE) DELETE FROM t", "explain-analyze", "ANALYZE"),
        ("BEGIN READ ONLY, READ WRITE", "guard-setting", "READ WRITE"),
        ("DELETE FROM t", "delete-without-where", "DELETE FROM t"),
        ("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DELETE FROM t'", "delete-without-where", "'DELETE FROM t'"),
    ])
    func findingCoversItsConstruct(_ text: String, _ rule: String, _ expected: String) {
        let sql = Array(text.utf8)
        for classifier in [Classifier(), Classifier(options: .init(usePrefilter: false))] {
            let finding = classifier.classify(utf8: sql).findings.first { $0.rule == rule }
            let covered = finding.map { String(decoding: sql[$0.location..<($0.location + $0.length)], as: UTF8.self) }
            #expect(covered == expected)
        }
    }

    @Test(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
    func regressionCorpusFindingsHaveSpans() {
        let classifier = Classifier()
        var problems: [String] = []
        for statement in RegressionCorpus.allStatements {
            for problem in Self.spanProblems(statement, classifier.classify(utf8: statement)) where problems.count < 20 {
                problems.append("\(problem): \(String(decoding: statement.prefix(120), as: UTF8.self))")
            }
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
