/// Fields of the report that depend on the whole input rather than on one rule: line and column of
/// every location (one pass over the input), and, when asked, each statement's fingerprint.
enum ReportAnnotation {
    static func addPositions(to report: inout Report, sql: [UInt8]) {
        guard !report.statements.isEmpty else { return }
        var offsets: [Int] = []
        for statement in report.statements {
            offsets.append(statement.location)
            for finding in statement.findings { offsets.append(finding.location) }
        }
        let positions = SourcePositions(of: offsets, in: sql)
        for s in report.statements.indices {
            let position = positions[report.statements[s].location]
            report.statements[s].line = position.line
            report.statements[s].column = position.column
            for f in report.statements[s].findings.indices {
                let position = positions[report.statements[s].findings[f].location]
                report.statements[s].findings[f].line = position.line
                report.statements[s].findings[f].column = position.column
            }
        }
    }

    /// Each statement's libpg_query fingerprint, from its own text: the prefilter's statements too.
    static func addFingerprints(to report: inout Report, sql: [UInt8]) {
        for s in report.statements.indices where parsed(report.statements[s]) {
            report.statements[s].fingerprint = fingerprint(of: report.statements[s], in: sql)
        }
    }

    /// A statement that stands for input the parser could not read (or was never given) has no
    /// fingerprint; every other statement's text parses on its own.
    private static func parsed(_ statement: StatementReport) -> Bool {
        guard statement.kind == "UNKNOWN" else { return true }
        return !statement.findings.contains { unparsedRules.contains($0.rule) }
    }

    private static let unparsedRules: Set<String> = [
        ParseErrorRule.descriptor.id, InputTooLargeRule.descriptor.id, InternalErrorRule.descriptor.id,
        NestingTooDeepRule.descriptor.id, TooManyStatementsRule.descriptor.id,
    ]

    static func fingerprint(of statement: StatementReport, in sql: [UInt8]) -> String? {
        let start = min(max(0, statement.location), sql.count)
        let end = min(sql.count, start + max(0, statement.length))
        // Fingerprinting parses: a deep statement needs the stack a parse of it needs.
        return LargeStack.run(stackNeeded: (end - start) * LargeStack.bytesPerStatementByte) {
            PgQuery.fingerprint(sql[start..<end])
        } ?? nil
    }
}

/// Line and column of a set of byte offsets, found in one pass over the input. Lines end at LF,
/// CR LF or a lone CR; columns count Unicode scalar values from 1; a leading byte-order mark is not
/// counted (SARIF's `unicodeCodePoints`, which editors and code scanning display).
public struct SourcePositions: Sendable {
    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) { (self.line, self.column) = (line, column) }
    }

    private var byOffset: [Int: Position] = [:]

    public init(of offsets: [Int], in sql: [UInt8]) {
        let targets = Set(offsets).sorted()
        guard !targets.isEmpty else { return }
        var next = 0
        var line = 1, column = 1
        let bomLength = sql.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = 0
        while next < targets.count {
            while next < targets.count, targets[next] <= i {
                byOffset[targets[next]] = Position(line: line, column: column)
                next += 1
            }
            guard i < sql.count else { break }
            let byte = sql[i]
            if byte == 0x0A || (byte == 0x0D && (i + 1 == sql.count || sql[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D, byte & 0xC0 != 0x80, i >= bomLength {
                column += 1
            }
            i += 1
        }
        // Offsets past the end (none in a well-formed report) take the position of the end.
        while next < targets.count {
            byOffset[targets[next]] = Position(line: line, column: column)
            next += 1
        }
    }

    /// The position of one of the offsets given to `init` (line 1, column 1 for any other).
    public subscript(offset: Int) -> Position { byOffset[offset] ?? Position(line: 1, column: 1) }
}
