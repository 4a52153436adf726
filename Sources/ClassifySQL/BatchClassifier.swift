import Dispatch
import SQLRisk
import Synchronization

/// Classifies a batch of inputs and returns their reports in the same order. Inputs are independent
/// and `Classifier` is `Sendable`, so with `jobs` > 1 the batch is cut into contiguous slices that
/// are classified on that many threads at once.
struct BatchClassifier {
    let classifier: Classifier
    var jobs: Int = 1
    /// With a policy, every report comes back decided under `profile`.
    var policy: Policy? = nil
    var profile: String? = nil

    func classify(_ inputs: [Input]) -> [Report] {
        let shared = Decider(classifier: classifier, policy: policy, profile: profile)
        let workers = min(jobs, inputs.count)
        guard workers > 1 else { return inputs.map { shared.classify(utf8: $0.sql) } }
        let sliceSize = (inputs.count + workers - 1) / workers
        let slices = Mutex([[Report]](repeating: [], count: workers))
        let sources = inputs.map(\.sql)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * sliceSize) ..< min(sources.count, (worker + 1) * sliceSize)
            let reports = range.map { shared.classify(utf8: sources[$0]) }
            slices.withLock { $0[worker] = reports }
        }
        return slices.withLock { $0.flatMap { $0 } }
    }
}

/// One input to one report: classification, then the policy's decision when there is a policy.
private struct Decider: Sendable {
    let classifier: Classifier
    let policy: Policy?
    let profile: String?

    func classify(utf8 sql: [UInt8]) -> Report {
        let report = classifier.classify(utf8: sql)
        return policy?.decide(report, sql: sql, profile: profile) ?? report
    }
}
