import SQLRisk

/// Writes reports as they are produced, in input order. One renderer per `--format`.
protocol ReportRenderer {
    mutating func begin()
    mutating func render(_ report: Report, for input: Input)
    /// An input that could not be read (it is also reported on standard error).
    mutating func renderUnreadable(_ failure: UnreadableInput)
    mutating func finish(_ tally: Tally)
}

extension ReportRenderer {
    mutating func renderUnreadable(_ failure: UnreadableInput) {}
}

extension OutputFormat {
    /// `single` is true when the invocation can only ever have one input, so `json` writes one
    /// object rather than an array.
    func renderer(to output: BufferedOutput, single: Bool, failOn: RiskLevel, minimumLevel: RiskLevel) -> any ReportRenderer {
        switch self {
        case .text: TextRenderer(output: output, style: .forStandardOutput, minimumLevel: minimumLevel)
        case .json: JSONRenderer(output: output, layout: single ? .object : .array)
        case .jsonl: JSONRenderer(output: output, layout: .lines)
        case .sarif: SARIFRenderer(output: output, failOn: failOn)
        case .github: GitHubRenderer(output: output, failOn: failOn)
        }
    }
}
