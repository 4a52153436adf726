import ArgumentParser
import MCP
import SQLRisk
import PostgresClient

/// `sqlrisk-gate mcp`: an MCP server over stdio that reaches PostgreSQL only through the gate (SPEC §9).
public struct MCPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "mcp", abstract: "An MCP server that gives an agent PostgreSQL only through the gate (not built yet).")
    public init() {}
    public func run() async throws {
        throw ValidationError("sqlrisk-gate mcp is not built yet")
    }
}
