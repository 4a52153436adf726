import Testing
@testable import SQLRisk

/// One Classifier shared by many tasks answers exactly as it does on one thread.
@Suite struct ConcurrencyTests {
    static let inputs: [String] = [
        "SELECT * FROM users WHERE id = $1", "DELETE FROM users", "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
        "DO $$ BEGIN EXECUTE format('DROP TABLE %I', t); END $$", "SELECT pg_read_file('/etc/passwd')", "SELEC oops",
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ DELETE FROM carts $$", "GRANT ALL ON t TO PUBLIC",
        "SELECT 1" + String(repeating: "+1", count: 20_000), "INSERT INTO t VALUES (1); UPDATE t SET a = 2 WHERE id = 1",
    ]

    @Test func sharedClassifierAcrossTasksMatchesSingleThread() async {
        let classifier = Classifier()
        let expected = Self.inputs.map { classifier.classify($0) }
        let rounds = 40
        let results = await withTaskGroup(of: (Int, Report).self) { group in
            for round in 0..<rounds {
                for (index, sql) in Self.inputs.enumerated() {
                    group.addTask { ((round * Self.inputs.count) + index, classifier.classify(sql)) }
                }
            }
            var collected: [(Int, Report)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == rounds * Self.inputs.count)
        for (key, report) in results {
            #expect(report == expected[key % Self.inputs.count], "\(Self.inputs[key % Self.inputs.count].prefix(60))")
        }
    }
}
