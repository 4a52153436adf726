import Foundation
import Testing
@testable import SQLRisk

/// The prefilter's one promise, tested as a property: whenever it answers "certainly read-only", the
/// full pipeline calls the input safe and gives the very same report. Zero exceptions; a failure
/// prints the input. Everything is seeded, so every run checks the same inputs.
@Suite struct PrefilterSoundnessTests {
    /// Every Corpus case as a whole input (none yet is fine).
    @Test func corpusCases() {
        var oracle = PrefilterOracle()
        for item in PrefilterInputs.corpusCases { oracle.check(item.sql) }
        print("Corpus: \(oracle.summary)")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    @Test func applicationWorkload() {
        var oracle = PrefilterOracle()
        for statement in PrefilterInputs.applicationWorkload { oracle.check(statement) }
        print("Application workload: \(oracle.summary)")
        #expect(oracle.checked > 1_000)
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    @Test(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
    func regressionStatements() {
        var oracle = PrefilterOracle()
        for statement in PrefilterInputs.regression { oracle.check(statement) }
        print("Regression statements: \(oracle.summary)")
        #expect(oracle.checked > 30_000)
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    /// Each regression statement glued to the next with `;`: the second one must not slip through.
    @Test(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
    func consecutiveRegressionPairs() {
        var oracle = PrefilterOracle()
        let statements = PrefilterInputs.regression
        for (first, second) in zip(statements, statements.dropFirst()) {
            oracle.check(first + Array(";".utf8) + second)
        }
        print("Regression pairs: \(oracle.summary)")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    /// A prefix of one statement glued to a suffix of another at random cut points, with random
    /// insertions of the characters that change how SQL is split: most splices do not even parse, and
    /// the prefilter must refuse every one of those.
    @Test func randomSplices() {
        let pool = SplicePool.statements
        var random = SplitMix64(seed: 0x5EED_0F_5011D)
        var oracle = PrefilterOracle()
        for _ in 0..<200_000 {
            oracle.check(SplicePool.splice(pool, &random))
        }
        print("Random splices: \(oracle.summary)")
        #expect(oracle.accepted > 1_000, "the splices should reach the prefilter's grammar")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    /// Token-level mutations of statements the prefilter accepts (a token dropped, doubled, swapped,
    /// or replaced by a token of another statement): inputs one step from the grammar's edge.
    @Test func tokenMutations() {
        let accepted = SplicePool.statements.filter { Prefilter.report(for: $0, limits: .default) != nil }
        let tokenized = accepted.map { statement -> ([UInt8], [Range<Int>]) in
            var lexer = SQLLexer(statement)
            var ranges: [Range<Int>] = []
            while let token = lexer.next() { ranges.append(token.start..<token.end) }
            return (statement, ranges)
        }
        var random = SplitMix64(seed: 0x70_4E_11)
        var oracle = PrefilterOracle()
        for _ in 0..<100_000 {
            oracle.check(SplicePool.mutate(tokenized, &random))
        }
        print("Token mutations: \(oracle.summary)")
        #expect(oracle.accepted > 1_000)
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    /// Every PostgreSQL keyword, in lower and upper case, in every place the prefilter's grammar
    /// takes a name or a keyword: a keyword accepted where PostgreSQL has another token (or none)
    /// shows up here.
    @Test func keywordSweep() {
        let lists = [PrefilterKeywords.unreserved, PrefilterKeywords.columnName, PrefilterKeywords.typeOrFunctionName,
                     PrefilterKeywords.reserved]
        let words = lists.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        var oracle = PrefilterOracle()
        for word in words {
            for k in [word, word.uppercased()] {
                for template in Self.nameTemplates { oracle.check(Array(template.replacingOccurrences(of: "K", with: k).utf8)) }
            }
        }
        print("Keyword sweep: \(oracle.summary)")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    /// Every name the function catalogue knows, called, named in attribute notation, in FROM, quoted
    /// and qualified: the prefilter must agree with the function rules on each.
    @Test func functionNameSweep() {
        var oracle = PrefilterOracle()
        let templates = ["SELECT K(1)", "SELECT K()", "SELECT K(*)", "SELECT t.K FROM t", "SELECT (t).K FROM t", "SELECT * FROM K(1)",
                         "SELECT pg_catalog.K(x)", "SELECT \"K\"(1)", "SELECT t.\"K\" FROM t", "SELECT K FROM t", "SELECT x FROM t WHERE K(x)",
                         "SELECT 1 AS K", "SELECT x::K", "SELECT K 'x'", "SELECT * FROM t K", "SELECT K.x FROM t K", "SELECT public.K(1)"]
        for name in FunctionNames.all.sorted() {
            for template in templates { oracle.check(Array(template.replacingOccurrences(of: "K", with: name).utf8)) }
        }
        print("Function name sweep: \(oracle.summary)")
        #expect(oracle.failures.isEmpty, "\(oracle.failures.joined(separator: "\n\n"))")
    }

    static let nameTemplates = [
        "SELECT K", "SELECT K FROM t", "SELECT t.K FROM t", "SELECT K.x FROM t K", "SELECT K(1)", "SELECT K()", "SELECT pg_catalog.K(1)",
        "SELECT 1 AS K", "SELECT 1 K", "SELECT 1 K FROM t", "SELECT * FROM K", "SELECT * FROM t K", "SELECT * FROM t AS K",
        "SELECT * FROM t AS x(K)", "SELECT * FROM s.K", "WITH K AS (SELECT 1) SELECT 1", "WITH x(K) AS (SELECT 1) SELECT 1",
        "SELECT x::K", "SELECT x::K(1)", "SELECT x::K[]", "SELECT K 'x'", "SELECT x FROM t ORDER BY K", "SELECT x FROM t ORDER BY x K",
        "SELECT count(*) OVER (ORDER BY K) FROM t", "SELECT count(*) OVER (PARTITION BY K) FROM t", "SHOW K", "SHOW K.x",
        "EXPLAIN (K) SELECT 1", "EXPLAIN (costs K) SELECT 1", "EXPLAIN K SELECT 1", "SELECT extract(K FROM x)", "SELECT a K b",
        "SELECT * FROM t JOIN u K ON true", "SELECT (x).K", "SELECT $1.K", "SELECT x FROM t WHERE K", "SELECT x FROM t WHERE x = K",
        "SELECT K IS NULL", "SELECT NOT K", "SELECT - K", "SELECT K + 1", "SELECT 1 + K", "SELECT K[1]", "SELECT f(K)", "SELECT lower(K)",
        "SELECT K K", "SELECT K FROM K", "SELECT x FROM t GROUP BY K", "SELECT x FROM t LIMIT K", "SELECT CAST(x AS K)",
        "SELECT x FROM t WHERE x K y", "SELECT x K FROM t", "SELECT x FROM t K JOIN u ON true", "SELECT 1 K 2", "TABLE K",
        "SELECT x FROM t WHERE x IN (K)", "SELECT x FROM t WHERE x BETWEEN K AND 2", "SELECT * FROM t WHERE a = ANY(K)",
        "SELECT K(x) OVER ()", "SELECT lower(x) K", "SELECT x FROM (SELECT 1) K", "SELECT ARRAY[K]", "SELECT ROW(K)", "VALUES (K)",
        "SELECT CASE K WHEN 1 THEN 2 END", "SELECT x AT TIME ZONE K", "SELECT interval K", "SELECT K.K.K", "SELECT t.* K FROM t",
        "SELECT count(*) FILTER (WHERE K) FROM t", "SELECT x FROM t ORDER BY x NULLS K", "SELECT x FROM t ORDER BY K NULLS first",
        "SELECT 1 UNION K SELECT 2", "SELECT x FROM t WHERE x IS K", "SELECT x FROM t WHERE x IS NOT K", "SELECT x FROM t WHERE x NOT K y",
        "SELECT x COLLATE K", "SELECT x COLLATE K.K", "SELECT x LIKE y ESCAPE K", "SELECT x K TO y", "SELECT trim(K FROM x)",
        "SELECT trim(K x FROM y)", "SELECT position(K IN x)", "SELECT substring(x FROM K)", "SELECT substring(x K 1)",
        "SELECT x FROM t FETCH FIRST K ROWS ONLY", "SELECT x FROM t FETCH K 1 ROWS ONLY", "SELECT x FROM t OFFSET K ROWS",
        "SELECT x FROM t OFFSET 1 K", "SELECT f(x) WITHIN GROUP (ORDER BY K)", "SELECT rank(x) K GROUP (ORDER BY x)",
        "SELECT * FROM generate_series(1, 2) WITH K", "SELECT count(*) OVER (ROWS 1 PRECEDING EXCLUDE K) FROM t",
        "SELECT count(*) OVER (K 1 PRECEDING) FROM t", "SELECT K FROM t FROM t", "SELECT ALL K FROM t",
        // Before the partners of PostgreSQL's lookahead tokens (NOT_LA, NULLS_LA, WITH_LA).
        "SELECT t.K LIKE 'x'", "SELECT t.K BETWEEN 1 AND 2", "SELECT t.K IN (1)", "SELECT (t).K ILIKE 'x'", "SELECT 1 AS K LIKE 'x'",
        "SELECT t.K SIMILAR TO 'x'", "SELECT * FROM f(1) AS K ORDINALITY", "SELECT x FROM t ORDER BY t.K LAST", "SELECT x::K TIME ZONE",
        "SELECT x FROM t ORDER BY K FIRST", "SELECT K LIKE 'x'", "SELECT 1 AS K FIRST", "SELECT K TIME", "SELECT $1.K IN (1)",
        "SELECT x FROM t WINDOW K AS ()", "SELECT count(*) OVER K FROM t", "SELECT count(*) OVER K FROM t WINDOW K AS (ORDER BY x)",
        "K SELECT 1", "SELECT 1; K", "; K",
    ]

    /// With small limits the prefilter must leave what exceeds them to the full pipeline, which
    /// reports the limit: its depth estimate has to bound libpg_query's real tree.
    @Test func smallLimits() {
        var random = SplitMix64(seed: 0x1_1417)
        var inputs = Array(Set(SplicePool.statements.filter { Prefilter.report(for: $0, limits: .default) != nil })).sorted { $0.lexicographicallyPrecedes($1) }
        for depth in [1, 2, 5, 10, 50, 200, 1_000] {
            inputs.append(Array(("SELECT " + Array(repeating: "1", count: depth).joined(separator: " + ")).utf8))
            inputs.append(Array((String(repeating: "SELECT (", count: depth) + "1" + String(repeating: ")", count: depth)).utf8))
            inputs.append(Array(("SELECT " + String(repeating: "abs(", count: depth) + "1" + String(repeating: ")", count: depth)).utf8))
            inputs.append(Array(("SELECT x" + String(repeating: "::int", count: depth)).utf8))
            inputs.append(Array(("SELECT 1" + String(repeating: " UNION SELECT 1", count: depth)).utf8))
            inputs.append(Array(("SELECT * FROM a" + String(repeating: " JOIN a USING (x)", count: depth)).utf8))
            inputs.append(Array(("SELECT " + String(repeating: "NOT ", count: depth) + "true").utf8))
            inputs.append(Array(Array(repeating: "SELECT 1", count: depth).joined(separator: ";").utf8))
        }
        var checked = 0
        for limits in [Limits(maxNestingDepth: 40), Limits(maxNestingDepth: 200), Limits(maxNestingDepth: 2_000),
                       Limits(maxStatementBytes: 100), Limits(maxStatements: 3)] {
            var oracle = PrefilterOracle(limits: limits)
            for input in inputs where random.chance(15) || input.count > 200 { oracle.check(input) }
            checked += oracle.checked
            #expect(oracle.failures.isEmpty, "\(limits): \(oracle.failures.joined(separator: "\n\n"))")
        }
        #expect(checked > 1_000)
    }
}

/// The statements splices are made of, and how they are cut, glued and mutated.
enum SplicePool {
    /// Regression statements (when present), the application workload, the Corpus and the
    /// prefilter's own examples; statements the prefilter accepts are kept twice as often, so that
    /// splices land near the edge of its grammar.
    static let statements: [[UInt8]] = {
        var pool = PrefilterInputs.applicationWorkload + PrefilterInputs.corpusCases.map(\.sql)
            + PrefilterExamples.accepted.map { Array($0.utf8) } + PrefilterExamples.refused.map { Array($0.utf8) }
        pool += PrefilterInputs.regression
        let accepted = pool.filter { Prefilter.report(for: $0, limits: .default) != nil }
        return pool + accepted + accepted
    }()

    /// Insertions that change where strings, comments and statements end.
    static let fragments = [
        ";", ";", "'", "'", "\"", "$$", "$a$", "/*", "*/", "--", "\n", "\\", "\\'", "(", ")", "E'", "''", "::", ",", " ", ".",
        "*", "[", "]", "$1", " 1 ", " t ", " = ", " AND ", " OR ", " NOT ", " IS NULL ", " SELECT ", " FROM ", " WHERE ",
        " UNION ", " AS ", " INTO ", " FOR UPDATE ", "; DROP TABLE t", " ORDER BY 1 ", " LIMIT 1 ", " WITH ", " VALUES ", "U&'",
        " 1e", "abc", "0x", "\u{00A0}", "é", " ANALYZE ", " nextval('s') ", " pg_sleep(1) ", " lower(x) ", " = ANY(", " IN (",
    ].map { Array($0.utf8) }

    static func splice(_ pool: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
        let first = random.pick(pool), second = random.pick(pool)
        var result = Array(first[..<boundary(first, random.below(first.count + 1))])
            + Array(second[boundary(second, random.below(second.count + 1))...])
        for _ in 0..<random.below(4) {
            let at = boundary(result, random.below(result.count + 1))
            result.insert(contentsOf: random.pick(fragments), at: at)
        }
        return result
    }

    /// One to three token-level edits of an accepted statement.
    static func mutate(_ statements: [([UInt8], [Range<Int>])], _ random: inout SplitMix64) -> [UInt8] {
        let (bytes, ranges) = random.pick(statements)
        var tokens = ranges.map { Array(bytes[$0]) }
        guard !tokens.isEmpty else { return bytes }
        for _ in 0...random.below(3) {
            let i = random.below(tokens.count)
            switch random.below(5) {
            case 0 where tokens.count > 1: tokens.remove(at: i)
            case 1: tokens.insert(tokens[i], at: i)
            case 2 where i + 1 < tokens.count: tokens.swapAt(i, i + 1)
            case 3:
                let (other, otherRanges) = random.pick(statements)
                if let range = otherRanges.randomElement(using: &random) { tokens[i] = Array(other[range]) }
            default: tokens.insert(random.pick(fragments), at: i)
            }
        }
        return Array(tokens.joined(separator: [0x20]))
    }

    /// The nearest UTF-8 character boundary at or before `offset`.
    static func boundary(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}

extension SplitMix64: RandomNumberGenerator {}
