// sqlrisk-prefilter-timing: the prefilter's coverage and speed, in one run.
//
//     swift run -c release sqlrisk-prefilter-timing [--rounds N] [--prefilter-only] [--regress DIR] [--workload FILE]
//                                                   [--profile-passes N [--profile-workload] [--profile-scanner]]
//
// Coverage: of the inputs the full pipeline calls safe, the share the prefilter answers for, on the
// Corpus, on PostgreSQL's regression SQL (../shared/corpus/pg15-regress) and on the application
// workload next to this file (scripts/generate-application-workload.py).
// Speed: the prefilter alone in MB/s on SELECT statements, and µs per read-only statement through
// `Classifier` with the prefilter (the default) and without it. Each figure is the best of N rounds
// (30 by default) to keep a noisy shared machine out of it. Build in release: a debug build is 10-30×
// slower.
import Foundation
@_spi(Benchmarks) import SQLRisk

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct Options {
    var rounds = 30
    /// Only the prefilter's own speed (for profiling it).
    var prefilterOnly = false
    /// Untimed passes of the prefilter over the regression SELECTs, nothing else (for callgrind).
    var profilePasses = 0
    /// Profile the workload's SELECTs instead of the regression SELECTs.
    var profileWorkload = false
    /// Profile the scanner alone (`prefilterTokenCount`) instead of the whole prefilter.
    var profileScanner = false
    var regress = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/pg15-regress")
    var workload = root.appendingPathComponent("Benchmarks/PrefilterTiming/application-workload.sql")

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--rounds": rounds = Int(rest.popFirst() ?? "") ?? rounds
            case "--prefilter-only": prefilterOnly = true
            case "--profile-passes": profilePasses = Int(rest.popFirst() ?? "") ?? 1
            case "--profile-workload": profileWorkload = true
            case "--profile-scanner": profileScanner = true
            case "--regress": regress = URL(fileURLWithPath: rest.popFirst() ?? "")
            case "--workload": workload = URL(fileURLWithPath: rest.popFirst() ?? "")
            default:
                FileHandle.standardError.write(Data("usage: sqlrisk-prefilter-timing [--rounds N] [--prefilter-only] [--regress DIR] [--workload FILE] [--profile-passes N [--profile-workload] [--profile-scanner]]\n".utf8))
                exit(64)
            }
        }
    }
}

/// The statements of a psql script: meta-command lines dropped, split at top-level semicolons.
func statements(of file: URL) -> [[UInt8]] {
    guard let data = try? Data(contentsOf: file) else { return [] }
    return SQLLexer.psqlScriptStatements(Array(data))
}

func files(in directory: URL) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
    return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "sql" }.sorted { $0.path < $1.path }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let fast = Classifier()
let full = Classifier(options: .init(usePrefilter: false))

/// Valid input only: the prefilter never sees anything else.
func valid(_ sql: [UInt8]) -> Bool { !sql.contains(0) && String(validating: sql, as: UTF8.self) != nil }

// MARK: Coverage

struct Coverage {
    var safe = 0, safeQueries = 0, accepted = 0, acceptedQueries = 0
    var readOnly: [[UInt8]] = []

    init(_ inputs: [[UInt8]]) {
        for sql in inputs where valid(sql) {
            let report = full.classify(utf8: sql)
            guard report.level == .safe else { continue }
            safe += 1
            readOnly.append(sql)
            let isQuery = report.statements.allSatisfy { ["SELECT", "SHOW", "EXPLAIN"].contains($0.kind) }
            if isQuery { safeQueries += 1 }
            if fast.prefilterReport(utf8: sql) != nil {
                accepted += 1
                if isQuery { acceptedQueries += 1 }
            }
        }
    }

    func line(_ name: String, inputs: Int) -> String {
        func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.1f%%", 100 * Double(a) / Double(b)) }
        return "\(name): \(inputs) inputs, \(safe) safe; prefilter answers \(accepted) = \(percent(accepted, safe)) of the safe ones, "
            + "\(acceptedQueries) of \(safeQueries) = \(percent(acceptedQueries, safeQueries)) of the safe SELECT/VALUES/TABLE/WITH/SHOW/EXPLAIN"
    }
}

let corpus = files(in: root.appendingPathComponent("Corpus")).compactMap { try? Array(Data(contentsOf: $0)) }
let regression = files(in: options.regress.appendingPathComponent("sql")).flatMap(statements(of:))
let workload = statements(of: options.workload)

