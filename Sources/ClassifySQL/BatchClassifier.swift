import Dispatch
import SQLRisk
import Synchronization

/// Classifies a batch of inputs and returns their reports in the same order. Inputs are independent
/// and `Classifier` is `Sendable`, so with `jobs` > 1 the batch is cut into contiguous slices that
/// are classified on that many threads at once.
struct BatchClassifier {
    let classifier: Classifier
    var jobs: Int = 1

    func classify(_ inputs: [Input]) -> [Report] {
        let shared = classifier
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
