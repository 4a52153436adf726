import NIOCore

/// One protocol-3 message as it travels after start-up: a type byte and its body (the length word is
/// implied). The proxy forwards frames it does not need to understand without decoding them.
public struct Frame: Sendable, Equatable {
    public var type: UInt8
    public var body: ByteBuffer

    public init(type: UInt8, body: ByteBuffer) {
        self.type = type
        self.body = body
    }

    public init(_ type: Character, body: ByteBuffer) {
        self.init(type: type.asciiValue!, body: body)
    }

    /// Type byte, length word (which counts itself), body.
    public func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(type)
        buffer.writeInteger(UInt32(body.readableBytes + 4))
        var body = body
        buffer.writeBuffer(&body)
    }

    public var typeCharacter: Character { Character(Unicode.Scalar(type)) }
}

/// Splits a byte stream into frames: reads one frame if a whole one is buffered. A length word below 4 or
/// above `maxBody + 4` is a protocol violation, raised before the body is buffered.
public enum FrameSplitter {
    public static func next(from buffer: inout ByteBuffer, maxBody: Int) throws(WireError) -> Frame? {
        guard buffer.readableBytes >= 5,
              let type: UInt8 = buffer.getInteger(at: buffer.readerIndex),
              let length: UInt32 = buffer.getInteger(at: buffer.readerIndex + 1) else { return nil }
        guard length >= 4 else { throw WireError("invalid message length \(length)") }
        let bodyLength = Int(length) - 4
        guard bodyLength <= maxBody else {
            throw WireError("message of type '\(Character(Unicode.Scalar(type)))' is \(bodyLength) bytes, above the limit of \(maxBody)")
        }
        guard buffer.readableBytes >= 5 + bodyLength else { return nil }
        buffer.moveReaderIndex(forwardBy: 5)
        let body = buffer.readSlice(length: bodyLength)!
        return Frame(type: type, body: body)
    }
}

extension ByteBuffer {
    /// A NUL-terminated string that must be present: a missing terminator is a protocol violation.
    mutating func readCString(_ what: String) throws(WireError) -> String {
        guard let text = readNullTerminatedString() else { throw WireError("\(what): missing string terminator") }
        return text
    }

    mutating func readInt32(_ what: String) throws(WireError) -> Int32 {
        guard let value: Int32 = readInteger() else { throw WireError("\(what): message too short") }
        return value
    }

    mutating func readInt16(_ what: String) throws(WireError) -> Int16 {
        guard let value: Int16 = readInteger() else { throw WireError("\(what): message too short") }
        return value
    }

    mutating func readByte(_ what: String) throws(WireError) -> UInt8 {
        guard let value: UInt8 = readInteger() else { throw WireError("\(what): message too short") }
        return value
    }
}
