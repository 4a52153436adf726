import Testing
@testable import SQLRisk

/// End-to-end behaviour of the classifier on the cases the contract names.
@Suite struct ClassifierTests {
    let classifier = Classifier()

    func rules(_ sql: String) -> Set<String> { Set(classifier.classify(sql).findings.map(\.rule)) }

    @Test func deleteWithoutWhere() {
        let report = classifier.classify("DELETE FROM users")
        #expect(report.level == .destructive)
        #expect(report.ruleIDs == ["delete-without-where"])
        #expect(report.statements.first?.kind == "DELETE")
        #expect(report.findings.first?.objects == ["users"])
    }

    @Test func dangerousWordsInStringsAndCommentsAreSafe() {
        let report = classifier.classify("SELECT 'DROP TABLE x' -- TRUNCATE")
        #expect(report.level == .safe)
        #expect(report.findings.isEmpty)
    }

    @Test func commentsAndQuotesDoNotHideADrop() {
        #expect(classifier.classify("DROP/**/TABLE \"Users\"").level == .destructive)
        #expect(rules("DROP/**/TABLE \"Users\"") == ["drop-table"])
        #expect(classifier.classify("delete from t where 1 = 1").level == .destructive)
        #expect(rules("delete from t where 1 = 1") == ["always-true-where"])
    }

    @Test func stackedStatementsAreEachReportedWithLocations() {
        let sql = "SELECT 1; DROP TABLE t"
        let report = classifier.classify(sql)
        #expect(report.level == .destructive)
        #expect(report.statements.count == 2)
        #expect(report.statements.map(\.location) == [0, 10])
        #expect(report.statements.map(\.length) == [8, 12])
        #expect(report.statements.map(\.kind) == ["SELECT", "DROP TABLE"])
        #expect(report.statements.map(\.level) == [.safe, .destructive])
    }

    @Test func locationsExcludeCommentsWhitespaceAndSemicolons() {
        let sql = "  /* lead */ SELECT 1 /* trail */ ;\n-- x\n  DELETE FROM t WHERE id = 1 ; "
        let report = classifier.classify(sql)
        let bytes = Array(sql.utf8)
        let texts = report.statements.map { String(decoding: bytes[$0.location ..< $0.location + $0.length], as: UTF8.self) }
        #expect(texts == ["SELECT 1", "DELETE FROM t WHERE id = 1"])
    }

    @Test func locationsAreUTF8ByteOffsets() {
        let sql = "SELECT 'é'; DELETE FROM t"
        let report = classifier.classify(sql)
        #expect(report.statements.map(\.location) == [0, 13])
        #expect(report.statements[1].length == 13)
    }

    @Test func parseErrorPointsAtTheBytePosition() {
        let sql = "SELECT 'é' ,, 1"
        let report = classifier.classify(sql)
        #expect(report.level == .critical)
        let finding = report.findings.first
        #expect(finding?.rule == "parse-error")
        #expect(finding?.location == 13)  // the second comma: 'é' is two bytes
        #expect(finding?.message.contains("syntax error") == true)
    }

    @Test func emptyInputIsSafeWithNoStatements() {
        for sql in ["", "   \n\t", "-- just a comment", "/* block /* nested */ */"] {
            let report = classifier.classify(sql)
            #expect(report.level == .safe, "\(sql)")
            #expect(report.statements.isEmpty, "\(sql)")
        }
    }

    @Test func inputLevelIsTheHighestStatementLevel() {
        let report = classifier.classify("SELECT 1; INSERT INTO t VALUES (1); CREATE INDEX ON t (a); TRUNCATE t")
        #expect(report.statements.map(\.level) == [.safe, .write, .schema, .destructive])
        #expect(report.level == .destructive)
    }

    @Test func everyStatementAboveSafeSaysWhy() {
        let sql = "INSERT INTO t VALUES (1); ALTER TABLE t ADD COLUMN b int; DROP VIEW v; GRANT SELECT ON t TO bob"
        for statement in classifier.classify(sql).statements {
            #expect(statement.findings.contains { $0.level == statement.level }, "\(statement.kind)")
        }
    }

    @Test func commandTags() {
        let cases: [(String, String)] = [
            ("SELECT 1", "SELECT"), ("SELECT * INTO t2 FROM t", "SELECT INTO"), ("INSERT INTO t VALUES (1)", "INSERT"),
            ("UPDATE t SET a = 1 WHERE b", "UPDATE"), ("DROP TABLE t", "DROP TABLE"), ("DROP MATERIALIZED VIEW m", "DROP MATERIALIZED VIEW"),
            ("CREATE INDEX i ON t (a)", "CREATE INDEX"), ("ALTER TABLE t ADD COLUMN a int", "ALTER TABLE"),
            ("ALTER VIEW v RENAME TO w", "ALTER VIEW"), ("BEGIN", "BEGIN"), ("START TRANSACTION", "START TRANSACTION"),
            ("ROLLBACK TO SAVEPOINT s", "ROLLBACK"), ("TRUNCATE t", "TRUNCATE TABLE"), ("SET search_path = a", "SET"),
            ("RESET ALL", "RESET"), ("CREATE TABLE t2 AS SELECT 1", "CREATE TABLE AS"),
            ("CREATE MATERIALIZED VIEW m AS SELECT 1", "CREATE MATERIALIZED VIEW"), ("VACUUM", "VACUUM"), ("ANALYZE t", "ANALYZE"),
            ("GRANT SELECT ON t TO a", "GRANT"), ("REVOKE SELECT ON t FROM a", "REVOKE"), ("CREATE ROLE r", "CREATE ROLE"),
            ("CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'", "CREATE PROCEDURE"), ("DISCARD ALL", "DISCARD ALL"),
            ("COMMENT ON TABLE t IS 'x'", "COMMENT"), ("LOCK t", "LOCK TABLE"), ("FETCH 1 FROM c", "FETCH"), ("MOVE 1 FROM c", "MOVE"),
        ]
        for (sql, tag) in cases {
            #expect(classifier.classify(sql).statements.first?.kind == tag, "\(sql)")
        }
    }

    @Test func classifierIsDeterministicAcrossPaths() {
        let sql = "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d; SELECT 1"
        #expect(Classifier().classify(sql) == Classifier(options: .init(usePrefilter: false)).classify(sql))
    }
}
