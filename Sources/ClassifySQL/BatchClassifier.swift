import SQLRisk

/// Classifies a batch of inputs and returns their reports in the same order. Inputs are independent
/// and `Classifier` is `Sendable`, so this is the one place that changes to classify in parallel.
struct BatchClassifier {
    let classifier: Classifier

    func classify(_ inputs: [Input]) -> [Report] {
        inputs.map { classifier.classify(utf8: $0.sql) }
    }
}
