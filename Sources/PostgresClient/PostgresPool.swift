import Foundation

/// A few connections to one server, handed to one caller at a time. Connections are made on demand up
/// to `maxConnections`; a caller beyond that waits. A connection that broke (the server restarted) is
/// reconnected when it is next handed out, so the pool recovers by itself once the server is back.
public final class PostgresPool: @unchecked Sendable {
    public let dsn: String
    public let maxConnections: Int
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0

    /// Makes no connection yet: a server that is down at start is reported by the first call.
    public init(dsn: String, maxConnections: Int = 4) {
        self.dsn = dsn
        self.maxConnections = max(1, maxConnections)
    }

    /// Runs `body` with a connection of its own. A connection left inside a transaction is rolled back
    /// before it goes back, and one that is unusable is dropped.
    public func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    private func checkOut() throws -> PostgresConnection {
        condition.lock()
        while idle.isEmpty && open >= maxConnections { condition.wait() }
        if let connection = idle.popLast() {
            condition.unlock()
            do {
                try connection.reconnectIfNeeded()
            } catch {
                discard()
                throw error
            }
            return connection
        }
        open += 1
        condition.unlock()
        do {
            return try PostgresConnection(dsn: dsn)
        } catch {
            discard()
            throw error
        }
    }

    private func checkIn(_ connection: PostgresConnection) {
        if connection.inTransaction { _ = try? connection.execute("ROLLBACK") }
        condition.lock()
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    private func discard() {
        condition.lock()
        open -= 1
        condition.signal()
        condition.unlock()
    }
}
