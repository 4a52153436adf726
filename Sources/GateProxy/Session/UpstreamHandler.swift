import NIOCore

/// The upstream end of a session: hands decoded server frames to the session and sends what it is given.
final class UpstreamHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = Frame
    typealias OutboundOut = ByteBuffer

    private let session: ClientSession
    private var context: ChannelHandlerContext?

    init(session: ClientSession) { self.session = session }

    var eventLoop: EventLoop? { context?.eventLoop }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.fromUpstream(unwrapInboundIn(data))
    }

    func channelReadComplete(context: ChannelHandlerContext) { session.flushClient() }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Backpressure: read no more from the client than the server takes.
        _ = session.client?.channel.setOption(ChannelOptions.autoRead, value: context.channel.isWritable)
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.context = nil
        session.upstreamClosed()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        session.fromUpstreamError(error)
    }

    func send(_ frame: Frame) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: frame.body.readableBytes + 5)
        frame.write(to: &buffer)
        context.write(wrapOutboundOut(buffer), promise: nil)
    }

    func send(_ buffer: ByteBuffer) { context?.write(wrapOutboundOut(buffer), promise: nil) }

    func flush() { context?.flush() }

    func setReading(_ on: Bool) { _ = context?.channel.setOption(ChannelOptions.autoRead, value: on) }

    /// Says goodbye to the server (Terminate) and closes.
    func terminate() {
        guard let context else { return }
        self.context = nil
        send(FrontendMessage.terminateFrame, via: context)
        context.close(promise: nil)
    }

    private func send(_ frame: Frame, via context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: 5)
        frame.write(to: &buffer)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }
}
