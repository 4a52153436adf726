import CBenchSupport
import Foundation
import SQLRisk

/// Memory of classifying the regression corpus in one process, streaming: each file is read, split
/// and classified statement by statement, and nothing is kept. RSS after each pass shows whether
/// memory grows with the number of inputs; the peak (VmHWM) is what `time -v` calls maximum RSS.
struct MemoryResult: Codable {
    /// RSS before the first classification (the executable, its libraries, the rule tables).
    var startRSSKiB: Int = 0
    var passes: [Pass] = []
    var peakKiB: Int = 0
    var classifications: Int = 0

    struct Pass: Codable {
        let classifications: Int
        let rssKiB: Int
        let peakKiB: Int
    }

    /// Growth of RSS from the end of the first pass to the end of the last, in KiB.
    var growthKiB: Int { (passes.last?.rssKiB ?? 0) - (passes.first?.rssKiB ?? 0) }
}

enum Memory {
    /// Runs in this process (the `memory` subcommand); prints one line per pass and a JSON summary.
    static func run(passes: Int) -> MemoryResult? {
        let files = Workloads.sqlFiles(in: Workloads.regressionDirectory)
        guard !files.isEmpty else { return nil }
        let classifier = Classifier()
        var result = MemoryResult()
        _ = classifier.classify("SELECT 1")   // loads the lazily built tables before the first reading
        result.startRSSKiB = bench_rss_kib()
        for _ in 0..<passes {
            for file in files {
                // One file at a time, its statements dropped once classified.
                for statement in SQLLexer.psqlScriptStatements(Workloads.read(file)) {
                    _ = classifier.classify(utf8: statement)
                    result.classifications += 1
                }
            }
            let pass = MemoryResult.Pass(classifications: result.classifications, rssKiB: bench_rss_kib(), peakKiB: bench_peak_rss_kib())
            result.passes.append(pass)
        }
        result.peakKiB = bench_peak_rss_kib()
        return result
    }

    static let summaryPrefix = "memory-json: "

    /// Runs the `memory` subcommand in a fresh process, so that the throughput workloads held by this
    /// one do not count, and reads its summary.
    static func runInChild(passes: Int) -> MemoryResult? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["memory", "--passes", String(passes)]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: output, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix(summaryPrefix) }
        guard let json = line?.dropFirst(summaryPrefix.count) else { return nil }
        return try? JSONDecoder().decode(MemoryResult.self, from: Data(json.utf8))
    }
}
