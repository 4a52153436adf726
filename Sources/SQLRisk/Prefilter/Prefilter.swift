/// The fast path for read-only SQL (DESIGN: "The prefilter"). It proves that input is made of pure
/// queries (SELECT, VALUES, TABLE, WITH without writes, SHOW, EXPLAIN without ANALYZE) that call only
/// functions the catalogue knows to be read-only, and then answers with the report the full pipeline
/// would give, without parsing. Anything it does not fully understand gets no answer, and the parser
/// decides. It must never be wrong: `PrefilterSoundnessTests` hold it to that.
enum Prefilter {
    /// The report for input the prefilter proves read-only, or nil for "don't know". The input has
    /// passed the pipeline's size, NUL and UTF-8 checks.
    static func report(for sql: [UInt8], limits: Limits) -> Report? {
        // The parser's own limits: larger input goes the full way and gets its finding there.
        guard sql.count <= limits.maxStatementBytes, sql.count <= limits.maxInputBytes else { return nil }
        if sql.isEmpty { return Report(statements: []) }
        let nesting = nestingBudget()
        guard nesting >= minimumNesting else { return nil }
        return sql.withUnsafeBufferPointer { buffer -> Report? in
            var parser = PrefilterParser(buffer, maxNesting: nesting)
            var statements: [StatementReport] = []
            while parser.token.kind != .end {
                let start = parser.token.start
                parser.deepest = 0
                parser.links = 0
                guard let kind = parser.statement() else { return nil }
                // Anything but `;` (or the end) after a statement, and an empty statement before the
                // first, are left to the parser.
                guard parser.token.kind == .semicolon || parser.token.kind == .end,
                      estimatedTreeDepth(parser) <= limits.maxNestingDepth,
                      statements.count < limits.maxStatements else { return nil }
                statements.append(StatementReport(index: statements.count, location: start, length: parser.lastEnd - start,
                                                  kind: kind, level: .safe, findings: []))
                while parser.accept(.semicolon) {}
            }
            return Report(statements: statements)
        }
    }

    /// `x AT TIME ZONE z` is a call of pg_catalog.timezone: allowed when the catalogue says it reads only.
    static let timezoneIsReadOnly = FunctionCatalogue.isReadOnly("timezone", schema: "pg_catalog")

    // MARK: Bounds

    /// An upper bound on the depth of libpg_query's JSON tree for the statement just recognized, to
    /// compare with `Limits.maxNestingDepth` as the full pipeline does. Each level of the recognizer's
    /// recursion adds at most a few containers (a function call three, a subquery seven) and each
    /// left-deep link (operator, cast, join, set operation) two; AND and OR chains are flattened.
    /// `PrefilterSoundnessTests` checks the bound against the real trees.
    static func estimatedTreeDepth(_ parser: PrefilterParser) -> Int {
        32 + 8 * parser.deepest + 3 * parser.links
    }

    /// Recursion the caller's stack allows: `bytesPerLevel` is a generous bound for one level of the
    /// recognizer in a debug build (a few frames), and `reserve` stays free for whoever called us.
    static func nestingBudget() -> Int {
        let remaining = LargeStack.remainingOnCurrentThread()
        guard remaining > reserve else { return 0 }
        return min(maximumNesting, (remaining - reserve) / bytesPerLevel)
    }

    static let maximumNesting = 400
    static let minimumNesting = 24
    static let bytesPerLevel = 4096
    static let reserve = 64 * 1024
}
