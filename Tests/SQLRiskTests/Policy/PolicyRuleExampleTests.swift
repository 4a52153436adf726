import Testing
@testable import SQLRisk

/// Rules that only a policy raises run their documented examples under their own example policy.
@Suite("Policy rule examples")
struct PolicyRuleExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let rule: RuleDescriptor
        let sql: String
        let hits: Bool
        var testDescription: String { "\(rule.id) \(hits ? "hits" : "misses"): \(sql)" }
    }

    static let examples = RuleRegistry.policyRules.flatMap { rule in
        rule.hits.map { Example(rule: rule, sql: $0, hits: true) } + rule.misses.map { Example(rule: rule, sql: $0, hits: false) }
    }

    @Test(arguments: examples)
    func example(_ example: Example) throws {
        let policy = try Policy.parse(try #require(example.rule.examplePolicy))
        for classifier in [Classifier(), Classifier(options: .init(usePrefilter: false))] {
            let report = classifier.classify(example.sql, policy: policy)
            let fired = report.findings.filter { $0.rule == example.rule.id }
            if example.hits {
                #expect(!fired.isEmpty, "got \(report.ruleIDs)")
                #expect(fired.allSatisfy { $0.level == example.rule.level })
                #expect(report.level >= example.rule.level)
            } else {
                #expect(fired.isEmpty, "\(fired.map(\.message))")
            }
            // Without the policy the rule never fires.
            #expect(!classifier.classify(example.sql).findings.contains { $0.rule == example.rule.id })
        }
    }

    @Test func everyPolicyRuleHasExamplesAndAPolicy() {
        for rule in RuleRegistry.policyRules {
            #expect(rule.examplePolicy != nil && !rule.hits.isEmpty && !rule.misses.isEmpty, "\(rule.id)")
        }
    }
}
