import SQLRisk

/// `--format github`: GitHub Actions workflow commands, one annotation per finding at or above
/// `--fail-on` (`::error` for destructive and critical, `::warning` below), then the summary line.
/// Inputs that are not files (standard input, `-c`) get annotations without a file position.
struct GitHubRenderer: ReportRenderer {
    let output: BufferedOutput
    let failOn: RiskLevel
    private let workingDirectory = FileSystem.currentDirectory

    init(output: BufferedOutput, failOn: RiskLevel) {
        self.output = output
        self.failOn = failOn
    }

    mutating func begin() {}

    mutating func render(_ report: Report, for input: Input) {
        let regions = FindingRegions.regions(for: report.statements, of: input)
        var index = 0
        for statement in report.statements {
            for finding in statement.findings {
                defer { index += 1 }
                guard finding.level >= failOn else { continue }
                var properties: [String] = []
                if case .file = fileKind(input) {
                    properties.append("file=" + Self.property(ArtifactURI.relativePath(input.name, workingDirectory: workingDirectory)))
                    if let region = regions[index] {
                        properties += ["line=\(region.startLine)", "col=\(region.startColumn)",
                                       "endLine=\(region.endLine)", "endColumn=\(region.endColumn)"]
                    } else if let line = input.line {
                        properties.append("line=\(line)")
                    }
                }
                properties.append("title=" + Self.property(finding.rule))
                let command = finding.level >= .destructive ? "error" : "warning"
                output.write("::\(command) \(properties.joined(separator: ","))::\(Self.data("\(finding.message) (\(finding.level.name); hint: \(finding.hint))"))\n")
            }
        }
    }

    mutating func renderUnreadable(_ failure: UnreadableInput) {
        output.write("::error file=\(Self.property(ArtifactURI.relativePath(failure.name, workingDirectory: workingDirectory))),title=unreadable-input::\(Self.data(failure.message))\n")
    }

    mutating func finish(_ tally: Tally) {
        output.write(tally.summary + "\n")
    }

    private enum Kind { case file, other }
    private func fileKind(_ input: Input) -> Kind {
        input.name.hasPrefix("<") && input.name.hasSuffix(">") ? .other : .file
    }

    /// Escaping of workflow command data (GitHub's `escapeData`).
    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escaping of workflow command properties (GitHub's `escapeProperty`).
    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
