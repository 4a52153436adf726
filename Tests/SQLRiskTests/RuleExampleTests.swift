import Testing
@testable import SQLRisk

/// Every rule documents SQL that must trigger it and SQL that must not; these run them.
@Suite struct RuleExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let rule: RuleDescriptor
        let sql: String
        var testDescription: String { "\(rule.id): \(sql)" }
    }

    // Rules a policy raises have their examples run under their example policy (PolicyRuleExampleTests).
    static let hits = RuleRegistry.descriptors.filter { $0.examplePolicy == nil }.flatMap { rule in rule.hits.map { Example(rule: rule, sql: $0) } }
    static let misses = RuleRegistry.descriptors.filter { $0.examplePolicy == nil }.flatMap { rule in rule.misses.map { Example(rule: rule, sql: $0) } }

    @Test(arguments: hits)
    func hitFires(_ example: Example) {
        for classifier in [Classifier(), Classifier(options: .init(usePrefilter: false))] {
            let report = classifier.classify(example.sql)
            let findings = report.findings.filter { $0.rule == example.rule.id }
            #expect(!findings.isEmpty, "\(example.rule.id) did not fire; got \(report.findings.map(\.rule))")
            if !example.rule.levelFollowsInner {
                #expect(findings.allSatisfy { $0.level == example.rule.level })
            } else {
                #expect(findings.allSatisfy { $0.level >= example.rule.level })
            }
            #expect(report.level >= example.rule.level)
        }
    }

    @Test(arguments: misses)
    func missDoesNotFire(_ example: Example) {
        for classifier in [Classifier(), Classifier(options: .init(usePrefilter: false))] {
            let report = classifier.classify(example.sql)
            #expect(!report.findings.contains { $0.rule == example.rule.id }, "\(example.rule.id) fired: \(report.findings.map(\.message))")
        }
    }

    @Test func idsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id)")
        }
    }

    @Test func everyRuleExplainsItself() {
        for rule in RuleRegistry.descriptors {
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty && !rule.hint.isEmpty, "\(rule.id)")
        }
    }

    /// Rules that inspect SQL must show a hit and a near miss; only engine-raised limits may lack hits.
    @Test func everyInspectingRuleHasExamples() {
        let raisedByEngine: Set<String> = ["input-too-large", "nesting-too-deep", "too-many-statements", "internal-error", "unknown-statement"]
        for rule in RuleRegistry.descriptors where !raisedByEngine.contains(rule.id) {
            #expect(!rule.hits.isEmpty, "\(rule.id) has no hit examples")
            #expect(!rule.misses.isEmpty, "\(rule.id) has no near-miss examples")
        }
    }

    @Test func everyFindingCarriesTheHintOfItsRule() {
        for example in Self.hits {
            for finding in Classifier().classify(example.sql).findings {
                #expect(RuleRegistry.descriptor(id: finding.rule)?.hint == finding.hint, "\(finding.rule)")
            }
        }
    }
}
