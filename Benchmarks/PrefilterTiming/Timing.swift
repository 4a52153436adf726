// The timed loops, outside main.swift: closures written in top-level code belong to the main actor,
// and Swift 6 checks the executor each time one is called (a few percent of a prefilter call).
import Dispatch
@_spi(Benchmarks) import SQLRisk

/// Best time of `rounds` runs of `body`, in seconds.
nonisolated func best(_ rounds: Int, _ body: () -> Int) -> (seconds: Double, result: Int) {
    var bestTime = Double.infinity
    var result = 0
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        result = body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        bestTime = min(bestTime, elapsed)
    }
    return (bestTime, result)
}

/// The prefilter's answer for each input, one call each: how many it proves read-only.
nonisolated func countAccepted(_ classifier: Classifier, _ inputs: [[UInt8]]) -> Int {
    var accepted = 0
    for sql in inputs where classifier.prefilterAccepts(utf8: sql) { accepted += 1 }
    return accepted
}

/// The prefilter's report for each input: how many statements they hold.
nonisolated func countReported(_ classifier: Classifier, _ inputs: [[UInt8]]) -> Int {
    var statements = 0
    for sql in inputs { statements += classifier.prefilterReport(utf8: sql)?.statements.count ?? 0 }
    return statements
}

/// The full classification of each input: how many statements they hold.
nonisolated func countClassified(_ classifier: Classifier, _ inputs: [[UInt8]]) -> Int {
    var statements = 0
    for sql in inputs { statements += classifier.classify(utf8: sql).statements.count }
    return statements
}

/// SQLLexer's tokens over each input: the machine's yardstick for a bare token loop.
nonisolated func countLexerTokens(_ inputs: [[UInt8]]) -> Int {
    var tokens = 0
    for sql in inputs {
        var lexer = SQLLexer(sql)
        while lexer.next() != nil { tokens += 1 }
    }
    return tokens
}

/// The prefilter's scanner alone over each input: how many tokens it cuts.
nonisolated func countScannerTokens(_ classifier: Classifier, _ inputs: [[UInt8]]) -> Int {
    var tokens = 0
    for sql in inputs { tokens += classifier.prefilterTokenCount(utf8: sql) }
    return tokens
}
