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

    /// With small limits the prefilter must leave what exceeds them to the full pipeline, which
    /// reports the limit: its depth estimate has to bound libpg_query's real tree.
    @Test func smallLimits() {
        var random = SplitMix64(seed: 0x1_1417)
        var inputs = SplicePool.statements.filter { Prefilter.report(for: $0, limits: .default) != nil }
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
            for input in inputs where random.chance(60) || input.count > 200 { oracle.check(input) }
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
