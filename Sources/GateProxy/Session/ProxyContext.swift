import Logging
import NIOCore
import Synchronization

/// What all connections of one proxy share: configuration, the gate, cancel keys and the open sessions.
public final class ProxyContext: Sendable {
    public let configuration: ProxyConfiguration
    public let gate: ProxyGate
    public let cancelKeys = CancelKeys()
    public let logger: Logger
    private let sessions = Mutex<[ObjectIdentifier: ClientSession]>([:])
    private let nextID = Atomic<Int>(1)
    private let draining = Atomic<Bool>(false)

    public init(configuration: ProxyConfiguration, gate: ProxyGate, logger: Logger) {
        self.configuration = configuration
        self.gate = gate
        self.logger = logger
    }

    public var isDraining: Bool { draining.load(ordering: .relaxed) }
    public var openSessions: Int { sessions.withLock { $0.count } }

    func connectionID() -> Int { nextID.wrappingAdd(1, ordering: .relaxed).oldValue }

    /// False when the proxy is full or draining; the session then refuses the client.
    func admit(_ session: ClientSession) -> Bool {
        guard !isDraining else { return false }
        return sessions.withLock { sessions in
            guard sessions.count < configuration.maxConnections else { return false }
            sessions[ObjectIdentifier(session)] = session
            return true
        }
    }

    func leave(_ session: ClientSession) { _ = sessions.withLock { $0.removeValue(forKey: ObjectIdentifier(session)) } }

    /// Stops admitting clients and asks every session to close once it is between transactions.
    func beginDrain() {
        draining.store(true, ordering: .relaxed)
        for session in sessions.withLock({ Array($0.values) }) { session.drain() }
    }

    /// Closes whatever is still open (after the drain timeout).
    func closeAll() {
        for session in sessions.withLock({ Array($0.values) }) { session.terminate(reason: "the proxy is shutting down") }
    }
}
