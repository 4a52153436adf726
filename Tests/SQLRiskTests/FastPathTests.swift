import Testing
@testable import SQLRisk

/// The shortcuts taken for speed (see Benchmarks/) must answer exactly what the plain code answers.
@Suite struct FastPathTests {
    static let samples = [
        "", "   ", ";", " ; ; ", "SELECT 1", "  SELECT 1;  ", "-- c\nSELECT 1 -- d", "/* a */ SELECT 1 /* b */ ;",
        "/* unterminated", "SELECT 'unterminated", "SELECT 1; SELECT 2", "CREATE RULE r AS ON INSERT TO t DO (SELECT 1; SELECT 2)",
        "SELECT $$a;b$$;", "SELECT \"x;\" FROM t;;", "E'\\'' ; DELETE FROM t", "  \n\t",
    ]

    /// The pipeline's one lexer pass gives what `longestStatementLength`, `firstTokenStart` and
    /// `lastTokenEnd` give on their own.
    @Test(arguments: samples) func surveyMatchesTheSeparatePasses(_ sql: String) {
        Self.expectSurveyMatches(Array(sql.utf8))
    }

    @Test(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
    func surveyMatchesOnTheRegressionCorpus() {
        for file in RegressionCorpus.files("sql") {
            for statement in RegressionCorpus.statements(of: file) { Self.expectSurveyMatches(statement) }
        }
    }

    static func expectSurveyMatches(_ sql: [UInt8]) {
        let survey = SQLLexer.survey(sql)
        let start = SQLLexer.firstTokenStart(in: sql, from: 0, to: sql.count)
        var lexer = SQLLexer(sql)
        var depth = 0, segmentStart = 0, longest = 0
        while let token = lexer.next() {
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            case .semicolon where depth == 0:
                longest = max(longest, token.start - segmentStart)
                segmentStart = token.end
            default: break
            }
        }
        #expect(survey.longestStatement == max(longest, sql.count - segmentStart))
        #expect(survey.firstTokenStart == start)
        #expect(max(start, survey.lastTokenEnd) == max(start, SQLLexer.lastTokenEnd(in: sql, from: start, to: sql.count)))
    }

    /// The node type table finds every PostgreSQL 15 node type by its bytes, and nothing else.
    @Test func nodeTypeLookupFindsEveryName() {
        for name in NodeType.names {
            #expect(NodeType(name).name == name)
            let bytes = Array(name.utf8)
            #expect(bytes.withUnsafeBufferPointer { NodeType(bytes: $0) } == NodeType(name))
            let longer = bytes + [0x78]
            #expect(longer.withUnsafeBufferPointer { NodeType(bytes: $0) } == .unknown)
            let shorter = Array(bytes.dropLast())
            #expect(shorter.withUnsafeBufferPointer { NodeType(bytes: $0) } != NodeType(name))
        }
    }

    /// Command tags by node type id agree with the tag table they are built from.
    @Test func commandTagsOfFixedStatements() {
        #expect(Classifier().classify("TRUNCATE t").statements.first?.kind == "TRUNCATE TABLE")
        #expect(Classifier().classify("CREATE FOREIGN TABLE ft (a int) SERVER s").statements.first?.kind == "CREATE FOREIGN TABLE")
        #expect(Classifier().classify("DROP FOREIGN TABLE ft").statements.first?.kind == "DROP FOREIGN TABLE")
        #expect(Classifier().classify("SELECT 1").statements.first?.kind == "SELECT")
    }
}
