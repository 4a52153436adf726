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

    @Test func callFindingCoversTheCall() {
        let text = "SELECT pg_read_file('/etc/passwd') FROM t"
        let finding = Classifier().classify(text).findings.first { $0.rule == "server-function" }
        let sql = Array(text.utf8)
        let covered = finding.map { String(decoding: sql[$0.location..<($0.location + $0.length)], as: UTF8.self) }
        #expect(covered == "pg_read_file('/etc/passwd')")
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
