import Foundation

/// The throwaway PostgreSQL 15 cluster the gates' tests and the oracle run against, from
/// `scripts/pg-test-cluster.sh`. `scripts/pg-test-cluster.sh run swift test` (the README's test command)
/// starts it around the whole run and exports its variables; a plain `swift test` starts one here, once
/// per test process, and stops it when the process exits.
public struct TestCluster: Sendable {
    public let host: String
    public let port: Int
    public let user: String
    public let password: String
    public let database: String
    /// `postgresql://user:password@host:port/database`
    public let dsn: String
    /// The cluster's directory (its server log is `server.log` there).
    public let directory: String

    /// Environment for child processes (psql, pgbench, Python clients) that should reach the cluster directly.
    public var environment: [String: String] {
        ["PGHOST": host, "PGPORT": String(port), "PGUSER": user, "PGPASSWORD": password, "PGDATABASE": database]
    }

    /// The cluster, or the reason it could not be had (then the test skips, saying why).
    public static func shared() -> Result<TestCluster, TestClusterUnavailable> { sharedCluster }

    /// The repository's root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let sharedCluster: Result<TestCluster, TestClusterUnavailable> = {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["SQLRISK_TEST_PG_DIR"], let cluster = TestCluster(variables: env, directory: dir) {
            return .success(cluster)
        }
        let script = repositoryRoot.appendingPathComponent("scripts/pg-test-cluster.sh").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, "start"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return .failure(TestClusterUnavailable(reason: "cannot run \(script): \(error)")) }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(TestClusterUnavailable(reason: "scripts/pg-test-cluster.sh start failed (\(process.terminationStatus)): \(errors)"))
        }
        var variables: [String: String] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("export ") {
            let assignment = line.dropFirst("export ".count)
            guard let eq = assignment.firstIndex(of: "=") else { continue }
            variables[String(assignment[..<eq])] = String(assignment[assignment.index(after: eq)...]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        guard let dir = variables["SQLRISK_TEST_PG_DIR"], let cluster = TestCluster(variables: variables, directory: dir) else {
            return .failure(TestClusterUnavailable(reason: "scripts/pg-test-cluster.sh printed no cluster: \(output)"))
        }
        ownedClusterDirectory = dir
        atexit {
            guard let dir = ownedClusterDirectory else { return }
            let stop = Process()
            stop.executableURL = URL(fileURLWithPath: "/bin/bash")
            stop.arguments = [TestCluster.repositoryRoot.appendingPathComponent("scripts/pg-test-cluster.sh").path, "stop", dir]
            try? stop.run()
            stop.waitUntilExit()
        }
        return .success(cluster)
    }()

    private nonisolated(unsafe) static var ownedClusterDirectory: String?

    private init?(variables: [String: String], directory: String) {
        guard let host = variables["PGHOST"], let port = variables["PGPORT"].flatMap(Int.init),
              let user = variables["PGUSER"], let password = variables["PGPASSWORD"] else { return nil }
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = variables["PGDATABASE"] ?? "postgres"
        self.dsn = "postgresql://\(user):\(password)@\(host):\(port)/\(database)"
        self.directory = directory
    }
}

public struct TestClusterUnavailable: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
