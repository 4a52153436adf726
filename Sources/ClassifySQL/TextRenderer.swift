import SQLRisk

/// `--format text`: one line per statement, compiler style, then its findings and their hints.
///
///     schema.sql:3:1: destructive DROP TABLE
///       schema.sql:3:1: drop-table (destructive): DROP TABLE removes users and every row in it
///         hint: Rename the table (ALTER TABLE ... RENAME) and drop it later, after a backup
///
/// Positions are `line:column` in the file; for `jsonl` input they are in the record's `sql`,
/// after the record's line and id: `log.jsonl:7 (id 42) 1:8: ...`. An input without statements is
/// one line, `empty.sql: safe (no statements)`. A summary line ends the output.
struct TextRenderer: ReportRenderer {
    let output: BufferedOutput
    let style: TerminalStyle
    /// `--min-level`: statements below it are not printed (the summary still counts their inputs).
    var minimumLevel: RiskLevel = .safe

    mutating func begin() {}

    mutating func render(_ report: Report, for input: Input) {
        let place = Place(input: input)
        guard report.level >= minimumLevel else { return }
        guard !report.statements.isEmpty else {
            output.write("\(place.label): \(style.level(report.level)) \(style.dim("(no statements)"))\n")
            return
        }
        var locator = SourceLocator(input.sql)
        if let decision = report.decision {
            renderDecision(decision, report, place: place, locator: &locator)
        }
        for statement in report.statements where statement.level >= minimumLevel {
            let at = place.position(locator.position(ofByte: statement.location))
            output.write("\(at): \(style.level(statement.level)) \(style.bold(statement.kind))\n")
            for finding in statement.findings {
                let findingAt = place.findingPosition(locator.position(ofByte: finding.location))
                output.write("  \(findingAt): \(style.bold(finding.rule)) (\(style.level(finding.level))): \(finding.message)\n")
                if let entry = finding.allowedBy {
                    output.write("    \(style.dim("allowed by:")) \(entry)\n")
                } else if !finding.hint.isEmpty {
                    output.write("    \(style.dim("hint:")) \(finding.hint)\n")
                }
            }
        }
    }

    /// `query.sql: deny (profile prod)`, then for ask and deny each deciding finding with its hint,
    /// before the statement-by-statement detail.
    private func renderDecision(_ decision: Decision, _ report: Report, place: Place, locator: inout SourceLocator) {
        output.write("\(place.label): \(style.bold(decision.name)) (profile \(report.profile ?? "?"), level \(style.level(report.level)))\n")
        for reason in report.reasons ?? [] {
            let statement = report.statements.first { $0.index == reason.statement }
            let at = statement.map { place.findingPosition(locator.position(ofByte: $0.location)) } ?? "statement \(reason.statement + 1)"
            output.write("  \(decision.name): \(style.bold(reason.rule)) (\(style.level(reason.level))) at \(at): \(reason.message)\n")
            if !reason.hint.isEmpty { output.write("    \(style.dim("hint:")) \(reason.hint)\n") }
        }
    }

    mutating func finish(_ tally: Tally) {
        output.write(tally.summary + "\n")
    }
}

/// How a position inside an input is written for its kind of source.
private struct Place {
    let input: Input

    /// The input as a whole: `schema.sql`, `queries.txt:12`, `log.jsonl:7 (id 42)`.
    var label: String {
        switch input.origin {
        case .source: input.name
        case .line(let line), .record(let line, nil): "\(input.name):\(line)"
        case .record(let line, let id?): "\(input.name):\(line) (id \(id))"
        }
    }

    func position(_ position: (line: Int, column: Int)) -> String {
        switch input.origin {
        case .source:
            "\(input.name):\(position.line):\(position.column)"
        case .line(let line):
            // A `lines` input starts at the beginning of its line, so its positions are file positions.
            "\(input.name):\(line + position.line - 1):\(position.column)"
        case .record:
            "\(label) \(position.line):\(position.column)"
        }
    }

    /// A finding's position, written under its statement: a record's label (which may hold a long id)
    /// is not repeated.
    func findingPosition(_ position: (line: Int, column: Int)) -> String {
        if case .record = input.origin { return "\(position.line):\(position.column)" }
        return self.position(position)
    }
}
