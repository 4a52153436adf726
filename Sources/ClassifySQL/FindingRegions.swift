import SQLRisk

/// Where each finding of a report lies in its source file, as CI tools want it: 1-based start and
/// end line and column, the end exclusive, columns in Unicode scalar values (SARIF's
/// `unicodeCodePoints`, GitHub's annotation columns). A finding with no length of its own covers the
/// rest of its statement.
struct FindingRegion: Equatable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
}

enum FindingRegions {
    /// One region per finding of `statements`, in order; nil where positions inside the input are not
    /// positions in the file (a `jsonl` record's `sql`), and there the record's line stands alone.
    static func regions(for statements: [StatementReport], of input: Input) -> [FindingRegion?] {
        var offsets: [Int] = []
        var spans: [(Int, Int)] = []
        for statement in statements {
            let statementEnd = statement.location + statement.length
            for finding in statement.findings {
                let end = finding.length > 0 ? finding.location + finding.length : max(finding.location, statementEnd)
                spans.append((finding.location, end))
                offsets += [finding.location, end]
            }
        }
        if case .record = input.origin { return spans.map { _ in nil } }
        let positions = SourcePositions(of: offsets, in: input.sql)
        let firstLine = input.line ?? 1
        return spans.map { start, end in
            let from = positions[start], to = positions[end]
            return FindingRegion(startLine: firstLine + from.line - 1, startColumn: from.column,
                                 endLine: firstLine + to.line - 1, endColumn: to.column)
        }
    }
}
