import CSQLRisk
import Foundation
import SQLRisk
@testable import SQLRiskC
import Testing

/// The C functions called directly, in this process: every case of SPEC §5's input contract.
@Suite("C ABI in process")
struct InProcessTests {
    let classifier = Classifier()

    /// Classifies through the C ABI and decodes the JSON, freeing the result.
    func classified(_ sql: UnsafePointer<CChar>?, _ len: Int) throws -> (level: sqlrisk_level, report: Report, json: String) {
        let result = try #require(sqlrisk_classify(sql, len))
        defer { sqlrisk_result_free(result) }
        let json = String(cString: try #require(sqlrisk_result_json(result)))
        let report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(sqlrisk_classify_level(sql, len) == sqlrisk_result_level(result))
        return (sqlrisk_result_level(result), report, json)
    }

    func classified(_ bytes: [UInt8]) throws -> (level: sqlrisk_level, report: Report, json: String) {
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try classified($0.baseAddress, $0.count) }
        }
    }

    @Test("the C ABI gives the Swift library's report, byte for byte", arguments: [
        "SELECT 1", "DELETE FROM users", "INSERT INTO t VALUES (1)", "CREATE TABLE t (a int)", "COMMIT; DROP SCHEMA public CASCADE",
        "SELECT FROM WHERE", "", "  -- only a comment", "SELECT 'h\u{E9}llo \u{2713}'",
    ])
    func sameAsSwift(sql: String) throws {
        let expected = classifier.classify(sql)
        let got = try classified(Array(sql.utf8))
        #expect(got.json == expected.json)
        #expect(got.report == expected)
        #expect(Int(got.level.rawValue) == expected.level.rawValue)
    }

    @Test func levelConstantsAreTheRiskLevels() {
        let constants = [SQLRISK_SAFE, SQLRISK_WRITE, SQLRISK_SCHEMA, SQLRISK_DESTRUCTIVE, SQLRISK_CRITICAL].map { Int($0.rawValue) }
        #expect(constants == RiskLevel.allCases.map(\.rawValue))
    }

    @Test func nullWithLengthZeroIsTheEmptyInput() throws {
        let got = try classified(nil, 0)
        #expect(got.level == SQLRISK_SAFE)
        #expect(got.report.statements.isEmpty)
    }

    @Test func nullWithALengthIsAnInvalidArgument() throws {
        let got = try classified(nil, 12)
        #expect(got.level == SQLRISK_CRITICAL)
        #expect(got.report.ruleIDs == ["parse-error"])
        #expect(got.report.findings.first?.message.contains("sql is NULL but len is 12") == true)
    }

    @Test func invalidUTF8AndNULAreParseErrors() throws {
        for bytes: [UInt8] in [[0x53, 0x45, 0xFF], Array("SELECT 1".utf8) + [0] + Array("; DROP TABLE t".utf8), [0xC0, 0xAF]] {
            let got = try classified(bytes)
            #expect(got.level == SQLRISK_CRITICAL)
            #expect(got.report.ruleIDs == ["parse-error"])
            #expect(got.json == classifier.classify(utf8: bytes).json)
        }
    }

    @Test("input over the limit: the library's report, without reading the bytes")
    func inputOverTheLimit() throws {
        let limit = classifier.options.limits.maxInputBytes
        let bytes = [UInt8](repeating: 0x20, count: limit + 1)
        let got = try classified(bytes)
        #expect(got.report.ruleIDs == ["input-too-large"])
        #expect(got.json == classifier.classify(utf8: bytes).json)
        // A 100 MB input, and a length no buffer can have (SIZE_MAX): same answer, nothing read.
        let small: [CChar] = [0x31]
        for length in [100_000_000, -1] {
            let result = try small.withUnsafeBufferPointer { try classified($0.baseAddress, length) }
            #expect(result.level == SQLRISK_CRITICAL)
            #expect(result.report.ruleIDs == ["input-too-large"])
        }
    }

    @Test func deepExpressionIsCriticalNotACrash() throws {
        let got = try classified(Array(("SELECT 1" + String(repeating: "+1", count: 100_000)).utf8))
        #expect(got.level == SQLRISK_CRITICAL)
    }

    @Test func nullResults() {
        sqlrisk_result_free(nil)
        #expect(sqlrisk_result_level(nil) == SQLRISK_CRITICAL)
        #expect(sqlrisk_result_json(nil) == nil)
    }

    @Test func versions() {
        #expect(sqlrisk_abi_version() == SQLRISK_ABI_VERSION)
        let version = String(cString: sqlrisk_version())
        #expect(version == "sqlrisk \(SQLRiskVersion.version) (PostgreSQL \(SQLRiskVersion.postgresGrammar) grammar)")
        #expect(sqlrisk_version() == sqlrisk_version(), "a static string, the same every time")
    }
}
