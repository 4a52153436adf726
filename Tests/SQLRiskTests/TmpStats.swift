import Testing
@testable import SQLRisk
@Test func tmpStats() {
    var counts: [String: Int] = [:]
    var examples: [String: [String]] = [:]
    var n = 0
    for s in RegressionCorpus.allStatements {
        n += 1
        let r = Classifier().classify(utf8: s)
        if r.findings.isEmpty { counts["(none)", default: 0] += 1 }
        for f in Set(r.findings.map(\.rule)) {
            counts[f, default: 0] += 1
            if examples[f, default: []].count < 4 { examples[f, default: []].append(String(decoding: s, as: UTF8.self).trimmingSpaces().prefix(120).split(separator: "\n").joined(separator: " ")) }
        }
    }
    print("TOTAL \(n)")
    for (k, v) in counts.sorted(by: { $0.value > $1.value }) { print("STAT \(k) \(v)") }
    for k in ["unknown-statement", "internal-error", "nesting-too-deep"] { for e in examples[k] ?? [] { print("EX \(k): \(e)") } }
}