if options.profilePasses > 0 {
    // Instructions per pass: run with N and N+2 passes under valgrind --tool=callgrind
    // --toggle-collect='*prefilterAccepts*' (or '*prefilterTokenCount*' with --profile-scanner),
    // subtract and halve.
    let name = options.profileWorkload ? "workload" : "regression"
    let selects = (options.profileWorkload ? workload : regression).filter { isSelect($0) && valid($0) }
    _ = countAccepted(fast, [Array("SELECT 1".utf8)])   // builds the tables outside the passes
    var answers = 0
    for _ in 0..<options.profilePasses {
        answers += options.profileScanner ? countScannerTokens(fast, selects) : countAccepted(fast, selects)
    }
    print("\(options.profilePasses) passes over \(selects.count) \(name) SELECTs: \(answers) \(options.profileScanner ? "tokens" : "answers")")
    exit(0)
}

let workloadCoverage = options.prefilterOnly ? Coverage([]) : Coverage(workload)
let regressionCoverage = options.prefilterOnly ? Coverage([]) : Coverage(regression)
if !options.prefilterOnly {
    print("Coverage")
    print("  " + Coverage(corpus).line("Corpus", inputs: corpus.count))
    print("  " + regressionCoverage.line("Regression statements", inputs: regression.count))
    print("  " + workloadCoverage.line("Application workload", inputs: workload.count))
}

// MARK: Speed

func isSelect(_ sql: [UInt8]) -> Bool {
    var lexer = SQLLexer(sql)
    guard let first = lexer.next(), first.kind == .word else { return false }
    return String(decoding: sql[first.start..<first.end], as: UTF8.self).lowercased() == "select"
}

print("\nPrefilter alone (release build expected), SELECT statements")
for (name, inputs) in [("Regression SELECTs", regression), ("Workload SELECTs", workload)] {
    let selects = inputs.filter { isSelect($0) && valid($0) }
    let bytes = selects.reduce(0) { $0 + $1.count }
    let accepted = selects.filter { fast.prefilterAccepts(utf8: $0) }
    let acceptedBytes = accepted.reduce(0) { $0 + $1.count }
    let all = best(options.rounds) { countAccepted(fast, selects) }
    let answered = best(options.rounds) { countAccepted(fast, accepted) }
    let withReport = best(options.rounds) { countReported(fast, accepted) }
    func rate(_ b: Int, _ t: Double) -> String { String(format: "%.0f MB/s", Double(b) / t / 1e6) }
    func per(_ n: Int, _ t: Double) -> String { String(format: "%.3f µs", t / Double(max(n, 1)) * 1e6) }
    print("  \(name): \(selects.count) statements, \(bytes) bytes (\(accepted.count) answered)")
    print("    all of them:               \(rate(bytes, all.seconds)), \(per(selects.count, all.seconds))/statement")
    print("    the answered ones:         \(rate(acceptedBytes, answered.seconds)), \(per(accepted.count, answered.seconds))/statement")
    print("    answered, with the report: \(rate(acceptedBytes, withReport.seconds)), \(per(accepted.count, withReport.seconds))/statement")
    // The machine's own yardstick: SQLLexer (statement splitting) only cuts tokens, with no keyword
    // table and no grammar.
    let lexer = best(options.rounds) { countLexerTokens(selects) }
    print("    for scale, SQLLexer's bare token loop over all of them: \(rate(bytes, lexer.seconds))")
    // The scanner alone, every token to the end of each input (the prefilter stops at the first
    // it cannot use): what the grammar adds is the difference.
    let scanner = best(options.rounds) { countScannerTokens(fast, selects) }
    print("    the prefilter's scanner alone over all of them: \(rate(bytes, scanner.seconds)) (\(scanner.result) tokens)")
}

if options.prefilterOnly { exit(0) }
print("\nClassifier on read-only statements: default (prefilter first) vs usePrefilter: false")
for (name, coverage) in [("Application workload", workloadCoverage), ("Regression statements", regressionCoverage)] {
    let inputs = coverage.readOnly
    let defaultPath = best(options.rounds) { countClassified(fast, inputs) }
    let fullPath = best(max(1, options.rounds / 2)) { countClassified(full, inputs) }
    let a = defaultPath.seconds / Double(inputs.count) * 1e6, b = fullPath.seconds / Double(inputs.count) * 1e6
    print(String(format: "  %@: %d statements: default %.3f µs, full %.3f µs per statement: %.1f× faster",
                 name, inputs.count, a, b, b / a))
}
