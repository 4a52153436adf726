import CPgQuery
import Foundation
import Testing
@testable import SQLRisk

/// The report fields of SPEC §2 round 2: line/column, fingerprint, reads/writes and the quoting of names.
@Suite struct ReportFieldsTests {
    let classifier = Classifier(options: .init(fingerprints: true))

    @Test func linesAndColumnsCountScalarsAfterCRLF() {
        // CRLF line ends and a two-byte letter before the DROP on line 2.
        let report = classifier.classify("SELECT 1;\r\n  SELECT 'é'; DROP TABLE t;\rDELETE FROM u")
        let positions = report.statements.map { [$0.line, $0.column] }
        // é is one column although it is two bytes; a lone CR ends a line too.
        #expect(positions == [[1, 1], [2, 3], [2, 15], [3, 1]])
        let drop = report.statements[2].findings.first
        #expect(drop.map { [$0.line, $0.column] } == [2, 15])
    }

    @Test func aByteOrderMarkIsNotAColumn() {
        let sql = Array("\u{FEFF}SELECT 1;\nX".utf8)
        let positions = SourcePositions(of: [3, 13], in: sql)
        #expect(positions[3] == .init(line: 1, column: 1))
        #expect(positions[13] == .init(line: 2, column: 1))
    }

    @Test func findingPositionsFollowTheirLocation() {
        let report = classifier.classify("SELECT 1;\n\nSELECT pg_read_file('/etc/passwd')")
        let finding = report.findings.first { $0.rule == "server-function" }
        #expect(finding?.line == 3)
        #expect(finding?.column == 8)
    }

    @Test(arguments: [
        ("SELECT * FROM users", ["users"], [String]()),
        ("SELECT * FROM \"My Schema\".\"Users\" JOIN public.orders o ON true", ["\"My Schema\".\"Users\"", "public.orders"], []),
        ("SELECT * FROM \"public.users\"", ["\"public.users\""], []),
        ("SELECT * FROM \"select\", \"a\"\"b\"", ["\"a\"\"b\"", "\"select\""], []),
        ("WITH d AS (DELETE FROM sessions RETURNING *) SELECT * FROM d", [], ["sessions"]),
        ("INSERT INTO audit SELECT * FROM events", ["events"], ["audit"]),
        ("UPDATE accounts SET x = 1 FROM rates WHERE rates.id = accounts.id", ["rates"], ["accounts"]),
        ("TRUNCATE a, b.c", [], ["a", "b.c"]),
        ("DROP TABLE \"Users\", public.t", [], ["\"Users\"", "public.t"]),
        ("COPY t TO STDOUT", ["t"], []),
        ("COPY t FROM STDIN", [], ["t"]),
        ("CREATE TABLE n AS SELECT * FROM o", ["o"], ["n"]),
        ("ALTER TABLE public.users DROP COLUMN \"Email\"", [], ["public.users"]),
        ("SELECT * FROM UsErS", ["users"], []),
    ])
    func readsAndWrites(sql: String, reads: [String], writes: [String]) {
        for usePrefilter in [true, false] {
            let statement = Classifier(options: .init(usePrefilter: usePrefilter)).classify(sql).statements.first
            #expect(statement?.reads == reads, "prefilter \(usePrefilter)")
            #expect(statement?.writes == writes, "prefilter \(usePrefilter)")
        }
    }

    @Test func findingObjectsUseTheSameQuoting() {
        let report = classifier.classify("DELETE FROM \"My Schema\".\"Users\"")
        #expect(report.findings.first?.objects == ["\"My Schema\".\"Users\""])
        let column = classifier.classify("ALTER TABLE t DROP COLUMN \"Email\"")
        #expect(column.findings.first?.objects == ["t.\"Email\""])
    }

    @Test func fingerprintIsAbsentForUnparseableStatementsAndWhenNotAsked() {
        #expect(classifier.classify("SELEC 1").statements.first?.fingerprint == nil)
        #expect(Classifier().classify("SELECT 1").statements.first?.fingerprint == nil)
        let fingerprint = classifier.classify("SELECT 1").statements.first?.fingerprint
        #expect(fingerprint?.count == 16)
        // The prefilter answers `SELECT 1`; the full pipeline must give the same fingerprint.
        #expect(Classifier(options: .init(usePrefilter: false, fingerprints: true)).classify("SELECT 1").statements.first?.fingerprint == fingerprint)
        // Literals do not change a fingerprint; the statement's shape does.
        #expect(classifier.classify("SELECT 2").statements.first?.fingerprint == fingerprint)
        #expect(classifier.classify("SELECT 1 FROM t").statements.first?.fingerprint != fingerprint)
    }

    @Test func reportJSONCarriesTheNewFieldsAndDecodes() throws {
        let report = classifier.classify("DELETE FROM users")
        let decoded = try JSONDecoder().decode(Report.self, from: Data(report.json.utf8))
        #expect(decoded == report)
        #expect(report.json.contains("\"fingerprint\":\"\(report.statements[0].fingerprint ?? "?")\""))
        #expect(report.json.contains("\"line\":1,\"column\":1"))
    }
}

/// The fingerprint of every statement of PostgreSQL's regression SQL equals what libpg_query itself
/// gives for the statements it splits out of the same input.
@Suite(.enabled(if: RegressionCorpus.isPresent, "../shared/corpus/pg15-regress is absent"))
struct FingerprintCorpusTests {
    @Test func fingerprintsMatchPgQueryFingerprintOnTheRegressionCorpus() {
        let classifier = Classifier(options: .init(fingerprints: true))
        var compared = 0
        for file in RegressionCorpus.files("sql") {
            // The statements that parse on their own, as one input: one statement per split.
            let parsing = RegressionCorpus.statements(of: file).filter(Self.parses)
            guard !parsing.isEmpty else { continue }
            let input = Array(parsing.joined(separator: Array("\n;\n".utf8)))
            let expected = Self.libpgQueryFingerprints(input)
            let report = classifier.classify(utf8: input)
            #expect(report.statements.map(\.fingerprint) == expected, "\(file.lastPathComponent)")
            compared += expected.count
        }
        #expect(compared > 30_000)
    }

    static func parses(_ statement: [UInt8]) -> Bool {
        withCString(statement) { text in
            let result = pg_query_parse(text)
            defer { pg_query_free_parse_result(result) }
            return result.error == nil
        }
    }

    /// libpg_query's split of `input`, each statement fingerprinted by `pg_query_fingerprint`.
    static func libpgQueryFingerprints(_ input: [UInt8]) -> [String?] {
        withCString(input) { text in
            let split = pg_query_split_with_parser(text)
            defer { pg_query_free_split_result(split) }
            guard split.error == nil else { return [] }
            return (0..<Int(split.n_stmts)).map { i in
                let statement = split.stmts[i]!.pointee
                let start = Int(statement.stmt_location)
                let bytes = Array(input[start..<(statement.stmt_len == 0 ? input.count : start + Int(statement.stmt_len))])
                return withCString(bytes) { piece in
                    let result = pg_query_fingerprint(piece)
                    defer { pg_query_free_fingerprint_result(result) }
                    return result.error == nil ? result.fingerprint_str.map { String(cString: $0) } : nil
                }
            }
        }
    }

    static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        var terminated = bytes
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: $0.count, body) }
    }
}
