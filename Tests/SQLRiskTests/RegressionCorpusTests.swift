import Foundation
import Testing
@testable import SQLRisk

/// PostgreSQL 15's own regression SQL (../shared/corpus/pg15-regress): real SQL nobody here wrote.
/// Skipped where ../shared is absent.
enum RegressionCorpus {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/pg15-regress")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

    static func files(_ folder: String) -> [URL] {
        let dir = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The statements of a psql script: meta-command lines dropped, split at top-level semicolons.
    static func statements(of file: URL) -> [[UInt8]] {
        guard let data = try? Data(contentsOf: file) else { return [] }
        return SQLLexer.psqlScriptStatements(Array(data))
    }

    static var allStatements: [[UInt8]] { files("sql").flatMap(statements(of:)) }
}

@Suite(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
struct RegressionCorpusTests {
    /// Every statement gets a level, and every level above safe comes with a finding at that level.
    @Test func everyRegressionStatementIsClassified() {
        let classifier = Classifier()
        var count = 0
        var levels: [RiskLevel: Int] = [:]
        for statement in RegressionCorpus.allStatements {
            let report = classifier.classify(utf8: statement)
            count += 1
            levels[report.level, default: 0] += 1
            for item in report.statements where item.level > .safe {
                #expect(item.findings.contains { $0.level == item.level },
                        "\(String(decoding: statement, as: UTF8.self).prefix(200))")
            }
            #expect(report.level == (report.statements.map(\.level).max() ?? .safe))
        }
        #expect(count > 30_000)
        #expect(levels[.safe, default: 0] > 5_000)
        #expect(levels[.critical, default: 0] < count / 2)
    }
}
