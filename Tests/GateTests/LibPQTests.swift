import Testing
import PostgresClient
import TestSupport

@Suite struct LibPQLinkTests {
    @Test func libpqIsVersion15OrLater() { #expect(PostgresConnection.libraryVersion >= 150000) }

    @Test func testClusterStarts() throws {
        let cluster = try TestCluster.shared().get()
        #expect(cluster.port > 0)
    }
}
