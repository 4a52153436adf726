import Foundation
import Testing
@testable import SQLRisk

/// One labelled case of the corpus: `Corpus/<level>/<name>.sql`, whose first line is
/// `-- rules: id, id, ...` (sorted) or `-- rules: none`.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    /// Path relative to `Corpus/`, e.g. `destructive/delete-without-where.sql`.
    let relativePath: String
    let url: URL
    /// The folder's level, or nil when the folder is not a level name.
    let expectedLevel: RiskLevel?
    /// The rule ids of the header, or nil when the header is missing or malformed.
    let expectedRules: [String]?

    var testDescription: String { relativePath }

    func bytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}

enum Corpus {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Tests/SQLRiskTests
        .appendingPathComponent("../../Corpus")
        .standardizedFileURL

    static let headerPrefix = "-- rules:"

    /// Every `*.sql` file under a level folder, sorted by level then name.
    static let cases: [CorpusCase] = {
        let fm = FileManager.default
        var result: [CorpusCase] = []
        let folders = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).sorted {
            (RiskLevel(name: $0)?.rawValue ?? Int.max, $0) < (RiskLevel(name: $1)?.rawValue ?? Int.max, $1)
        }
        for folder in folders {
            var isDirectory: ObjCBool = false
            let folderURL = directory.appendingPathComponent(folder)
            guard fm.fileExists(atPath: folderURL.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let files = ((try? fm.contentsOfDirectory(atPath: folderURL.path)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
            for file in files {
                let url = folderURL.appendingPathComponent(file)
                let data = (try? Data(contentsOf: url)) ?? Data()
                result.append(CorpusCase(relativePath: "\(folder)/\(file)", url: url,
                                         expectedLevel: RiskLevel(name: folder),
                                         expectedRules: parseHeader(data)))
            }
        }
        return result
    }()

    /// The header's rule ids: `[]` for `none`, nil when the first line is not a well-formed header.
    static func parseHeader(_ data: Data) -> [String]? {
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        guard let line = String(data: firstLine, encoding: .utf8)?
            .trimmingCharacters(in: .whitespacesAndNewlines),
            line.hasPrefix(headerPrefix) else { return nil }
        let list = line.dropFirst(headerPrefix.count).trimmingCharacters(in: .whitespaces)
        if list == "none" { return [] }
        let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !ids.isEmpty, !ids.contains(where: \.isEmpty) else { return nil }
        return ids
    }

    /// Rules no corpus case needs to demonstrate: limits, internal failures and the catch-all.
    static let rulesExemptFromCoverage: Set<String> = [
        "input-too-large", "nesting-too-deep", "too-many-statements", "internal-error", "unknown-statement",
    ]

    static func describe(_ report: Report) -> String {
        var lines = ["actual level: \(report.level.name)"]
        for statement in report.statements {
            lines.append("  statement \(statement.index) [\(statement.kind)] \(statement.level.name) @\(statement.location)+\(statement.length)")
            for finding in statement.findings {
                lines.append("    - \(finding.rule) (\(finding.level.name)): \(finding.message)")
            }
        }
        if report.statements.isEmpty { lines.append("  (no statements)") }
        return lines.joined(separator: "\n")
    }
}

@Suite("Corpus")
struct CorpusTests {
    /// Classifies one case and checks the level against its folder and the rule set against its header.
    private func check(_ corpusCase: CorpusCase, with classifier: Classifier) throws {
        let expectedLevel = try #require(corpusCase.expectedLevel, "folder of \(corpusCase.relativePath) is not a risk level")
        let expectedRules = try #require(corpusCase.expectedRules, "\(corpusCase.relativePath) has no valid '-- rules:' header")
        let report = classifier.classify(utf8: try corpusCase.bytes())
        let actualRules = Set(report.findings.map(\.rule))
        let expectedSet = Set(expectedRules)
        let details = """
            \(corpusCase.relativePath)
            expected level: \(expectedLevel.name), rules: \(expectedRules.isEmpty ? "none" : expectedRules.joined(separator: ", "))
            \(Corpus.describe(report))
            missing rules: \(expectedSet.subtracting(actualRules).sorted())
            unexpected rules: \(actualRules.subtracting(expectedSet).sorted())
            """
        #expect(report.level == expectedLevel, "\(details)")
        #expect(actualRules == expectedSet, "\(details)")
    }

    @Test("corpus case (default options, prefilter on)", arguments: Corpus.cases)
    func corpusCase(_ corpusCase: CorpusCase) throws {
        try check(corpusCase, with: Classifier())
    }

    @Test("corpus case (prefilter off: full parse)", arguments: Corpus.cases)
    func corpusCaseWithoutPrefilter(_ corpusCase: CorpusCase) throws {
        try check(corpusCase, with: Classifier(options: .init(usePrefilter: false)))
    }

    @Test func corpusHasEnoughCases() {
        #expect(Corpus.cases.count >= 400, "only \(Corpus.cases.count) cases found under \(Corpus.directory.path)")
    }

    @Test func corpusCasesAreWellFormed() {
        for corpusCase in Corpus.cases {
            #expect(corpusCase.expectedLevel != nil, "\(corpusCase.relativePath): folder is not a risk level")
            guard let rules = corpusCase.expectedRules else {
                Issue.record("\(corpusCase.relativePath): first line must be '-- rules: id, ...' or '-- rules: none'")
                continue
            }
            #expect(rules == Array(Set(rules)).sorted(), "\(corpusCase.relativePath): header rules must be sorted and unique")
            let name = corpusCase.url.deletingPathExtension().lastPathComponent
            #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(corpusCase.relativePath): name must be kebab-case")
        }
    }

    /// Catches typos in headers, and (while the engine grows) lists the rules the corpus expects that do not exist yet.
    @Test func headerRulesAreRegistered() {
        let registered = Set(RuleRegistry.descriptors.map(\.id))
        var casesByUnknownRule: [String: [String]] = [:]
        for corpusCase in Corpus.cases {
            for rule in corpusCase.expectedRules ?? [] where !registered.contains(rule) {
                casesByUnknownRule[rule, default: []].append(corpusCase.relativePath)
            }
        }
        for (rule, paths) in casesByUnknownRule.sorted(by: { $0.key < $1.key }) {
            let examples = paths.prefix(3).joined(separator: ", ")
            Issue.record("'\(rule)' is named by \(paths.count) case header(s) (\(examples)\(paths.count > 3 ? ", ..." : "")) but is not in RuleRegistry")
        }
    }

    @Test func everyRuleHasCorpusCoverage() {
        let covered = Set(Corpus.cases.flatMap { $0.expectedRules ?? [] })
        // Rules only a policy raises are covered by PolicyRuleExampleTests: the Corpus runs without one.
        for descriptor in RuleRegistry.descriptors
        where !Corpus.rulesExemptFromCoverage.contains(descriptor.id) && !covered.contains(descriptor.id) && descriptor.examplePolicy == nil {
            Issue.record("rule '\(descriptor.id)' appears in no corpus case header")
        }
    }
}
