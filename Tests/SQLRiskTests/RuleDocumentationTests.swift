import Foundation
import Testing
@testable import SQLRisk

@Suite struct RuleDocumentationTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Rules.md")

    /// Documentation/Rules.md must be what the registry generates.
    @Test func rulesDocumentationIsCurrent() throws {
        let generated = RuleDocumentation.markdown
        if ProcessInfo.processInfo.environment["SQLRISK_UPDATE_DOCS"] == "1" {
            try generated.write(to: Self.path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.path, encoding: .utf8)
        #expect(committed == generated, "Documentation/Rules.md is stale: run SQLRISK_UPDATE_DOCS=1 swift test --filter RuleDocumentationTests")
    }

    @Test func everyRuleIsDocumented() throws {
        let text = RuleDocumentation.markdown
        for rule in RuleRegistry.descriptors {
            #expect(text.contains("## \(rule.id)\n"), "\(rule.id)")
        }
    }
}
