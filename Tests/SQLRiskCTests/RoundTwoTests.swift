import CSQLRisk
import Foundation
@testable import SQLRiskC
import SQLRisk
import Testing

/// The functions SPEC §5 added in round 2, called in-process.
@Suite struct RoundTwoTests {
    @Test func findingsWithoutJSONMatchTheReport() throws {
        let sql = "SELECT 1;\nDROP TABLE t; DELETE FROM \"Users\""
        let result = sql.withCString { sqlrisk_classify($0, strlen($0)) }
        defer { sqlrisk_result_free(result) }
        let report = Classifier().classify(sql)
        #expect(sqlrisk_result_statement_count(result) == report.statements.count)
        #expect(sqlrisk_result_finding_count(result) == report.findings.count)
        var seen: [Finding] = []
        for i in 0..<sqlrisk_result_finding_count(result) {
            var finding = sqlrisk_finding()
            #expect(sqlrisk_result_finding(result, i, &finding) == 0)
            var copy = Finding(rule: String(cString: finding.rule), level: RiskLevel(rawValue: Int(finding.level.rawValue))!,
                               message: String(cString: finding.message), hint: String(cString: finding.hint),
                               location: finding.location, length: finding.length)
            (copy.line, copy.column) = (finding.line, finding.column)
            copy.objects = report.findings[seen.count].objects
            seen.append(copy)
        }
        #expect(seen == report.findings)
        var findingsSoFar = 0
        for i in 0..<sqlrisk_result_statement_count(result) {
            var statement = sqlrisk_statement()
            #expect(sqlrisk_result_statement(result, i, &statement) == 0)
            let expected = report.statements[i]
            #expect(String(cString: statement.kind) == expected.kind)
            let got: [Int] = [statement.location, statement.length, statement.line, statement.column, statement.finding_count]
            let want: [Int] = [expected.location, expected.length, expected.line, expected.column, expected.findings.count]
            #expect(got == want)
            #expect(statement.fingerprint == nil, "not asked for")
            findingsSoFar += statement.finding_count
        }
        #expect(findingsSoFar == report.findings.count)
        var statement = sqlrisk_statement()
        #expect(sqlrisk_result_statement(result, -1, &statement) == -1)
        var finding = sqlrisk_finding()
        #expect(sqlrisk_result_finding(result, 99, &finding) == -1)
        #expect(String(cString: sqlrisk_last_error()).contains("out of range"))
        #expect(sqlrisk_result_finding_count(nil) == -1)
    }

    @Test func levelNamesRoundTrip() {
        for level in [SQLRISK_SAFE, SQLRISK_WRITE, SQLRISK_SCHEMA, SQLRISK_DESTRUCTIVE, SQLRISK_CRITICAL] {
            let name = String(cString: sqlrisk_level_name(level))
            #expect(sqlrisk_level_from_name(name) == CInt(level.rawValue))
            #expect(sqlrisk_level_from_name(name.uppercased()) == CInt(level.rawValue))
        }
        #expect(sqlrisk_level_name(sqlrisk_level(rawValue: 9)) == nil)
        #expect(sqlrisk_level_from_name("dangerous") == -1)
        #expect(String(cString: sqlrisk_last_error()).contains("not a level"))
    }

    @Test func rulesJSONIsTheCatalogue() throws {
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(String(cString: sqlrisk_rules_json()).utf8)) as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.descriptors.map(\.id))
    }

    @Test func decisionsAndPolicyLoading() {
        let drop = "DROP TABLE t"
        let result = drop.withCString { sqlrisk_classify_with($0, strlen($0), nil, nil) }
        defer { sqlrisk_result_free(result) }
        #expect(sqlrisk_result_decision(result) == SQLRISK_ASK)
        #expect(sqlrisk_result_decision(nil) == SQLRISK_DENY)
        let grant = "GRANT ALL ON t TO PUBLIC"
        let critical = grant.withCString { sqlrisk_classify($0, strlen($0)) }
        defer { sqlrisk_result_free(critical) }
        #expect(sqlrisk_result_decision(critical) == SQLRISK_DENY)
        // A bad policy fails with a located message and no policy; a good one decides as the CLI does.
        let bad = "version = 1\n[profile.prod]\nask_level = \"write\"\n"
        #expect(bad.withCString { sqlrisk_policy_load($0, strlen($0)) } == nil)
        #expect(sqlrisk_last_error().map { String(cString: $0) }?.contains("did you mean 'ask'?") == true)
        let good = "version = 1\n[profile.prod]\nask = \"write\"\ndeny = \"destructive\"\n"
        let policy = good.withCString { sqlrisk_policy_load($0, strlen($0)) }
        #expect(policy != nil)
        let update = "UPDATE users SET name = 'x' WHERE id = 1"
        let asked = update.withCString { sqlrisk_classify_with($0, strlen($0), policy, "prod") }
        defer { sqlrisk_result_free(asked) }
        #expect(sqlrisk_result_decision(asked) == SQLRISK_ASK)
        sqlrisk_policy_free(policy)
        sqlrisk_policy_free(nil)
    }
}
