import Testing
@testable import SQLRisk

/// Input that other gates crash on, mis-read or wave through: always a clear answer, never a crash,
/// and never `safe` for what cannot be understood.
@Suite struct BadInputTests {
    let classifier = Classifier()

    @Test func invalidUTF8IsCritical() {
        let report = classifier.classify(utf8: Array("SELECT '".utf8) + [0xFF, 0xFE] + Array("'".utf8))
        #expect(report.level == .critical)
        #expect(report.findings.first?.rule == "parse-error")
        #expect(report.findings.first?.location == 8)
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            #expect(classifier.classify(utf8: Array("SELECT ".utf8) + bad).findings.first?.rule == "parse-error")
        }
    }

    @Test func embeddedNULIsCriticalNotTruncated() {
        let report = classifier.classify(utf8: Array("SELECT 1".utf8) + [0] + Array("; DROP TABLE t".utf8))
        #expect(report.level == .critical)
        #expect(report.findings.first?.rule == "parse-error")
        #expect(report.findings.first?.location == 8)
    }

    @Test func psqlMetaCommandsAndOtherDialectsAreParseErrors() {
        for sql in ["\\! rm -rf /", "\\c postgres", "SELECT * FROM `users`", "SHOW TABLES; DESCRIBE users", "SELEC 1", "DELETE users WHERE id = 1 LIMIT 1"] {
            let report = classifier.classify(sql)
            #expect(report.level == .critical, "\(sql)")
            #expect(report.ruleIDs == ["parse-error"], "\(sql)")
        }
    }

    @Test func aParseErrorAnywhereFailsTheWholeInputClosed() {
        let report = classifier.classify("SELECT 1; selec oops; SELECT 2")
        #expect(report.level == .critical)
        #expect(report.ruleIDs == ["parse-error"])
    }

    @Test func tenMegabyteInputIsClassified() {
        let row = "INSERT INTO t VALUES (1, 'abcdefghij');\n"
        let sql = String(repeating: row, count: 10_000_000 / row.utf8.count)
        let report = classifier.classify(sql)
        #expect(report.level == .write)
        #expect(report.statements.count == 10_000_000 / row.utf8.count)
    }

    @Test func tenMegabyteSingleStatementIsRefusedClearly() {
        let sql = "SELECT " + String(repeating: "1,", count: 5_000_000) + "1"
        let report = classifier.classify(sql)
        #expect(report.level == .critical)
        #expect(report.ruleIDs == ["input-too-large"])
    }

    @Test func inputOverTheLimitIsRefused() {
        let limited = Classifier(options: .init(limits: Limits(maxInputBytes: 100)))
        let report = limited.classify(String(repeating: "SELECT 1;", count: 20))
        #expect(report.level == .critical)
        #expect(report.ruleIDs == ["input-too-large"])
    }

    /// libpg_query's JSON writer recurses once per level; 100,000 levels crash an 8 MiB stack unless guarded.
    @Test func hundredThousandDeepExpressionDoesNotCrash() {
        let sql = "SELECT 1" + String(repeating: "+1", count: 100_000)
        let report = classifier.classify(sql)
        #expect(report.level == .critical)
        #expect(report.ruleIDs == ["nesting-too-deep"])
    }

    @Test func deepParenthesesAreRefusedByTheGrammar() {
        let sql = "SELECT " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(classifier.classify(sql).level == .critical)
    }

    @Test func moderatelyDeepExpressionIsStillClassified() {
        let sql = "DELETE FROM t WHERE a = 1" + String(repeating: "+1", count: 2_000)
        #expect(classifier.classify(sql).ruleIDs == ["write-statement"])
    }

    @Test func deepInputOnASmallStackThreadDoesNotCrash() async {
        // Swift concurrency threads have small stacks: the parse must move to a thread of its own.
        let sql = "SELECT 1" + String(repeating: "+1", count: 50_000)
        let level = await Task.detached { Classifier().classify(sql).level }.value
        #expect(level == .critical)
    }

    @Test func tooManyStatementsIsRefused() {
        let limited = Classifier(options: .init(limits: Limits(maxStatements: 10)))
        #expect(limited.classify(String(repeating: "SELECT 1;", count: 11)).ruleIDs == ["too-many-statements"])
        #expect(limited.classify(String(repeating: "SELECT 1;", count: 10)).level == .safe)
    }

    @Test func unterminatedConstructsAreParseErrors() {
        for sql in ["SELECT 'abc", "SELECT \"abc", "SELECT $$abc", "SELECT 1 /* never closed"] {
            #expect(classifier.classify(sql).ruleIDs == ["parse-error"], "\(sql)")
        }
    }
}

/// Inputs that once crashed the process; each stays here as a regression check.
@Suite struct CrashRegressionTests {
    /// libpg_query's PL/pgSQL parser asserts that a CREATE FUNCTION has an AS body, before it looks
    /// at the language: `RETURN expr` and `BEGIN ATOMIC` bodies in plpgsql aborted the process.
    @Test(arguments: [
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql RETURN 1",
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql BEGIN ATOMIC SELECT 1; END",
        "CREATE FUNCTION mylt_plpgsql (text, text) RETURNS boolean LANGUAGE plpgsql",
        "CREATE PROCEDURE p() LANGUAGE plpgsql BEGIN ATOMIC DELETE FROM t; END",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1",
    ])
    func functionWithoutABodyString(_ sql: String) {
        let report = Classifier().classify(sql)
        #expect(report.level >= .schema)
    }
}
