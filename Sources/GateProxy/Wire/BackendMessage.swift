import NIOCore

/// The backend messages the proxy reads or writes itself. Every other backend frame is forwarded untouched.
public enum BackendMessage {
    /// `Z`: `I` idle, `T` in a transaction block, `E` in a failed transaction block.
    public static func transactionStatus(of frame: Frame) throws(WireError) -> UInt8 {
        var body = frame.body
        let status = try body.readByte("ReadyForQuery")
        guard status == UInt8(ascii: "I") || status == UInt8(ascii: "T") || status == UInt8(ascii: "E"), body.readableBytes == 0 else {
            throw WireError("ReadyForQuery: bad transaction status \(status)")
        }
        return status
    }

    /// `K`: the backend's process id and cancel key.
    public static func backendKey(of frame: Frame) throws(WireError) -> (processID: Int32, secretKey: Int32) {
        var body = frame.body
        let pid = try body.readInt32("BackendKeyData")
        let key = try body.readInt32("BackendKeyData")
        guard body.readableBytes == 0 else { throw WireError("BackendKeyData: trailing bytes") }
        return (pid, key)
    }

    public static func backendKeyFrame(processID: Int32, secretKey: Int32) -> Frame {
        var body = ByteBuffer()
        body.writeInteger(processID)
        body.writeInteger(secretKey)
        return Frame("K", body: body)
    }

    /// `R`: the authentication request code (0 ok, 10 SASL, 11 SASL continue, 12 SASL final ...).
    public static func authenticationCode(of frame: Frame) throws(WireError) -> Int32 {
        var body = frame.body
        return try body.readInt32("Authentication")
    }

    /// The mechanisms of an `AuthenticationSASL` frame.
    public static func saslMechanisms(of frame: Frame) throws(WireError) -> [String] {
        var body = frame.body
        _ = try body.readInt32("AuthenticationSASL")
        var mechanisms: [String] = []
        while true {
            let name = try body.readCString("AuthenticationSASL")
            if name.isEmpty { break }
            mechanisms.append(name)
        }
        return mechanisms
    }

    public static func saslFrame(mechanisms: [String]) -> Frame {
        var body = ByteBuffer()
        body.writeInteger(Int32(10))
        for name in mechanisms { body.writeNullTerminatedString(name) }
        body.writeInteger(UInt8(0))
        return Frame("R", body: body)
    }

    /// The fields of an `ErrorResponse` or `NoticeResponse`, keyed by field type (`S`, `C`, `M`, `D`, `H` ...).
    public static func fields(of frame: Frame) throws(WireError) -> [UInt8: String] {
        var body = frame.body
        var fields: [UInt8: String] = [:]
        while true {
            let code = try body.readByte("ErrorResponse")
            if code == 0 { break }
            fields[code] = try body.readCString("ErrorResponse")
        }
        return fields
    }

    /// `C`: the command tag (`INSERT 0 1`, `SELECT 3`).
    public static func commandTag(of frame: Frame) throws(WireError) -> String {
        var body = frame.body
        return try body.readCString("CommandComplete")
    }

    /// An `ErrorResponse` (`E`) or `NoticeResponse` (`N`) with the fields in the given order.
    public static func responseFrame(_ type: Character, fields: [(Character, String)]) -> Frame {
        var body = ByteBuffer()
        for (code, value) in fields {
            body.writeInteger(code.asciiValue!)
            body.writeNullTerminatedString(value)
        }
        body.writeInteger(UInt8(0))
        return Frame(type, body: body)
    }

    /// A FATAL error for a connection the proxy ends itself.
    public static func fatal(_ sqlState: String, _ message: String) -> Frame {
        responseFrame("E", fields: [("S", "FATAL"), ("V", "FATAL"), ("C", sqlState), ("M", message)])
    }

    public static func readyForQuery(_ status: UInt8) -> Frame {
        var body = ByteBuffer()
        body.writeInteger(status)
        return Frame("Z", body: body)
    }
}
