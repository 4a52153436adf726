import Foundation
import Logging
import SQLRisk
import Testing
import TestSupport
@testable import GateProxy

/// The proxy in front of the real PostgreSQL 15 test cluster, driven by clients nobody here wrote.
@Suite(.serialized) struct ProxyClusterTests {
    struct Run { var status: Int32; var output: String; var errors: String }

    static func run(_ tool: String, _ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: output, errors: errors)
    }

    /// A proxy on a free loopback port in front of the cluster, for the duration of `body`.
    static func withProxy(_ cluster: TestCluster, mode: ProxyMode = .enforce,
                          _ body: (_ environment: [String: String], _ direct: [String: String]) async throws -> Void) async throws {
        let configuration = ProxyConfiguration(listenPort: 0, upstreamHost: cluster.host, upstreamPort: cluster.port, maxConnections: 300)
        let context = ProxyContext(configuration: configuration, gate: ProxyGate(gate: Gate(policy: .builtInDefault), mode: mode),
                                   logger: Logger(label: "proxy-test"))
        let server = try await ProxyServer.start(context, threads: 2)
        var environment = cluster.environment
        environment["PGPORT"] = String(server.port)
        environment["PGSSLMODE"] = "prefer"
        do { try await body(environment, cluster.environment) } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }

    static func psql(_ sql: String, _ environment: [String: String]) throws -> Run {
        try run("psql", ["-X", "-At", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose", "-c", sql], environment: environment)
    }

    @Test func psqlReadsLikeDirectAndDropTableIsRefused() async throws {
        let cluster = try TestCluster.shared().get()
        try await Self.withProxy(cluster) { proxy, direct in
            _ = try Self.psql("DROP TABLE IF EXISTS t; CREATE TABLE t(id int); INSERT INTO t SELECT generate_series(1, 7)", direct)
            let through = try Self.psql("SELECT count(*) FROM t", proxy)
            #expect(through.status == 0)
            #expect(through.output == (try Self.psql("SELECT count(*) FROM t", direct)).output)

            let drop = try Self.psql("DROP TABLE t", proxy)
            #expect(drop.status != 0)
            #expect(drop.errors.contains("42501"))
            #expect(drop.errors.contains("drop-table"))
            #expect(try Self.psql("SELECT to_regclass('t') IS NOT NULL", direct).output == "t\n")

            // A mixed string runs nothing: the INSERT before the DROP did not happen either.
            let mixed = try Self.psql("INSERT INTO t VALUES (100); DROP TABLE t", proxy)
            #expect(mixed.status != 0 && mixed.errors.contains("42501"))
            #expect(try Self.psql("SELECT count(*) FROM t", direct).output == "7\n")
        }
    }

    @Test func refusalInsideATransactionRollsItBack() async throws {
        let cluster = try TestCluster.shared().get()
        try await Self.withProxy(cluster) { proxy, direct in
            _ = try Self.psql("DROP TABLE IF EXISTS tx; CREATE TABLE tx(id int)", direct)
            let script = "BEGIN;\nINSERT INTO tx VALUES (1);\nDROP TABLE tx;\nSELECT 1;\nCOMMIT;\n"
            // Statement by statement (psql -f sends one Query per statement):
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("proxy-tx-\(getpid()).sql")
            try script.write(to: file, atomically: true, encoding: .utf8)
            let stepwise = try Self.run("psql", ["-X", "-At", "-v", "VERBOSITY=verbose", "-f", file.path], environment: proxy)
            #expect(stepwise.errors.contains("42501"))
            #expect(stepwise.errors.contains("25P02"))
            #expect(stepwise.output.contains("ROLLBACK") || !stepwise.output.contains("COMMIT"))
            #expect(try Self.psql("SELECT count(*) FROM tx", direct).output == "0\n")
        }
    }

    @Test(arguments: ["simple", "extended", "prepared"])
    func pgbenchSelectOnlyRunsWithoutFailures(mode: String) async throws {
        let cluster = try TestCluster.shared().get()
        _ = try Self.run("pgbench", ["-i", "-q", "-s", "1"], environment: cluster.environment)
        try await Self.withProxy(cluster) { proxy, _ in
            let bench = try Self.run("pgbench", ["-n", "-S", "-M", mode, "-c", "4", "-t", "200"], environment: proxy)
            #expect(bench.status == 0, "\(bench.errors)")
            #expect(bench.output.contains("number of failed transactions: 0"))
            #expect(bench.output.contains("number of transactions actually processed: 800/800"))
        }
    }

    @Test func pythonDriversGetTheSameRefusalsThroughTheExtendedProtocol() async throws {
        let cluster = try TestCluster.shared().get()
        let env = try Self.run("bash", [TestCluster.repositoryRoot.appendingPathComponent("scripts/python-test-env.sh").path], environment: [:])
        guard env.status == 0 else {
            if ProcessInfo.processInfo.environment["SQLRISK_ALLOW_NO_PYPI"] == "1" { return }
            Issue.record("python test environment: \(env.errors)")
            return
        }
        let python = env.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let script = TestCluster.repositoryRoot.appendingPathComponent("Tests/GateTests/ProxyClients/clients.py").path
        try await Self.withProxy(cluster) { proxy, _ in
            let dsn = "postgresql://\(cluster.user):\(cluster.password)@127.0.0.1:\(proxy["PGPORT"]!)/\(cluster.database)?sslmode=prefer"
            let run = try Self.run(python, [script, dsn, cluster.dsn], environment: [:])
            #expect(run.status == 0, "\(run.errors)")
            let seen = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any] ?? [:]
            #expect(seen["pipeline_refused"] as? String == "42501")
            #expect(seen["after_pipeline"] as? Int == 0)
            #expect(seen["tx_refused"] as? String == "42501")
            #expect(seen["tx_after"] as? String == "25P02")
            #expect(seen["asyncpg_prepare"] as? String == "42501")
            #expect(seen["asyncpg_prepared"] as? Int == 42)
            #expect(seen["asyncpg_count"] as? Int == 2)
            #expect(seen["direct_count"] as? Int == 2)
            #expect(seen["table_exists"] as? Bool == true)
        }
    }
}
