import NIOCore

/// The untyped packets a client may send before protocol-3 messages begin.
public enum StartupPacket: Sendable, Equatable {
    /// StartupMessage v3: the parameters in the order sent (`user`, `database`, `options`, ...), and the
    /// raw packet so it is forwarded byte for byte.
    case startup(parameters: [(String, String)], raw: ByteBuffer)
    case sslRequest
    case gssEncryptionRequest
    case cancel(processID: Int32, secretKey: Int32)

    public static let protocolVersion3: Int32 = 196_608
    static let sslRequestCode: Int32 = 80_877_103
    static let gssEncryptionRequestCode: Int32 = 80_877_104
    static let cancelRequestCode: Int32 = 80_877_102

    /// Reads one packet if a whole one is buffered.
    public static func next(from buffer: inout ByteBuffer, maxLength: Int) throws(WireError) -> StartupPacket? {
        guard let length: Int32 = buffer.getInteger(at: buffer.readerIndex) else { return nil }
        guard length >= 8, Int(length) <= maxLength else {
            throw WireError("invalid startup packet length \(length)")
        }
        guard buffer.readableBytes >= Int(length) else { return nil }
        var packet = buffer.readSlice(length: Int(length))!
        let raw = packet
        packet.moveReaderIndex(forwardBy: 4)
        let code = try packet.readInt32("startup packet")
        switch code {
        case sslRequestCode where length == 8: return .sslRequest
        case gssEncryptionRequestCode where length == 8: return .gssEncryptionRequest
        case cancelRequestCode where length == 16:
            return .cancel(processID: try packet.readInt32("CancelRequest"), secretKey: try packet.readInt32("CancelRequest"))
        case protocolVersion3:
            return .startup(parameters: try parameters(of: &packet), raw: raw)
        default:
            throw WireError("unsupported startup packet (code \(code), length \(length))")
        }
    }

    private static func parameters(of packet: inout ByteBuffer) throws(WireError) -> [(String, String)] {
        var parameters: [(String, String)] = []
        while true {
            let name = try packet.readCString("StartupMessage")
            if name.isEmpty { break }
            parameters.append((name, try packet.readCString("StartupMessage")))
        }
        guard packet.readableBytes == 0 else { throw WireError("StartupMessage: bytes after the parameter list") }
        guard parameters.contains(where: { $0.0 == "user" }) else { throw WireError("StartupMessage: no user parameter") }
        return parameters
    }

    public static func == (lhs: StartupPacket, rhs: StartupPacket) -> Bool {
        switch (lhs, rhs) {
        case let (.startup(a, rawA), .startup(b, rawB)):
            rawA == rawB && a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.sslRequest, .sslRequest), (.gssEncryptionRequest, .gssEncryptionRequest): true
        case let (.cancel(p1, k1), .cancel(p2, k2)): p1 == p2 && k1 == k2
        default: false
        }
    }

    /// A CancelRequest for the given backend, as sent to the upstream server.
    public static func cancelPacket(processID: Int32, secretKey: Int32) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(16))
        buffer.writeInteger(cancelRequestCode)
        buffer.writeInteger(processID)
        buffer.writeInteger(secretKey)
        return buffer
    }

    /// A StartupMessage v3 with these parameters (used by `--check` and tests).
    public static func startupPacket(_ parameters: [(String, String)]) -> ByteBuffer {
        var body = ByteBuffer()
        body.writeInteger(protocolVersion3)
        for (name, value) in parameters {
            body.writeNullTerminatedString(name)
            body.writeNullTerminatedString(value)
        }
        body.writeInteger(UInt8(0))
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(body.readableBytes + 4))
        buffer.writeBuffer(&body)
        return buffer
    }
}
