import CBenchSupport
#if canImport(Glibc)
import Glibc
#endif

/// What one measure did on one workload.
struct MeasureResult: Codable {
    let workload: String
    let measure: String
    let title: String
    /// Nil figures: the measure is not available ("n/a ...").
    let unavailable: String?
    /// Median over the rounds of the seconds one pass over the workload took.
    var medianSeconds: Double?
    var microsecondsPerStatement: Double?
    var statementsPerSecond: Double?
    var megabytesPerSecond: Double?
    var allocationsPerClassification: Double?
    var allocationsPerStatement: Double?
    var kilobytesAllocatedPerClassification: Double?
    /// Median over the rounds of (this pass / the `comparedWith` pass of the same round).
    var ratio: Double?
    let comparedWith: String
    /// Seconds of every round, in order.
    var rounds: [Double] = []
}

/// Times every available measure on a workload, round by round: in each round every measure makes one
/// pass over all inputs, in an order that changes from round to round, so that whatever else the
/// machine is doing falls on all of them alike. Ratios are taken within a round, then their median.
struct Runner {
    let measures: [Measure]
    let roundsOverride: Int?

    func run(_ workload: Workload, log: (String) -> Void) -> [MeasureResult] {
        let unavailable = { (measure: Measure) in
            measure.unavailable ?? (workload.inputs.count < measure.minimumInputs ? "n/a (needs \(measure.minimumInputs) inputs)" : nil)
        }
        let available = measures.filter { unavailable($0) == nil }
        var results: [String: MeasureResult] = [:]
        for measure in measures {
            results[measure.id] = MeasureResult(workload: workload.name, measure: measure.id, title: measure.title,
                                                unavailable: unavailable(measure), comparedWith: measure.comparedWith)
        }
        let classifications = Double(workload.inputs.count)
        // Warm up (lazy tables, caches, page faults), then count allocations on a second, untimed pass.
        for measure in available {
            _ = measure.pass(workload)
            let before = bench_alloc_read()
            bench_alloc_counting(1)
            _ = measure.pass(workload)
            bench_alloc_counting(0)
            let after = bench_alloc_read()
            results[measure.id]!.allocationsPerClassification = Double(after.allocations - before.allocations) / classifications
            results[measure.id]!.allocationsPerStatement = Double(after.allocations - before.allocations) / Double(max(1, workload.statements))
            results[measure.id]!.kilobytesAllocatedPerClassification = Double(after.bytes - before.bytes) / classifications / 1024
        }
        let rounds = roundsOverride ?? workload.rounds
        var sink = 0
        for round in 0..<rounds {
            // Rotated each round, and reversed every other round, so that each measure follows each
            // other one equally often (what ran just before shapes the heap and the caches).
            var order = (0..<available.count).map { available[($0 + round / 2) % available.count] }
            if round % 2 == 1 { order.reverse() }
            for measure in order {
                let start = Self.now()
                sink &+= measure.pass(workload)
                results[measure.id]!.rounds.append(Self.now() - start)
            }
            log("  round \(round + 1)/\(rounds)")
        }
        if sink == 42 { log("") }   // keeps every pass observable
        for measure in available {
            var result = results[measure.id]!
            let median = Self.median(result.rounds)
            result.medianSeconds = median
            result.microsecondsPerStatement = median / Double(max(1, workload.statements)) * 1e6
            result.statementsPerSecond = Double(workload.statements) / median
            result.megabytesPerSecond = Double(workload.bytes) / median / 1e6
            if let reference = results[measure.comparedWith], reference.rounds.count == result.rounds.count {
                result.ratio = Self.median(zip(result.rounds, reference.rounds).map { $0 / $1 })
            }
            results[measure.id] = result
        }
        return measures.map { results[$0.id]! }
    }

    /// The median over rounds of `a`'s time over `b`'s, both measured in the same round.
    static func ratio(_ a: MeasureResult?, _ b: MeasureResult?) -> Double? {
        guard let a, let b, !a.rounds.isEmpty, a.rounds.count == b.rounds.count else { return nil }
        return median(zip(a.rounds, b.rounds).map { $0 / $1 })
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
