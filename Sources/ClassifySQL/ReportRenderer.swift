import SQLRisk

/// Writes reports as they are produced, in input order. One renderer per `--format`.
protocol ReportRenderer {
    mutating func begin()
    mutating func render(_ report: Report, for input: Input)
    mutating func finish(_ tally: Tally)
}

extension OutputFormat {
    /// `single` is true when the invocation can only ever have one input, so `json` writes one
    /// object rather than an array.
    func renderer(to output: BufferedOutput, single: Bool) -> any ReportRenderer {
        switch self {
        case .text: TextRenderer(output: output, style: .forStandardOutput)
        case .json: JSONRenderer(output: output, layout: single ? .object : .array)
        case .jsonl: JSONRenderer(output: output, layout: .lines)
        }
    }
}
