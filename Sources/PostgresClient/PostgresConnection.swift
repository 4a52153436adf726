import CLibPQ

/// A blocking PostgreSQL connection over libpq (placeholder until the MCP issue lands).
public final class PostgresConnection: @unchecked Sendable {
    /// libpq's version number (150020 for 15.20), to prove the library links.
    public static var libraryVersion: Int { Int(PQlibVersion()) }
}
