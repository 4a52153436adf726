/// Everything one proxy instance needs to run (flags, and the policy's `[proxy]` table once it is parsed).
public struct ProxyConfiguration: Sendable {
    public var listenHost: String
    public var listenPort: Int
    public var upstreamHost: String
    public var upstreamPort: Int
    public var maxConnections: Int
    /// Seconds a client may stay silent between queries before the proxy closes it; nil: no limit.
    public var idleTimeout: Int64?
    /// Milliseconds, passed to the server as the `statement_timeout` startup parameter when the client sets none.
    public var statementTimeout: Int64?
    /// Seconds a client has to finish its startup packet (a client sending one byte a second is closed).
    public var startupTimeout: Int64
    /// Seconds SIGTERM waits for open queries before closing what is left.
    public var drainTimeout: Int64
    public var limits: WireLimits

    public init(listenHost: String = "127.0.0.1", listenPort: Int = 6432, upstreamHost: String = "127.0.0.1",
                upstreamPort: Int = 5432, maxConnections: Int = 1000, idleTimeout: Int64? = nil,
                statementTimeout: Int64? = nil, startupTimeout: Int64 = 15, drainTimeout: Int64 = 30,
                limits: WireLimits = WireLimits()) {
        self.listenHost = listenHost
        self.listenPort = listenPort
        self.upstreamHost = upstreamHost
        self.upstreamPort = upstreamPort
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
        self.statementTimeout = statementTimeout
        self.startupTimeout = startupTimeout
        self.drainTimeout = drainTimeout
        self.limits = limits
    }
}
