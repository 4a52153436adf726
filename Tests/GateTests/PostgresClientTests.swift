import Foundation
import PostgresClient
import Testing
import TestSupport

/// The libpq wrapper against the throwaway PostgreSQL 15 cluster.
@Suite struct PostgresClientTests {
    static func cluster() throws -> TestCluster {
        switch TestCluster.shared() {
        case .success(let cluster): return cluster
        case .failure(let reason): try Test.cancel(Comment(rawValue: "no PostgreSQL test cluster: \(reason.reason)"))
        }
    }

    @Test func selectGivesColumnsTextValuesNullsAndTag() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let result = try connection.query("SELECT 1 AS one, 'x'::text AS letter, NULL::int AS nothing")
        #expect(result.columns == ["one", "letter", "nothing"])
        #expect(result.rows == [["1", "x", nil]])
        #expect(result.commandTag == "SELECT 1")
        #expect(result.rowsAffected == 1)
        #expect(!result.truncated)
    }

    @Test func parametersAreBoundAndNullIsNull() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let result = try connection.query("SELECT $1::int + 1, $2::text IS NULL", ["41", nil])
        #expect(result.rows == [["42", "t"]])
    }

    @Test func severalStatementsGiveOneResultEach() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let results = try connection.execute("CREATE TEMP TABLE pc_multi (id int); INSERT INTO pc_multi VALUES (1), (2); SELECT count(*) FROM pc_multi")
        #expect(results.map(\.commandTag) == ["CREATE TABLE", "INSERT 0 2", "SELECT 1"])
        #expect(results[1].rowsAffected == 2)
        #expect(results[2].rows == [["2"]])
    }

    @Test func serverErrorsCarrySQLStateMessageDetailAndHint() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let missing = #expect(throws: PostgresError.self) { try connection.query("SELECT * FROM pc_no_such_table") }
        #expect(missing?.kind == .server)
        #expect(missing?.sqlState == "42P01")
        #expect(missing?.message.contains("pc_no_such_table") == true)
        #expect(missing?.position == 15)
        try connection.execute("CREATE TEMP TABLE pc_unique (id int PRIMARY KEY); INSERT INTO pc_unique VALUES (1)")
        let duplicate = #expect(throws: PostgresError.self) { try connection.query("INSERT INTO pc_unique VALUES (1)") }
        #expect(duplicate?.sqlState == "23505")
        #expect(duplicate?.detail?.contains("(id)=(1)") == true)
        let hinted = #expect(throws: PostgresError.self) { try connection.query("SELECT pc_no_function(1)") }
        #expect(hinted?.sqlState == "42883")
        #expect(hinted?.hint?.isEmpty == false)
        // The connection stays usable after errors.
        #expect(try connection.query("SELECT 2").rows == [["2"]])
    }

    @Test(arguments: [false, true])
    func rowLimitAppliesWhileStreamingAMillionRows(cancel: Bool) throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let options = QueryOptions(rowLimit: 10, cancelPastLimit: cancel)
        let result = try connection.query("SELECT g, repeat('x', 100) FROM generate_series(1, 1000000) AS g", options: options)
        #expect(result.rows.count == 10)
        #expect(result.rows.first?.first == "1")
        #expect(result.truncated)
        #expect(try connection.query("SELECT 3").rows == [["3"]])
    }

    @Test func clientDeadlineCancelsALongStatement() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let error = #expect(throws: PostgresError.self) {
            try connection.query("SELECT pg_sleep(30)", options: QueryOptions(timeoutMilliseconds: 200))
        }
        #expect(error?.kind == .timeout)
        #expect(try connection.query("SELECT 4").rows == [["4"]])
    }

    @Test func setLocalStatementTimeoutIsReportedAsTimeout() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn)
        let error = #expect(throws: PostgresError.self) {
            try connection.execute("BEGIN READ ONLY; SET LOCAL statement_timeout = 100; SELECT pg_sleep(30)")
        }
        #expect(error?.kind == .timeout)
        #expect(error?.sqlState == "57014")
        #expect(connection.inTransaction)
        try connection.execute("ROLLBACK")
    }

    @Test func tlsWhenTheDSNAsksForIt() throws {
        let connection = try PostgresConnection(dsn: Self.cluster().dsn + "?sslmode=require")
        #expect(try connection.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").rows == [["t"]])
    }

    @Test func unreachableServerIsAConnectionError() throws {
        let cluster = try Self.cluster()
        let error = #expect(throws: PostgresError.self) {
            try PostgresConnection(dsn: "postgresql://\(cluster.user):\(cluster.password)@127.0.0.1:1/postgres")
        }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("127.0.0.1") == true)
    }

    @Test func poolReconnectsAfterItsBackendIsTerminated() throws {
        let cluster = try Self.cluster()
        let pool = PostgresPool(dsn: cluster.dsn, maxConnections: 1)
        let firstPID = try pool.withConnection { try $0.query("SELECT pg_backend_pid()").rows[0][0]! }
        let admin = try PostgresConnection(dsn: cluster.dsn)
        try admin.query("SELECT pg_terminate_backend($1::int)", [firstPID])
        // Wait until the backend is gone, so the pool sees a dead socket.
        while try admin.query("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", [firstPID]).rows == [["1"]] {
            usleep(10_000)
        }
        let secondPID = try pool.withConnection { try $0.query("SELECT pg_backend_pid()").rows[0][0]! }
        #expect(secondPID != firstPID)
    }

    @Test func poolNeverOpensMoreThanItsMaximum() throws {
        let pool = PostgresPool(dsn: try Self.cluster().dsn, maxConnections: 2)
        let pids = Mutex<Set<String>>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let pid = try? pool.withConnection { connection in
                try connection.query("SELECT pg_backend_pid(), pg_sleep(0.05)").rows[0][0]!
            }
            if let pid { pids.withLock { _ = $0.insert(pid) } }
        }
        let seen = pids.withLock { $0 }
        #expect(!seen.isEmpty && seen.count <= 2)
    }
}

import Synchronization
