import Foundation
import PostgresClient
import SQLRisk
import Synchronization
import Testing
import TestSupport

/// The shared approval store: several gate instances see each other's requests and grants, and a
/// single-use grant passes once however many race for it.
@Suite struct PostgresApprovalStoreTests {
    static func freshTable() -> String { "sqlrisk_approvals_test_\(UInt32.random(in: 0...UInt32.max))" }

    static func request(code: String, digest: String = "d1", now: Int64 = 1_000) -> ApprovalRequest {
        ApprovalRequest(code: code, digest: digest, profile: "prod", target: "app@db/prod", sql: "DELETE FROM t WHERE id = 1",
                        summary: "write write-statement", source: "mcp", createdAt: now, expiresAt: now + 3600)
    }

    @Test func twoInstancesHonourEachOthersGrants() throws {
        let dsn = try PostgresClientTests.cluster().dsn
        let table = Self.freshTable()
        let first = PostgresApprovalStore(dsn: dsn, table: table)
        let second = PostgresApprovalStore(dsn: dsn, table: table)

        let submitted = try first.submit(Self.request(code: "K7Q-4MZ"))
        // The same SQL for the same profile and target is the same pending request, from any instance.
        let again = try second.submit(Self.request(code: "ZZZ-ZZZ"))
        #expect(again.code == submitted.code)
        #expect(try second.request(code: "k7q4mz")?.sql == "DELETE FROM t WHERE id = 1")
        #expect(try second.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_001) == nil)

        let grant = try second.grant(code: "k7q-4mz", for: 60, reusable: false, grantedBy: "alice", now: 1_002)
        #expect(grant.expiresAt == 1_062)
        #expect(try first.list(now: 1_003).grants.map(\.code) == ["K7Q-4MZ"])
        // Other SQL, another profile or target, or after expiry: no grant.
        #expect(try first.redeem(digest: "d2", profile: "prod", target: "app@db/prod", now: 1_003) == nil)
        #expect(try first.redeem(digest: "d1", profile: "dev", target: "app@db/prod", now: 1_003) == nil)
        #expect(try first.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 2_000) == nil)

        let redeemed = try first.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_004)
        #expect(redeemed?.grantedBy == "alice")
        #expect(try second.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_005) == nil)
        #expect(try first.list(now: 1_005).grants.isEmpty)
    }

    @Test func reusableGrantPassesUntilRevoked() throws {
        let store = PostgresApprovalStore(dsn: try PostgresClientTests.cluster().dsn, table: Self.freshTable())
        _ = try store.submit(Self.request(code: "AAA-BBB"))
        _ = try store.grant(code: "AAA-BBB", for: nil, reusable: true, grantedBy: "bob", now: 1_001)
        #expect(try store.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_002)?.reusable == true)
        #expect(try store.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_003) != nil)
        #expect(try store.revoke(code: "aaa-bbb"))
        #expect(try store.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_004) == nil)
        #expect(try !store.revoke(code: "AAA-BBB"))
    }

    @Test func grantingAnUnknownOrExpiredCodeIsAnError() throws {
        let store = PostgresApprovalStore(dsn: try PostgresClientTests.cluster().dsn, table: Self.freshTable())
        #expect(throws: ApprovalStoreError.self) { try store.grant(code: "NOP-E00", for: nil, reusable: false, grantedBy: "x", now: 1) }
        _ = try store.submit(Self.request(code: "OLD-REQ"))
        #expect(throws: ApprovalStoreError.self) { try store.grant(code: "OLD-REQ", for: nil, reusable: false, grantedBy: "x", now: 9_999) }
        #expect(try store.list(now: 9_999).pending.isEmpty)
    }

    @Test func singleUseGrantIsRedeemedOnceByEightConcurrentInstances() throws {
        let dsn = try PostgresClientTests.cluster().dsn
        let table = Self.freshTable()
        let setup = PostgresApprovalStore(dsn: dsn, table: table)
        _ = try setup.submit(Self.request(code: "ONE-USE"))
        _ = try setup.grant(code: "ONE-USE", for: nil, reusable: false, grantedBy: "carol", now: 1_001)
        let stores = (0..<8).map { _ in PostgresApprovalStore(dsn: dsn, table: table, maxConnections: 1) }
        let outcomes = Mutex<[Result<Bool, ApprovalStoreError>]>([])
        // Eight threads with a connection each, released together so the redeems really race.
        let ready = DispatchSemaphore(value: 0), start = DispatchSemaphore(value: 0), done = DispatchGroup()
        for store in stores {
            done.enter()
            Thread.detachNewThread {
                _ = try? store.list(now: 1_001)
                ready.signal()
                start.wait()
                let outcome: Result<Bool, ApprovalStoreError>
                do {
                    outcome = .success(try store.redeem(digest: "d1", profile: "prod", target: "app@db/prod", now: 1_002) != nil)
                } catch {
                    outcome = .failure(error as? ApprovalStoreError ?? ApprovalStoreError("\(error)"))
                }
                outcomes.withLock { $0.append(outcome) }
                done.leave()
            }
        }
        for _ in stores { ready.wait() }
        for _ in stores { start.signal() }
        done.wait()
        let all = outcomes.withLock { $0 }
        #expect(all.count == 8)
        #expect(all.compactMap { try? $0.get() }.count == 8, "no redeemer failed: \(all)")
        #expect(all.filter { (try? $0.get()) == true }.count == 1)
    }
}
