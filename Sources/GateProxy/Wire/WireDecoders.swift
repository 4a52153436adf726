import NIOCore

/// What a client sends: untyped start-up packets until a StartupMessage, typed frames after it.
public enum FrontendInput: Sendable, Equatable {
    case startup(StartupPacket)
    case frame(Frame)
}

/// Client side of the pipeline. Switches itself to typed frames after the StartupMessage, so that
/// nothing the client sends before it is read as a typed message.
public struct FrontendDecoder: ByteToMessageDecoder {
    public typealias InboundOut = FrontendInput
    let limits: WireLimits
    var started = false

    public init(limits: WireLimits) { self.limits = limits }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let input = try next(from: &buffer) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(input))
        return .continue
    }

    /// One input if a whole one is buffered; the decoding step without a channel (tests, fuzzing).
    public mutating func next(from buffer: inout ByteBuffer) throws(WireError) -> FrontendInput? {
        if started {
            return try FrameSplitter.next(from: &buffer, maxBody: limits.maxFrontendMessage).map(FrontendInput.frame)
        }
        guard let packet = try StartupPacket.next(from: &buffer, maxLength: limits.maxStartupPacket) else { return nil }
        if case .startup = packet { started = true }
        return .startup(packet)
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }
}

/// Upstream side of the pipeline: typed frames from the first byte.
public struct BackendDecoder: ByteToMessageDecoder {
    public typealias InboundOut = Frame
    let limits: WireLimits

    public init(limits: WireLimits) { self.limits = limits }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try FrameSplitter.next(from: &buffer, maxBody: limits.maxBackendMessage) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }
}
