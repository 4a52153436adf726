import ArgumentParser
import Foundation
import Logging
import PostgresClient
import SQLRisk

/// `sqlrisk-gate mcp`: an MCP server over stdio that reaches PostgreSQL only through the gate (SPEC §9).
/// Standard output carries the protocol and nothing else; logs go to standard error.
public struct MCPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "An MCP server (stdio) that gives an agent PostgreSQL only through the gate.",
        discussion: """
            Tools: classify (no database access), query (safe SQL in a read-only transaction), execute \
            (what the policy allows; ask needs a human: an elicitation prompt, or an approval code granted \
            with `classify-sql approve CODE`), explain (plain EXPLAIN, never ANALYZE).
            The database is reached through libpq: TLS, passwords and services as in the DSN (sslmode=…).
            """)

    @Option(help: "libpq connection string or URI (postgresql://user@host:5432/db?sslmode=require).")
    var dsn: String
    @Option(help: "Policy profile to decide with (default: the policy's [[target]] entries pick it).")
    var profile: String?
    @Option(help: "Policy file (TOML). A policy that cannot be read makes the gate deny everything.")
    var policy: String?
    @Option(name: .customLong("row-limit"), help: "Rows returned per result; more rows are read and dropped while streaming.")
    var rowLimit: Int = 1000
    @Option(name: .customLong("statement-timeout"), help: "Statement timeout in milliseconds for every call.")
    var statementTimeout: Int = 30_000
    @Option(help: "Audit log (JSON Lines) to append every decision to.")
    var audit: String?
    @Option(help: "Approval store: postgres://… (a table shared by several gates).")
    var approvals: String?
    @Option(name: .customLong("max-sql-bytes"), help: "Largest SQL argument accepted.")
    var maxSQLBytes: Int = 1 << 20
    @Option(name: .customLong("max-message-bytes"), help: "Largest JSON-RPC message read from standard input.")
    var maxMessageBytes: Int = 4 << 20
    @Option(name: .customLong("max-connections"), help: "Connections the server keeps to PostgreSQL at most.")
    var maxConnections: Int = 4
    @Option(name: .customLong("elicitation-timeout"), help: "Seconds a confirmation prompt waits for the human.")
    var elicitationTimeout: Double = 600
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (on standard error).")
    var logLevel: String = "info"

    public init() {}

    public func validate() throws {
        guard rowLimit >= 1 else { throw ValidationError("--row-limit must be at least 1") }
        guard statementTimeout >= 1 else { throw ValidationError("--statement-timeout must be at least 1 ms") }
        guard maxSQLBytes >= 1, maxMessageBytes >= 1024 else { throw ValidationError("--max-sql-bytes must be positive and --max-message-bytes at least 1024") }
        guard maxConnections >= 1 else { throw ValidationError("--max-connections must be at least 1") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level \(logLevel) is not a log level") }
    }

    public func run() async throws {
        var logger = Logger(label: "sqlrisk-gate.mcp") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let target: ConnectionTarget
        do { target = try ConnectionInfo.target(of: dsn) } catch { throw ValidationError("--dsn: \(error)") }
        let adapter: GateAdapter
        do {
            adapter = try GateAdapter(target: target, profile: profile, policyPath: policy, approvals: approvals, auditPath: audit)
        } catch {
            throw ValidationError("\(error)")
        }
        if audit != nil { logger.warning("--audit: this build's audit log is a placeholder and writes no events yet") }
        let pool = PostgresPool(dsn: dsn, maxConnections: maxConnections)
        // A server that is down at start is not fatal: tools answer with the error until it is up.
        do {
            try await Offload.run { try pool.withConnection { _ in } }
            logger.info("connected", metadata: ["target": "\(target.label)"])
        } catch {
            logger.warning("database unavailable at start; tools will report it until it is back", metadata: ["error": "\(error)"])
        }
        let settings = GateServerSettings(rowLimit: rowLimit, statementTimeoutMilliseconds: statementTimeout, maxSQLBytes: maxSQLBytes,
                                          maxMessageBytes: maxMessageBytes, maxConnections: maxConnections,
                                          elicitationTimeoutSeconds: elicitationTimeout)
        let server = GateServer(adapter: adapter, pool: pool, settings: settings, logger: logger)
        try await server.run(transport: BoundedStdioTransport(maxMessageBytes: maxMessageBytes, logger: logger))
    }
}
