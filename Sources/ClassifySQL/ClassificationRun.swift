import SQLRisk

/// The loop behind `classify-sql`: read a batch, classify it, render each report in input order,
/// report unreadable inputs on standard error, and work out the exit status.
struct ClassificationRun {
    var reader: InputReader
    let classifier: BatchClassifier
    var renderer: any ReportRenderer
    let failOn: RiskLevel
    let output: BufferedOutput
    let errors: BufferedOutput

    mutating func run() -> ExitStatus {
        var tally = Tally()
        renderer.begin()
        while let batch = reader.nextBatch() {
            var reports = classifier.classify(batch.compactMap(\.input)).makeIterator()
            for item in batch {
                switch item {
                case .input(let input):
                    guard let report = reports.next() else { preconditionFailure("one report per input") }
                    tally.add(report)
                    renderer.render(report, for: input)
                case .unreadable(let failure):
                    tally.addUnreadable()
                    renderer.renderUnreadable(failure)
                    // Flush first so the error lands between the reports it came between.
                    output.flush()
                    errors.write("classify-sql: error: \(failure.message)\n")
                    errors.flush()
                }
            }
            // Whoever reads our output through a pipe sees each batch as soon as it is classified.
            output.flush()
        }
        renderer.finish(tally)
        output.flush()
        return tally.exitStatus(failOn: failOn)
    }
}
