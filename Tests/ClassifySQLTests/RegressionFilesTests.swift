import Foundation
import Testing

/// Every file of PostgreSQL 15's regression suite (../shared/corpus/pg15-regress), given whole to
/// classify-sql in one run: psql scripts with meta-commands, COPY data and deliberate errors. Each
/// must come back with a report, and the process must end normally. Skipped where ../shared is absent.
@Suite struct RegressionFilesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/pg15-regress")

    static func files(_ folder: String) -> [String] {
        let dir = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: directory.path), "../shared/corpus/pg15-regress is absent"),
          arguments: ["sql", "plpgsql"])
    func everyRegressionFileIsClassified(_ folder: String) throws {
        let files = Self.files(folder)
        #expect(files.count > 10)
        let result = try CommandRunner.run(["--format", "jsonl", "--fail-on", "critical"] + files)
        #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.stderr.prefix(500))")
        let reports = try result.jsonLines()
        #expect(reports.count == files.count)
        #expect(reports.compactMap { $0["input"] as? String } == files)
        for report in reports {
            #expect(["safe", "write", "schema", "destructive", "critical"].contains(report["level"] as? String ?? ""))
        }
    }
}
