import Testing
import PostgresClient

@Suite struct LibPQLinkTests {
    @Test func libpqIsVersion15OrLater() { #expect(PostgresConnection.libraryVersion >= 150000) }
}
