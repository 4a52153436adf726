import Foundation
import MCP
import PostgresClient
import GateMCP
import TestSupport

/// A spawned `sqlrisk-gate mcp` and the SDK's own `Client` talking to it over its stdin and stdout.
final class MCPServerSession: @unchecked Sendable {
    let process = Process()
    let client: Client
    let stderr = Pipe()

    static var binary: URL { TestCluster.repositoryRoot.appendingPathComponent(".build/debug/sqlrisk-gate") }

    /// The policy the gate tests run under: the example policy's prod profile once it exists.
    static var policyArguments: [String] {
        let example = TestCluster.repositoryRoot.appendingPathComponent("Examples/policy.toml").path
        return FileManager.default.fileExists(atPath: example) ? ["--policy", example, "--profile", "prod"] : ["--profile", "prod"]
    }

    init(dsn: String, arguments: [String] = [], elicitation: (@Sendable (CreateElicitation.Parameters) async throws -> CreateElicitation.Result)? = nil) async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw PostgresError(kind: .usage, message: "build sqlrisk-gate first: \(Self.binary.path) is missing")
        }
        let toServer = Pipe(), fromServer = Pipe()
        process.executableURL = Self.binary
        process.arguments = ["mcp", "--dsn", dsn] + Self.policyArguments + arguments
        process.standardInput = toServer
        process.standardOutput = fromServer
        process.standardError = stderr
        try process.run()
        let capabilities = elicitation == nil ? Client.Capabilities() : Client.Capabilities(elicitation: .init())
        client = Client(name: "gate-tests", version: "1", capabilities: capabilities)
        if let elicitation { await client.withElicitationHandler(elicitation) }
        let transport = BoundedStdioTransport(maxMessageBytes: 64 << 20, input: fromServer.fileHandleForReading,
                                              output: toServer.fileHandleForWriting)
        try await client.connect(transport: transport)
    }

    /// The whole result, structured content included.
    func call(_ tool: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
        let context: RequestContext<CallTool.Result> = try await client.callTool(name: tool, arguments: arguments)
        return try await context.value
    }

    func call(_ tool: String, sql: String) async throws -> [String: Value] {
        try await call(tool, ["sql": .string(sql)]).structuredContent?.objectValue ?? [:]
    }

    func close() async {
        await client.disconnect()
        process.terminate()
        process.waitUntilExit()
    }
}
