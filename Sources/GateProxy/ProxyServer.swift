import Logging
import NIOCore
import NIOPosix

/// The listening socket and its sessions.
public final class ProxyServer: Sendable {
    public let context: ProxyContext
    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel

    /// The port actually bound (useful with port 0).
    public var port: Int { channel.localAddress?.port ?? 0 }

    private init(context: ProxyContext, group: MultiThreadedEventLoopGroup, channel: Channel) {
        self.context = context
        self.group = group
        self.channel = channel
    }

    public static func start(_ context: ProxyContext, threads: Int = System.coreCount) async throws -> ProxyServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let configuration = context.configuration
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.backlog, value: 1024)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let pipeline = channel.pipeline.syncOperations
                        if let idle = configuration.idleTimeout {
                            try pipeline.addHandler(IdleStateHandler(readTimeout: .seconds(idle)))
                        }
                        try pipeline.addHandler(ByteToMessageHandler(FrontendDecoder(limits: configuration.limits)))
                        try pipeline.addHandler(ClientSession(shared: context))
                    }
                }
                .bind(host: configuration.listenHost, port: configuration.listenPort).get()
            return ProxyServer(context: context, group: group, channel: channel)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Stops accepting, lets open transactions finish for up to the drain timeout, then closes the rest.
    public func shutdown() async {
        try? await channel.close()
        context.beginDrain()
        let deadline = ContinuousClock.now + .seconds(context.configuration.drainTimeout)
        while context.openSessions > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        context.closeAll()
        try? await Task.sleep(for: .milliseconds(50))
        try? await group.shutdownGracefully()
    }

    /// Waits until the listening socket closes.
    public func wait() async throws {
        try await channel.closeFuture.get()
    }
}
