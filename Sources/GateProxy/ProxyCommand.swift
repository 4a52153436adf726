import ArgumentParser
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLRisk

/// `sqlrisk-gate proxy`: the PostgreSQL wire-protocol gate (SPEC §10).
public struct ProxyCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "A PostgreSQL wire-protocol proxy that refuses what the policy refuses.",
        discussion: "Clients connect to --listen; the proxy connects to --upstream and passes authentication through. Logs go to stderr."
    )

    @Option(help: "Address to listen on, HOST:PORT.") var listen = "127.0.0.1:6432"
    @Option(help: "The PostgreSQL server, HOST:PORT.") var upstream = "127.0.0.1:5432"
    @Option(help: "observe (refuse nothing), warn (NoticeResponse), enforce.") var mode = "enforce"
    @Option(help: "Most client connections at once.") var maxConnections = 1000
    @Option(help: "Seconds of client silence between queries before the proxy closes the connection.") var idleTimeout: Int64?
    @Option(help: "Milliseconds; sent as statement_timeout to the server when the client sets none.") var statementTimeout: Int64?
    @Option(help: "Seconds SIGTERM waits for open transactions.") var drainTimeout: Int64 = 30
    @Option(help: "Largest Query/Parse/CopyData message in bytes.") var maxMessageBytes = 64 << 20
    @Flag(help: "Let FunctionCall messages through (their effect cannot be classified).") var allowFunctionCall = false
    @Flag(help: "Let replication connections through.") var allowReplication = false
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel = "info"
    @Flag(help: "Validate the configuration, reach the upstream, and exit.") var check = false

    public init() {}

    public func validate() throws {
        _ = try endpoint(listen, "--listen")
        _ = try endpoint(upstream, "--upstream")
        guard ProxyMode(rawValue: mode) != nil else { throw ValidationError("--mode must be observe, warn or enforce, not '\(mode)'") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level '\(logLevel)'") }
    }

    func proxyConfiguration() throws -> ProxyConfiguration {
        let (listenHost, listenPort) = try endpoint(listen, "--listen")
        let (upstreamHost, upstreamPort) = try endpoint(upstream, "--upstream")
        return ProxyConfiguration(listenHost: listenHost, listenPort: listenPort, upstreamHost: upstreamHost, upstreamPort: upstreamPort,
                                  maxConnections: maxConnections, idleTimeout: idleTimeout, statementTimeout: statementTimeout,
                                  drainTimeout: drainTimeout, limits: WireLimits(maxFrontendMessage: maxMessageBytes))
    }

    public func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "sqlrisk-gate.proxy")
        let configuration = try proxyConfiguration()
        if check {
            try await UpstreamCheck.run(configuration)
            print("ok: listen \(listen), upstream \(upstream) answers, mode \(mode)")
            return
        }
        let gate = ProxyGate(gate: Gate(policy: .builtInDefault), mode: ProxyMode(rawValue: mode)!,
                             allowFunctionCall: allowFunctionCall, allowReplication: allowReplication)
        let server = try await ProxyServer.start(ProxyContext(configuration: configuration, gate: gate, logger: logger))
        logger.notice("listening", metadata: ["listen": "\(configuration.listenHost):\(server.port)", "upstream": "\(upstream)", "mode": "\(mode)"])
        let signals = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        let interrupts = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let stop: @Sendable () -> Void = {
            logger.notice("draining", metadata: ["open": "\(server.context.openSessions)"])
            Task { await server.shutdown() }
        }
        signals.setEventHandler(handler: stop)
        interrupts.setEventHandler(handler: stop)
        signals.resume()
        interrupts.resume()
        try await server.wait()
        while server.context.openSessions > 0 { try await Task.sleep(for: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(100))
        logger.notice("stopped")
    }
}

/// `HOST:PORT`, with `[v6]:PORT` for IPv6.
func endpoint(_ text: String, _ flag: String) throws -> (String, Int) {
    guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
        throw ValidationError("\(flag) must be HOST:PORT, not '\(text)'")
    }
    var host = String(text[..<colon])
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    guard !host.isEmpty else { throw ValidationError("\(flag) must name a host: '\(text)'") }
    return (host, port)
}
