import Logging
import NIOCore
import NIOPosix
import SQLRisk

/// One client connection and its upstream connection. Both channels run on the same event loop, and every
/// property is touched only there, so the session needs no locks.
public final class ClientSession: ChannelInboundHandler, @unchecked Sendable {
    public typealias InboundIn = FrontendInput
    public typealias OutboundOut = ByteBuffer

    enum State {
        case awaitingStartup
        case connecting(pending: [Frame])
        case relaying
        case closed
    }

    let shared: ProxyContext
    let id: Int
    var logger: Logger
    var state = State.awaitingStartup
    var client: ChannelHandlerContext?
    var upstream: UpstreamHandler?
    var target = ConnectionTarget()
    var sessionState = SessionState()

    /// True once the upstream sent its first ReadyForQuery (authentication is over).
    var ready = false
    var transactionStatus = UInt8(ascii: "I")
    var syncs = CircularBuffer<PendingSync>(initialCapacity: 4)
    /// After a refused extended-protocol message: client messages are dropped up to Sync.
    var discardingToSync = false
    /// Statement names whose Parse was refused: a later Bind/Describe on them is refused too.
    var refusedStatements: Set<String> = []
    var copyInActive = false
    var upstreamKey: CancelKeys.Key?
    var clientKey: CancelKeys.Key?
    var draining = false
    var startupTimer: Scheduled<Void>?

    init(shared: ProxyContext) {
        self.shared = shared
        self.id = shared.connectionID()
        var logger = shared.logger
        logger[metadataKey: "connection"] = "\(id)"
        self.logger = logger
        syncs.append(PendingSync())
    }

