import Foundation
import Logging
import MCP
import PostgresClient
import SQLRisk
import Synchronization

/// How the server runs SQL: bounds on rows, time and input size.
struct GateServerSettings: Sendable {
    var rowLimit = 1000
    var statementTimeoutMilliseconds = 30_000
    var maxSQLBytes = 1 << 20
    var maxMessageBytes = 4 << 20
    var maxConnections = 4
    /// How long a confirmation prompt may wait for the human.
    var elicitationTimeoutSeconds = 600.0
}

/// The MCP server: answers `tools/list` and `tools/call`, and remembers what the client declared
/// (its name, whether it can show a confirmation prompt).
final class GateServer: Sendable {
    let adapter: GateAdapter
    let pool: PostgresPool
    let settings: GateServerSettings
    let logger: Logger
    let session = UUID().uuidString
    private let client = Mutex<(name: String?, canElicit: Bool)>((nil, false))

    init(adapter: GateAdapter, pool: PostgresPool, settings: GateServerSettings, logger: Logger) {
        self.adapter = adapter
        self.pool = pool
        self.settings = settings
        self.logger = logger
    }

    var target: String { adapter.target.label }

    func context() -> CallContext {
        let client = self.client.withLock { $0 }
        return CallContext(session: session, client: client.name, canElicit: client.canElicit)
    }

    /// Serves until standard input closes.
    func run(transport: any Transport) async throws {
        let server = Server(name: "sqlrisk-gate", version: SQLRiskVersion.version, title: "SQLRisk gate",
                            instructions: "PostgreSQL through the SQLRisk gate: classify first, query reads, execute changes (deny never runs; ask needs a human).",
                            capabilities: .init(tools: .init(listChanged: false)))
        let rowLimit = settings.rowLimit
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: GateTools.all(rowLimit: rowLimit)) }
        await server.withMethodHandler(CallTool.self) { [self] params in
            try await self.call(params, server: server)
        }
        try await server.start(transport: transport) { [self] info, capabilities in
            self.client.withLock { $0 = ("\(info.name) \(info.version)", capabilities.elicitation?.form != nil || capabilities.elicitation != nil) }
            self.logger.info("client connected", metadata: ["client": "\(info.name) \(info.version)",
                                                             "elicitation": "\(capabilities.elicitation != nil)"])
        }
        await server.waitUntilCompleted()
        await server.stop()
    }

    private func call(_ params: CallTool.Parameters, server: Server) async throws -> CallTool.Result {
        guard GateTools.names.contains(params.name) else {
            throw MCPError.invalidParams("Unknown tool '\(params.name)'; this server has \(GateTools.names.joined(separator: ", "))")
        }
        let arguments: ToolArguments
        do {
            arguments = try ToolArguments(params.arguments, tool: params.name, maxSQLBytes: settings.maxSQLBytes, maxRowLimit: settings.rowLimit)
        } catch {
            return ToolReply.badInput(error.message, target: target).callResult
        }
        logger.debug("tool call", metadata: ["tool": "\(params.name)", "bytes": "\(arguments.sql.utf8.count)"])
        let reply: ToolReply
        switch params.name {
        case "classify": reply = classify(arguments)
        case "query": reply = await query(arguments)
        case "explain": reply = await explain(arguments)
        default: reply = await execute(arguments, server: server)
        }
        if reply.isError { logger.info("tool refused or failed", metadata: ["tool": "\(params.name)", "message": "\(reply.message)"]) }
        return reply.callResult
    }

    private func classify(_ arguments: ToolArguments) -> ToolReply {
        let answer = adapter.review(arguments.sql, tool: "classify", context: context())
        var reply = ToolReply(answer: answer, target: target, message: Self.verdictSentence(answer))
        if let report = try? JSONDecoder().decode(Value.self, from: Data(answer.verdict.report.json.utf8)) {
            reply.extra["report"] = report
        }
        adapter.record(GateOutcome(executed: false), for: answer, confirmation: nil, client: context().client)
        return reply
    }

    /// `allow safe: nothing found` / `deny destructive: drop-table: …`.
    static func verdictSentence(_ answer: GateAnswer) -> String {
        let report = answer.verdict.report
        var text = "\(answer.decision.name) \(report.level.name) under profile \(answer.verdict.profile)"
        if let refusal = answer.refusal { text += " (\(refusal))" }
        let reasons = ToolReply.reasons(report)
        return reasons.isEmpty ? text : text + ": " + reasons
    }
}
