import Synchronization

/// The key pairs the proxy hands its clients in BackendKeyData, mapped to the upstream backend's own, so
/// that a CancelRequest (which arrives on a new connection) reaches the right upstream query.
public final class CancelKeys: Sendable {
    public struct Key: Hashable, Sendable {
        public var processID: Int32
        public var secretKey: Int32
    }

    private let keys = Mutex<[Key: Key]>([:])

    public init() {}

    /// A fresh client-side key for this upstream key (random, so a client cannot guess another's).
    public func issue(for upstream: Key) -> Key {
        keys.withLock { keys in
            while true {
                let key = Key(processID: Int32.random(in: 1...Int32.max), secretKey: Int32.random(in: Int32.min...Int32.max))
                if keys[key] == nil {
                    keys[key] = upstream
                    return key
                }
            }
        }
    }

    public func upstream(for key: Key) -> Key? { keys.withLock { $0[key] } }

    public func remove(_ key: Key) { _ = keys.withLock { $0.removeValue(forKey: key) } }
}
