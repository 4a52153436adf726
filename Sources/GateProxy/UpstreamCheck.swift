import NIOCore
import NIOPosix

/// `--check`: the upstream accepts a TCP connection and answers a protocol-3 SSLRequest like a PostgreSQL server.
enum UpstreamCheck {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(_ configuration: ProxyConfiguration) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let address = "\(configuration.upstreamHost):\(configuration.upstreamPort)"
        let answer = group.next().makePromise(of: UInt8.self)
        let channel: Channel
        do {
            channel = try await ClientBootstrap(group: group).connectTimeout(.seconds(5))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(FirstByte(answer)) }
                }
                .connect(host: configuration.upstreamHost, port: configuration.upstreamPort).get()
        } catch {
            throw Failure(description: "cannot reach the upstream \(address): \(error)")
        }
        var request = ByteBuffer()
        request.writeInteger(Int32(8))
        request.writeInteger(Int32(80_877_103))
        try await channel.writeAndFlush(request)
        let timeout = group.next().scheduleTask(in: .seconds(5)) { answer.fail(Failure(description: "the upstream \(address) did not answer within 5 s")) }
        defer { timeout.cancel(); channel.close(promise: nil) }
        let byte = try await answer.futureResult.get()
        guard byte == UInt8(ascii: "S") || byte == UInt8(ascii: "N") else {
            throw Failure(description: "the upstream \(address) does not speak the PostgreSQL protocol (answered \(byte))")
        }
    }

    private final class FirstByte: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        let promise: EventLoopPromise<UInt8>
        init(_ promise: EventLoopPromise<UInt8>) { self.promise = promise }
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            if let byte: UInt8 = buffer.readInteger() { promise.succeed(byte) }
        }
        func channelInactive(context: ChannelHandlerContext) { promise.fail(Failure(description: "the upstream closed the connection")) }
    }
}
