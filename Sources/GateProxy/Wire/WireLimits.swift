/// How large a message the proxy accepts before it calls the input a protocol violation and closes the
/// connection (SPEC §10). PostgreSQL itself accepts up to 1 GiB; a gate that must parse every `Query`
/// and `Parse` keeps a much lower default.
public struct WireLimits: Sendable, Equatable {
    /// Largest startup packet (StartupMessage, SSLRequest, CancelRequest): PostgreSQL's own limit is 10 000 bytes.
    public var maxStartupPacket: Int
    /// Largest frontend message body of any type (`Query`, `Parse`, `CopyData` ...).
    public var maxFrontendMessage: Int
    /// Largest backend message body (a `DataRow` of a wide row).
    public var maxBackendMessage: Int

    public init(maxStartupPacket: Int = 10_000, maxFrontendMessage: Int = 64 << 20, maxBackendMessage: Int = 1 << 30) {
        self.maxStartupPacket = maxStartupPacket
        self.maxFrontendMessage = maxFrontendMessage
        self.maxBackendMessage = maxBackendMessage
    }
}

/// A violation of protocol 3 by either peer: the connection it came from is closed with this message.
public struct WireError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
