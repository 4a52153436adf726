import AgentWorkload
import Foundation
import SQLRisk

/// A set of inputs every measure runs over: each input is one classification (or one parse).
struct Workload: Sendable {
    let name: String
    let note: String
    /// The inputs as the Swift API takes them.
    let inputs: [[UInt8]]
    /// The same inputs NUL-terminated, as libpg_query takes them.
    let cInputs: [[CChar]]
    /// Statements in all inputs (split at top-level semicolons).
    let statements: Int
    let bytes: Int
    /// Rounds to time (fewer for the multi-megabyte script).
    let rounds: Int

    init(name: String, note: String, inputs: [[UInt8]], rounds: Int) {
        self.name = name
        self.note = note
        self.inputs = inputs
        cInputs = inputs.map { $0.map { CChar(bitPattern: $0) } + [0] }
        statements = inputs.reduce(0) { $0 + SQLLexer.splitStatements($1).count }
        bytes = inputs.reduce(0) { $0 + $1.count }
        self.rounds = rounds
    }
}

/// Where the inputs come from.
enum Workloads {
    /// The root of the SQLRisk checkout (this package lives in its `Benchmarks/`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// PostgreSQL 15's regression SQL, next to the checkout as the tests expect it.
    static let regressionDirectory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/pg15-regress/sql")

    static func sqlFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { directory.appendingPathComponent($0) }
    }

    static func read(_ file: URL) -> [UInt8] {
        (try? Data(contentsOf: file)).map { [UInt8]($0) } ?? []
    }

    /// `Corpus/<level>/*.sql`: one case per file, one classification per case.
    static func corpus() -> Workload? {
        let root = repositoryRoot.appendingPathComponent("Corpus")
        let inputs = RiskLevel.allCases.flatMap { sqlFiles(in: root.appendingPathComponent($0.name)) }.map(read)
        guard !inputs.isEmpty else { return nil }
        return Workload(name: "corpus", note: "Corpus/<level>/*.sql, one classification per file", inputs: inputs, rounds: 9)
    }

    /// Every statement of the regression corpus, one classification each (as RegressionCorpusTests splits them).
    static func regression(limit: Int? = nil) -> Workload? {
        let files = sqlFiles(in: regressionDirectory)
        guard !files.isEmpty else { return nil }
        var statements = files.flatMap { SQLLexer.psqlScriptStatements(read($0)) }
        if let limit { statements = Array(statements.prefix(limit)) }
        return Workload(name: "pg15-regress", note: "PostgreSQL 15 regression SQL, one classification per statement",
                        inputs: statements, rounds: 9)
    }

    static func agentStatements(count: Int, seed: UInt64) -> [String] {
        var generator = AgentWorkload(seed: seed)
        return generator.statements(count: count)
    }

    static func agent(count: Int, seed: UInt64) -> Workload {
        Workload(name: "agent", note: "generated application SQL (seed \(seed)), one classification per statement",
                 inputs: agentStatements(count: count, seed: seed).map { Array($0.utf8) }, rounds: 9)
    }

    /// One script of `count` agent statements (a different seed from the per-statement workload).
    static func agentScript(count: Int, seed: UInt64) -> Workload {
        let script = agentStatements(count: count, seed: seed &+ 1).joined(separator: ";\n") + ";\n"
        return Workload(name: "script-\(count)", note: "one script of \(count) agent statements, one classification",
                        inputs: [Array(script.utf8)], rounds: 9)
    }

    /// One script of agent statements of about `megabytes` MB.
    static func agentScript(megabytes: Int, seed: UInt64) -> Workload {
        var generator = AgentWorkload(seed: seed &+ 2)
        var script: [UInt8] = []
        let target = megabytes * 1_000_000
        script.reserveCapacity(target + 1_000)
        while script.count < target {
            script.append(contentsOf: generator.next().sql.utf8)
            script.append(contentsOf: ";\n".utf8)
        }
        return Workload(name: "script-\(megabytes)MB", note: "one \(megabytes) MB script of agent statements, one classification",
                        inputs: [script], rounds: megabytes >= 10 ? 5 : 9)
    }
}
