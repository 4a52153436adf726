import Foundation
import SQLRisk
import Testing

/// `classify-sql rules [ID]`.
@Suite("rules subcommand")
struct RulesCommandTests {
    @Test func listsEveryRuleInAlignedColumns() throws {
        let result = try CommandRunner.run("rules")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.count == RuleRegistry.descriptors.count + 1)
        for descriptor in RuleRegistry.descriptors {
            #expect(lines.contains { $0.hasPrefix(descriptor.id + " ") && $0.contains(descriptor.summary) })
        }
        // The level column starts at the same place on every line.
        let levelColumns = Set(lines.dropFirst().map { line in
            line.distance(from: line.startIndex, to: line.firstIndex(of: " ")!)
                + line.drop { $0 != " " }.prefix { $0 == " " }.count
        })
        #expect(levelColumns.count == 1)
    }

    @Test func explainsOneRuleWithExamples() throws {
        let result = try CommandRunner.run("rules", "delete-without-where")
        #expect(result.status == 0)
        let rule = try #require(RuleRegistry.descriptor(id: "delete-without-where"))
        #expect(result.stdout.hasPrefix("delete-without-where\n"))
        #expect(result.stdout.contains("Level:    destructive"))
        #expect(result.stdout.contains(rule.summary))
        #expect(result.stdout.contains(rule.rationale))
        #expect(result.stdout.contains(rule.hint))
        for example in rule.hits + rule.misses {
            #expect(result.stdout.contains("  \(example)\n"))
        }
        #expect(result.stdout.contains("Hits:\n  DELETE FROM users\n"))
        #expect(result.stdout.contains("Does not hit:\n"))
    }

    @Test func unknownRuleIsAUsageErrorWithSuggestions() throws {
        let result = try CommandRunner.run("rules", "drop-tabel")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown rule 'drop-tabel'"))
        #expect(result.stderr.contains("Did you mean: drop-table"))
    }

    @Test func jsonListsEveryRule() throws {
        let result = try CommandRunner.run("rules", "--format", "json")
        #expect(result.status == 0)
        let array = try #require(try result.json() as? [[String: Any]])
        #expect(array.compactMap { $0["id"] as? String } == RuleRegistry.descriptors.map(\.id))
        let one = try CommandRunner.run("rules", "drop-table", "--format", "json")
        let object = try #require(try one.json() as? [String: Any])
        #expect(object["level"] as? String == "destructive")
        #expect((object["hits"] as? [String])?.isEmpty == false)
    }

    @Test("A file named rules is still classified when written ./rules")
    func fileNamedRules() throws {
        let scratch = try ScratchDirectory()
        try scratch.file("rules", "TRUNCATE t")
        let result = try CommandRunner.run(["./rules"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("./rules:1:1: destructive TRUNCATE"))
    }
}
