/// The fast path for read-only SQL (DESIGN: "The prefilter"). It proves that input is made of pure
/// queries (SELECT, VALUES, TABLE, WITH without writes, SHOW, EXPLAIN without ANALYZE) that call only
/// functions the catalogue knows to be read-only, and then answers with the report the full pipeline
/// would give, without parsing. Anything it does not fully understand gets no answer, and the parser
/// decides. It must never be wrong: `PrefilterSoundnessTests` hold it to that.
enum Prefilter {
    /// The report for input the prefilter proves read-only, or nil for "don't know". The input has
    /// passed the pipeline's size, NUL and UTF-8 checks.
    static func report(for sql: [UInt8], limits: Limits) -> Report? {
        var statements: [StatementReport] = []
        let recognized = recognize(sql, limits: limits) { index, location, length, kind, names in
            let reads = sql.withUnsafeBufferPointer { PrefilterNames.reads(names, in: $0) }
            statements.append(StatementReport(index: index, location: location, length: length, kind: kind.tag, level: .safe, findings: [],
                                              reads: reads))
        }
        guard recognized else { return nil }
        // Every statement is safe, so the report is too (without `init(statements:)`'s extra array).
        var report = Report(level: .safe, statements: statements)
        ReportAnnotation.addPositions(to: &report, sql: sql)
        return report
    }

    /// True when every statement of `sql` is a pure query, handing each one's index, location,
    /// length, kind and relation names to `found`.
    @inline(__always)
    static func recognize(_ sql: [UInt8], limits: Limits,
                          _ found: (Int, Int, Int, PrefilterParser.StatementKind, [PrefilterNames.Part]) -> Void) -> Bool {
        // The parser's own limits: larger input goes the full way and gets its finding there.
        guard sql.count <= limits.maxStatementBytes, sql.count <= limits.maxInputBytes, sql.count < Int32.max else { return false }
        if sql.isEmpty { return true }
        let nesting = nestingBudget()
        guard nesting >= minimumNesting else { return false }
        return sql.withUnsafeBufferPointer { buffer in
            var parser = PrefilterParser(buffer, maxNesting: nesting)
            var count = 0
            while parser.accept(.semicolon) {}   // empty statements are no statements
            while parser.token.kind != .end {
                let start = parser.token.start
                parser.deepest = 0
                parser.links = 0
                parser.names.removeAll(keepingCapacity: true)
                guard let kind = parser.statement() else { return false }
                // Anything but `;` (or the end) after a statement is left to the parser.
                guard parser.token.kind == .semicolon || parser.token.kind == .end,
                      estimatedTreeDepth(deepest: parser.deepest, links: parser.links) <= limits.maxNestingDepth, count < limits.maxStatements else { return false }
                found(count, start, parser.lastEnd - start, kind, parser.names)
                count += 1
                while parser.accept(.semicolon) {}
            }
            return true
        }
    }

    // Syntax that PostgreSQL turns into calls of pg_catalog functions: allowed when the catalogue says
    // those functions only read.
    /// `x AT TIME ZONE z`: timezone.
    static let timezoneIsReadOnly = FunctionCatalogue.isReadOnly("timezone", schema: "pg_catalog")
    /// `x SIMILAR TO p [ESCAPE e]`: similar_to_escape.
    static let similarToIsReadOnly = FunctionCatalogue.isReadOnly("similar_to_escape", schema: "pg_catalog")
    /// `x LIKE p ESCAPE e`: like_escape.
    static let likeEscapeIsReadOnly = FunctionCatalogue.isReadOnly("like_escape", schema: "pg_catalog")
    /// `TRIM([BOTH | LEADING | TRAILING] ...)`: btrim, ltrim, rtrim.
    static let trimIsReadOnly = ["btrim", "ltrim", "rtrim"].allSatisfy { FunctionCatalogue.isReadOnly($0, schema: "pg_catalog") }

    // MARK: Bounds

    /// An upper bound on the depth of libpg_query's JSON tree for the statement just recognized, to
    /// compare with `Limits.maxNestingDepth` as the full pipeline does. Each level of the recognizer's
    /// recursion adds at most a few containers (a function call three, a subquery seven) and each
    /// left-deep link (operator, cast, join, set operation) two; AND and OR chains are flattened.
    /// `PrefilterSoundnessTests` checks the bound against the real trees.
    static func estimatedTreeDepth(deepest: Int, links: Int) -> Int {
        32 + 8 * deepest + 3 * links
    }

    /// Recursion the caller's stack allows: `bytesPerLevel` bounds one level of the recognizer (a few
    /// frames; `PrefilterTests.deepNestingStaysWithinTheStack` crashes a debug build at 1 KB a level),
    /// and `reserve` stays free for whoever called us.
    static func nestingBudget() -> Int {
        let remaining = LargeStack.remainingOnCurrentThread()
        guard remaining > reserve else { return 0 }
        return min(maximumNesting, (remaining - reserve) / bytesPerLevel)
    }

    static let maximumNesting = 400
    static let minimumNesting = 24
    #if DEBUG
    static let bytesPerLevel = 8192
    #else
    static let bytesPerLevel = 4096
    #endif
    static let reserve = 64 * 1024
}

extension Classifier {
    /// The prefilter's answer alone: the report when it proves `bytes` read-only, nil for "don't
    /// know". Only for benchmarks and differential tests; `classify` runs it first anyway. The bytes
    /// must be valid UTF-8 without NUL, as `classify` checks before the prefilter runs.
    @_spi(Benchmarks) public func prefilterReport(utf8 bytes: [UInt8]) -> Report? {
        Prefilter.report(for: bytes, limits: options.limits)
    }

    /// Whether the prefilter proves `bytes` read-only, without building the report: its raw speed.
    @_spi(Benchmarks) public func prefilterAccepts(utf8 bytes: [UInt8]) -> Bool {
        Prefilter.recognize(bytes, limits: options.limits) { _, _, _, _, _ in }
    }

    /// The prefilter's scanner alone: how many tokens it cuts from `bytes` before the end or the first
    /// token it does not handle. Only for benchmarks: what the grammar costs is the difference.
    @_spi(Benchmarks) public func prefilterTokenCount(utf8 bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return 0 }
            var parser = PrefilterParser(buffer, maxNesting: 0)
            var tokens = 0
            while parser.token.kind != .end, parser.token.kind != .bad {
                tokens += 1
                parser.advance()
            }
            return tokens
        }
    }
}
