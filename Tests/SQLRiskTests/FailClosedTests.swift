import Testing
@testable import SQLRisk

/// Whatever fails inside the pipeline, the answer is `critical`, never `safe`.
@Suite struct FailClosedTests {
    func classifier(_ fault: InjectedFault) -> Classifier {
        var options = Classifier.Options(usePrefilter: false)
        options.injectedFault = fault
        return Classifier(options: options)
    }

    @Test(arguments: [InjectedFault.corruptParseTree, .noParserThread])
    func internalFailureIsCritical(_ fault: InjectedFault) {
        for sql in ["SELECT 1", "SELECT * FROM users WHERE id = $1", "BEGIN"] {
            let report = classifier(fault).classify(sql)
            #expect(report.level == .critical, "\(fault) \(sql)")
            #expect(report.ruleIDs == ["internal-error"], "\(fault) \(sql)")
            #expect(report.statements.count == 1)
        }
    }

    @Test func internalFailureInsideABodyIsCritical() {
        let report = classifier(.corruptParseTree).classify("DO $$ BEGIN PERFORM 1; END $$")
        #expect(report.level == .critical)
    }

    @Test func bodyThatDoesNotParseIsCritical() {
        let report = Classifier().classify("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 +; END $$")
        #expect(report.level == .critical)
        #expect(report.ruleIDs.contains("parse-error"))
    }

    /// With no rules at all, only statement types known to be read-only may pass; everything else is
    /// `unknown-statement`, so a statement type no rule covers can never slip through as safe.
    @Test func statementsNoRuleCoversAreCritical() {
        let bare = Pipeline(options: .init(usePrefilter: false), engine: RuleEngine(rules: []))
        for sql in ["DELETE FROM t", "CREATE TABLE t (a int)", "ALTER SYSTEM SET fsync = off", "GRANT ALL ON t TO bob"] {
            let report = bare.run(Array(sql.utf8))
            #expect(report.level == .critical, "\(sql)")
            #expect(report.ruleIDs == ["unknown-statement"], "\(sql)")
        }
        for sql in ["SELECT 1", "SHOW search_path", "BEGIN", "LISTEN x"] {
            #expect(bare.run(Array(sql.utf8)).level == .safe, "\(sql)")
        }
    }
}
