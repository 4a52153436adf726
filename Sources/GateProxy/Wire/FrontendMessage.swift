import NIOCore

/// The frontend messages the gate must understand, decoded from a frame. Anything else is passed on as
/// its raw frame (or refused, for `FunctionCall`).
public enum FrontendMessage: Sendable, Equatable {
    case query(String)
    case parse(statement: String, query: String)
    case bind(portal: String, statement: String)
    /// `kind` is `S` (statement) or `P` (portal).
    case describe(kind: UInt8, name: String)
    case execute(portal: String, maxRows: Int32)
    case close(kind: UInt8, name: String)
    case sync
    case flush
    case functionCall
    case terminate
    case copyData
    case copyDone
    case copyFail(String)
    /// PasswordMessage, SASLInitialResponse or SASLResponse: opaque to the proxy.
    case authentication

    /// Decodes the frame's body. An unknown type or a malformed body is a protocol violation.
    public init(_ frame: Frame) throws(WireError) {
        var body = frame.body
        switch frame.typeCharacter {
        case "Q": self = .query(try body.readCString("Query"))
        case "P":
            let statement = try body.readCString("Parse")
            let query = try body.readCString("Parse")
            let count = try body.readInt16("Parse")
            guard count >= 0, body.readableBytes == Int(count) * 4 else { throw WireError("Parse: bad parameter type list") }
            self = .parse(statement: statement, query: query)
        case "B":
            // Only the names matter to the gate; the rest (formats, values) is checked for shape by the server.
            let portal = try body.readCString("Bind")
            self = .bind(portal: portal, statement: try body.readCString("Bind"))
        case "D":
            let kind = try body.readByte("Describe")
            guard kind == UInt8(ascii: "S") || kind == UInt8(ascii: "P") else { throw WireError("Describe: bad kind \(kind)") }
            self = .describe(kind: kind, name: try body.readCString("Describe"))
        case "E":
            let portal = try body.readCString("Execute")
            self = .execute(portal: portal, maxRows: try body.readInt32("Execute"))
        case "C":
            let kind = try body.readByte("Close")
            guard kind == UInt8(ascii: "S") || kind == UInt8(ascii: "P") else { throw WireError("Close: bad kind \(kind)") }
            self = .close(kind: kind, name: try body.readCString("Close"))
        case "S": self = .sync
        case "H": self = .flush
        case "F": self = .functionCall
        case "X": self = .terminate
        case "d": self = .copyData
        case "c": self = .copyDone
        case "f": self = .copyFail(try body.readCString("CopyFail"))
        case "p": self = .authentication
        default: throw WireError("unknown frontend message type \(frame.type)")
        }
    }

    public static func queryFrame(_ sql: String) -> Frame {
        var body = ByteBuffer()
        body.writeNullTerminatedString(sql)
        return Frame("Q", body: body)
    }

    public static func parseFrame(statement: String, query: String) -> Frame {
        var body = ByteBuffer()
        body.writeNullTerminatedString(statement)
        body.writeNullTerminatedString(query)
        body.writeInteger(Int16(0))
        return Frame("P", body: body)
    }

    public static let syncFrame = Frame("S", body: ByteBuffer())
    public static let terminateFrame = Frame("X", body: ByteBuffer())
}