    public func channelActive(context: ChannelHandlerContext) {
        client = context
        target.clientAddress = context.remoteAddress?.ipAddress
        target.host = shared.configuration.upstreamHost
        target.port = shared.configuration.upstreamPort
        guard shared.admit(self) else {
            let reason = shared.isDraining ? "the proxy is shutting down" : "too many connections to the proxy"
            logger.warning("refusing client", metadata: ["client": "\(target.clientAddress ?? "?")", "reason": "\(reason)"])
            fail(BackendMessage.fatal(shared.isDraining ? "57P01" : "53300", "sqlrisk proxy: " + reason))
            return
        }
        let seconds = shared.configuration.startupTimeout
        startupTimer = context.eventLoop.scheduleTask(in: .seconds(seconds)) { [self] in
            if case .awaitingStartup = state { fail(BackendMessage.fatal("08P01", "sqlrisk proxy: no startup packet within \(seconds) s")) }
        }
        context.fireChannelActive()
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .startup(let packet): startup(packet, context: context)
        case .frame(let frame):
            switch state {
            case .awaitingStartup: fail(BackendMessage.fatal("08P01", "sqlrisk proxy: message before startup"))
            case .connecting(var pending):
                pending.append(frame)
                state = .connecting(pending: pending)
            case .relaying: fromClient(frame)
            case .closed: break
            }
        }
    }

    public func channelReadComplete(context: ChannelHandlerContext) {
        upstream?.flush()
    }

    public func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Backpressure: read no more from the server than the client takes.
        upstream?.setReading(context.channel.isWritable)
    }

    public func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read else { return context.fireUserInboundEventTriggered(event) }
        // Idle only counts between queries: a client waiting for a long query is not idle.
        if syncs.count == 1, !syncs[syncs.startIndex].closed, transactionStatus != UInt8(ascii: "T") {
            fail(BackendMessage.fatal("57P05", "sqlrisk proxy: terminating connection due to idle timeout"))
        }
    }

    public func errorCaught(context: ChannelHandlerContext, error: Error) {
        let message = (error as? WireError)?.description ?? "\(error)"
        logger.warning("client protocol error", metadata: ["error": "\(message)"])
        fail(BackendMessage.fatal("08P01", "sqlrisk proxy: invalid frontend message: \(message)"))
    }

    public func channelInactive(context: ChannelHandlerContext) {
        // A client gone mid-query: cancel what it started so the backend is freed, then end the upstream.
        if case .relaying = state, syncs.count > 1 || syncs[syncs.startIndex].closed { cancelUpstreamQuery() }
        close()
        context.fireChannelInactive()
    }

    // MARK: start-up

    private func startup(_ packet: StartupPacket, context: ChannelHandlerContext) {
        guard case .awaitingStartup = state else { return fail(BackendMessage.fatal("08P01", "sqlrisk proxy: unexpected startup packet")) }
        switch packet {
        case .sslRequest, .gssEncryptionRequest:
            // Neither TLS nor GSS encryption is terminated here: 'N' lets the client go on in the clear or give up.
            var answer = context.channel.allocator.buffer(capacity: 1)
            answer.writeInteger(UInt8(ascii: "N"))
            context.writeAndFlush(wrapOutboundOut(answer), promise: nil)
        case .cancel(let pid, let key):
            if let upstreamKey = shared.cancelKeys.upstream(for: CancelKeys.Key(processID: pid, secretKey: key)) {
                sendCancel(upstreamKey)
            }
            close()
        case .startup(let parameters, _):
            startupTimer?.cancel()
            let values = Dictionary(parameters, uniquingKeysWith: { first, _ in first })
            target.user = values["user"]
            target.dbname = values["database"] ?? values["user"]
            target.applicationName = values["application_name"]
            logger[metadataKey: "user"] = "\(target.user ?? "")"
            logger[metadataKey: "database"] = "\(target.dbname ?? "")"
            if let replication = values["replication"], !["false", "off", "no", "0"].contains(replication.lowercased()),
               !shared.gate.allowReplication {
                logger.notice("refused replication connection")
                return fail(BackendMessage.fatal("42501", "sqlrisk: replication connections are refused by the proxy's policy"))
            }
            var forwarded = parameters
            if let timeout = shared.configuration.statementTimeout, values["statement_timeout"] == nil {
                forwarded.append(("statement_timeout", "\(timeout)"))
            }
            state = .connecting(pending: [])
            connectUpstream(startup: StartupPacket.startupPacket(forwarded), eventLoop: context.eventLoop)
        }
    }

    private func connectUpstream(startup: ByteBuffer, eventLoop: EventLoop) {
        let limits = shared.configuration.limits
        ClientBootstrap(group: eventLoop)
            .connectTimeout(.seconds(10))
            .channelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    let handler = UpstreamHandler(session: self)
                    try channel.pipeline.syncOperations.addHandlers([ByteToMessageHandler(BackendDecoder(limits: limits)), handler])
                }
            }
            .connect(host: shared.configuration.upstreamHost, port: shared.configuration.upstreamPort)
            .whenComplete { [self] result in
                switch result {
                case .success(let channel):
                    guard case .connecting(let pending) = state, let handler = try? channel.pipeline.syncOperations.handler(type: UpstreamHandler.self) else {
                        channel.close(promise: nil)
                        return
                    }
                    upstream = handler
                    state = .relaying
                    handler.send(startup)
                    for frame in pending { fromClient(frame) }
                    handler.flush()
                case .failure(let error):
                    logger.error("upstream unreachable", metadata: ["error": "\(error)"])
                    fail(BackendMessage.fatal("08006", "sqlrisk proxy: cannot reach the upstream server \(shared.configuration.upstreamHost):\(shared.configuration.upstreamPort): \(error)"))
                }
            }
    }

    // MARK: lifecycle

    func writeToClient(_ frame: Frame) {
        guard let client else { return }
        var buffer = client.channel.allocator.buffer(capacity: frame.body.readableBytes + 5)
        frame.write(to: &buffer)
        client.write(wrapOutboundOut(buffer), promise: nil)
    }

    func flushClient() { client?.flush() }

    /// Ends this connection with a last message to the client.
    func fail(_ frame: Frame) {
        writeToClient(frame)
        flushClient()
        close()
    }

    /// Closes both sides once; safe to call more than once.
    func close() {
        if case .closed = state { return }
        state = .closed
        startupTimer?.cancel()
        if let clientKey { shared.cancelKeys.remove(clientKey) }
        upstream?.terminate()
        upstream = nil
        client?.close(promise: nil)
        client = nil
        shared.leave(self)
    }

    func terminate(reason: String) {
        client?.eventLoop.execute { [self] in fail(BackendMessage.fatal("57P01", "sqlrisk proxy: " + reason)) }
    }

    /// SIGTERM: close now if between transactions, otherwise when the current one ends.
    func drain() {
        client?.eventLoop.execute { [self] in
            draining = true
            closeIfDrained()
        }
    }

    func closeIfDrained() {
        guard draining, syncs.count == 1, !syncs[syncs.startIndex].closed, transactionStatus == UInt8(ascii: "I") else { return }
        fail(BackendMessage.fatal("57P01", "sqlrisk proxy: terminating connection because the proxy is shutting down"))
    }

    func cancelUpstreamQuery() {
        if let upstreamKey { sendCancel(upstreamKey) }
    }

    /// A CancelRequest goes on a connection of its own, as the protocol requires.
    private func sendCancel(_ key: CancelKeys.Key) {
        guard let eventLoop = client?.eventLoop ?? upstream?.eventLoop else { return }
        let packet = StartupPacket.cancelPacket(processID: key.processID, secretKey: key.secretKey)
        let logger = logger
        ClientBootstrap(group: eventLoop).connectTimeout(.seconds(5))
            .connect(host: shared.configuration.upstreamHost, port: shared.configuration.upstreamPort)
            .flatMap { channel in channel.writeAndFlush(packet).flatMap { channel.close() } }
            .whenFailure { error in logger.warning("cancel request failed", metadata: ["error": "\(error)"]) }
    }
}
