import Foundation
@testable import SQLRisk

/// A small seeded generator (SplitMix64): the same seed gives the same inputs on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Holds the prefilter to its promise on one input at a time: whenever it answers, the full pipeline
/// must call the input safe and give the very same report.
struct PrefilterOracle {
    let limits: Limits
    private(set) var checked = 0
    private(set) var accepted = 0
    private(set) var failures: [String] = []

    init(limits: Limits = .default) { self.limits = limits }

    /// Checks one input; the prefilter only ever sees what the pipeline lets through (valid UTF-8, no NUL).
    mutating func check(_ sql: [UInt8]) {
        checked += 1
        guard !sql.contains(0), UTF8Validation.firstInvalidByte(in: sql) == nil,
              let fast = Prefilter.report(for: sql, limits: limits) else { return }
        accepted += 1
        let full = Classifier(options: .init(usePrefilter: false, limits: limits)).classify(utf8: sql)
        guard full != fast else { return }
        if failures.count < 20 {
            let text = String(decoding: sql, as: UTF8.self)
            let levels = full.statements.map { "\($0.kind) \($0.level.rawValue) \($0.findings.map(\.rule))" }
            failures.append("prefilter said read-only, full pipeline: \(full.level.rawValue) \(levels) "
                            + "(prefilter: \(fast.statements.map { "\($0.location)+\($0.length) \($0.kind)" })) for input:\n\(text)")
        } else {
            failures.append("(more)")
        }
    }

    var summary: String { "\(checked) inputs checked, \(accepted) answered by the prefilter, \(failures.count) unsound" }
}

/// The inputs the soundness and coverage tests draw on.
enum PrefilterInputs {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Corpus case (the whole file is one input), when the Corpus is present.
    static var corpusCases: [(name: String, sql: [UInt8])] {
        let directory = root.appendingPathComponent("Corpus")
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var cases: [(String, [UInt8])] = []
        for case let url as URL in enumerator where url.pathExtension == "sql" {
            guard let data = try? Data(contentsOf: url) else { continue }
            cases.append((url.path.replacingOccurrences(of: directory.path + "/", with: ""), Array(data)))
        }
        return cases.sorted { $0.0 < $1.0 }
    }

    /// The application workload of the timing executable (scripts/generate-application-workload.py).
    static var applicationWorkload: [[UInt8]] {
        RegressionCorpus.statements(of: root.appendingPathComponent("Benchmarks/PrefilterTiming/application-workload.sql"))
    }

    /// PostgreSQL's regression statements, each trimmed of surrounding whitespace.
    static let regression: [[UInt8]] = RegressionCorpus.isPresent ? RegressionCorpus.allStatements : []
}
