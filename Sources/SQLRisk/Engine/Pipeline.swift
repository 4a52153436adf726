/// One classification, start to finish: limits and encoding checks, the prefilter, the parse, one
/// walk per statement through the rules, the report. Anything that goes wrong yields `critical`.
struct Pipeline {
    let options: Classifier.Options
    /// How many bodies deep this classification is (0 for the caller's input).
    var bodyDepth = 0
    /// The rules to run (tests swap in fewer to prove the fail-closed fallback).
    var engine = RuleEngine.shared

    func run(_ sql: [UInt8]) -> Report {
        screen(sql) ?? parseAndClassify(sql)
    }

    /// The answers that need no parse: input over the limits, not UTF-8 or with a NUL, and what the
    /// prefilter proves read-only. Needs little stack (the prefilter sizes its recursion to what it
    /// finds), so callers on small stacks run it where they are.
    func screen(_ sql: [UInt8]) -> Report? {
        let limits = options.limits
        if sql.count > limits.maxInputBytes {
            return positioned(failure(sql, InputTooLargeRule.descriptor,
                                      "Input of \(sql.count) bytes exceeds the limit of \(limits.maxInputBytes) bytes", at: 0), sql)
        }
        if let nul = sql.firstIndex(of: 0) {
            return positioned(failure(sql, ParseErrorRule.descriptor,
                                      "Input contains a NUL byte at byte \(nul); PostgreSQL would reject it and other parsers stop reading there", at: nul), sql)
        }
        if let bad = UTF8Validation.firstInvalidByte(in: sql) {
            return positioned(failure(sql, ParseErrorRule.descriptor, "Input is not valid UTF-8 (byte \(bad))", at: bad), sql)
        }
        // Only valid input reaches the prefilter; its answer is the report the rest would give, with
        // lines and columns already in it.
        if options.usePrefilter, let report = Prefilter.report(for: sql, limits: limits) {
            return report
        }
        return nil
    }

    /// Lines and columns of the caller's input (a body's report is moved into its statement).
    private func positioned(_ report: Report, _ sql: [UInt8]) -> Report {
        guard bodyDepth == 0 else { return report }
        var report = report
        ReportAnnotation.addPositions(to: &report, sql: sql)
        return report
    }

    /// The full path: parse, walk, report, with lines and columns.
    func parseAndClassify(_ sql: [UInt8]) -> Report {
        positioned(classifyParsed(sql), sql)
    }

    /// Needs `stackForRules` besides the parse (which sizes its own).
    private func classifyParsed(_ sql: [UInt8]) -> Report {
        let limits = options.limits
        let survey = SQLLexer.survey(sql)
        let longest = survey.longestStatement
        if longest > limits.maxStatementBytes {
            return failure(sql, InputTooLargeRule.descriptor,
                           "A statement of \(longest) bytes exceeds the limit of \(limits.maxStatementBytes) bytes per statement", at: 0)
        }
        let parse = options.injectedFault == .noParserThread ? nil
            : LargeStack.run(stackNeeded: longest * LargeStack.bytesPerStatementByte, { PgQuery.parseToJSON(sql) })
        guard let parsed = parse else {
            return failure(sql, InternalErrorRule.descriptor, "Could not start a parser thread with a large enough stack", at: 0)
        }
        let json: [UInt8]
        switch parsed {
        case .failure(let error):
            return failure(sql, ParseErrorRule.descriptor, "Syntax error: \(error.message)", at: error.position ?? 0)
        case .success(let bytes):
            json = options.injectedFault == .corruptParseTree ? Array(bytes.dropLast(3)) : bytes
        }
        do {
            let tape = try SyntaxTape(json: json)
            if tape.maxDepth > limits.maxNestingDepth {
                return failure(sql, NestingTooDeepRule.descriptor,
                               "The parse tree nests \(tape.maxDepth) levels deep, above the limit of \(limits.maxNestingDepth)", at: 0)
            }
            return try classifyStatements(sql, tape, survey)
        } catch {
            return failure(sql, InternalErrorRule.descriptor, "Internal error while reading the parse tree: \(error)", at: 0)
        }
    }

    private struct MissingStatements: Error {}

    private func classifyStatements(_ sql: [UInt8], _ tape: SyntaxTape, _ survey: SQLLexer.Survey) throws -> Report {
        let root = Node(tape: tape, index: 0)
        guard root.has("version") else { throw MissingStatements() }
        let statements = root.list("stmts")
        if statements.count > options.limits.maxStatements {
            return failure(sql, TooManyStatementsRule.descriptor,
                           "Input has \(statements.count) statements, above the limit of \(options.limits.maxStatements)", at: 0)
        }
        var reports: [StatementReport] = []
        reports.reserveCapacity(statements.count)
        var prepared: [String: [Finding]] = [:]
        for (index, raw) in statements.enumerated() {
            guard let statement = raw.field("stmt") else { throw MissingStatements() }
            let rawStart = raw.int("stmt_location") ?? 0
            let rawLength = raw.int("stmt_len") ?? 0
            let rawEnd = rawLength == 0 ? sql.count : min(sql.count, rawStart + rawLength)
            let start: Int, end: Int
            if rawStart == 0 && rawEnd == sql.count {
                // The statement is the whole input (the common case): the survey has lexed it already.
                start = survey.firstTokenStart
                end = max(start, survey.lastTokenEnd)
            } else {
                start = SQLLexer.firstTokenStart(in: sql, from: rawStart, to: rawEnd)
                end = max(start, SQLLexer.lastTokenEnd(in: sql, from: start, to: rawEnd))
            }
            let findings = engine.findings(for: statement, sql: sql, range: start..<end, prepared: prepared, nested: nestedClassifier)
            if statement.type.name == "PrepareStmt", let name = statement.string("name") {
                prepared[name] = findings
            }
            let access = ObjectAccess(statement: statement)
            reports.append(StatementReport(index: index, location: start, length: end - start, kind: CommandTag.of(statement),
                                           level: findings.reduce(.safe) { max($0, $1.level) }, findings: findings,
                                           reads: access.reads, writes: access.writes))
        }
        return Report(statements: reports)
    }

    /// Classifies SQL found inside a statement; every finding is placed at `location` of the outer input.
    private var nestedClassifier: NestedClassifier {
        let options = options
        let engine = engine
        let depth = bodyDepth + 1
        return NestedClassifier(classify: { text, location, _ in
            let report: Report
            if depth > options.limits.maxBodyNesting {
                report = Report(statements: [StatementReport(index: 0, location: 0, length: 0, kind: "UNKNOWN", level: .critical, findings: [
                    Finding(rule: NestingTooDeepRule.descriptor.id, level: .critical,
                            message: "Bodies nest more than \(options.limits.maxBodyNesting) deep", hint: NestingTooDeepRule.descriptor.hint,
                            location: 0, length: 0),
                ])])
            } else {
                report = Pipeline(options: options, bodyDepth: depth, engine: engine).run(Array(text.utf8))
            }
            // One list for the whole body: links between findings are renumbered to match it.
            var findings: [Finding] = []
            for statement in report.statements {
                let offset = findings.count
                findings += statement.findings.map { finding in
                    var moved = finding
                    moved.location = location
                    moved.length = 0
                    moved.derivedFrom = finding.derivedFrom?.map { $0 + offset }
                    return moved
                }
            }
            return findings
        }, depth: depth)
    }

    /// Stack one classification needs besides the parse (which sizes its own): constant folding
    /// recurses up to 64 levels and bodies nest up to 8 deep, about 5 KiB a level in a debug build.
    static let stackForRules = 1 << 20

    /// The report when no thread with enough stack could be started.
    func noThread(_ sql: [UInt8]) -> Report {
        failure(sql, InternalErrorRule.descriptor, "Could not start a thread with enough stack to classify the input", at: 0)
    }

    /// The report for input that cannot be classified statement by statement: one `critical` finding.
    private func failure(_ sql: [UInt8], _ rule: RuleDescriptor, _ message: String, at location: Int) -> Report {
        let inspectable = sql.count <= options.limits.maxInputBytes
        let start = inspectable ? SQLLexer.firstTokenStart(in: sql, from: 0, to: sql.count) : 0
        let end = inspectable ? max(start, SQLLexer.lastTokenEnd(in: sql, from: start, to: sql.count)) : sql.count
        // The finding covers the token at the error (the last token when the error is at the end).
        // Input too large to inspect: the finding covers all of it, unread (the C ABI says the same).
        let at = !inspectable ? 0..<sql.count
            : location < end ? ConstructSpan.at(location, in: sql, limit: end)
            : ConstructSpan.lastToken(in: sql, from: start, to: end) ?? (max(0, sql.count - 1)..<sql.count)
        let finding = Finding(rule: rule.id, level: .critical, message: message, hint: rule.hint, location: at.lowerBound, length: at.count)
        return Report(statements: [StatementReport(index: 0, location: start, length: end - start, kind: "UNKNOWN",
                                                   level: .critical, findings: [finding])])
    }
}

enum UTF8Validation {
    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // SQL is mostly ASCII: skip eight ASCII bytes at a time.
            if i &+ 8 <= n, bytes.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
