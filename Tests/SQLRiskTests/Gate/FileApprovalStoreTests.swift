import Foundation
import SQLRisk
import Testing

@Suite("File approval store")
struct FileApprovalStoreTests {
    let scratch: GateScratch
    let directory: URL
    let store: FileApprovalStore

    init() throws {
        scratch = try GateScratch()
        directory = scratch.url
        store = FileApprovalStore(directory: directory.appendingPathComponent("state/sqlrisk").path)
    }

    func request(_ sql: String = "DELETE FROM users", profile: String = "prod", target: String = "db", at now: Int64 = 1_000) -> ApprovalRequest {
        ApprovalRequest(code: ApprovalCode.generate(), digest: SHA256.hex(sql), profile: profile, target: target, sql: sql,
                        summary: "destructive delete-without-where", source: "cli", createdAt: now, expiresAt: now + 3600)
    }

    @Test func codesAreShortAndUnambiguous() {
        for _ in 0..<200 {
            let code = ApprovalCode.generate()
            #expect(code.range(of: "^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$", options: .regularExpression) != nil, "\(code)")
            #expect(ApprovalCode.normalize(code.lowercased().replacingOccurrences(of: "-", with: "")) == code)
        }
        #expect(ApprovalCode.normalize("K7Q-4MO") == nil)
    }

    @Test func theSameSQLAsksOnce() throws {
        let first = try store.submit(request())
        #expect(try store.submit(request()) == first)
        #expect(try store.submit(request(target: "other")).code != first.code)
        #expect(try store.submit(request(profile: "staging")).code != first.code)
        #expect(try store.list(now: 1_001).pending.count == 3)
    }

    @Test func aGrantPassesOnceForTheSameSQLProfileAndTarget() throws {
        let pending = try store.submit(request())
        let grant = try store.grant(code: pending.code.lowercased(), for: nil, reusable: false, grantedBy: "alice", now: 1_010)
        #expect(grant.expiresAt == 1_010 + 3600)
        #expect(try store.list(now: 1_011).pending.isEmpty)
        #expect(try store.redeem(digest: SHA256.hex("DELETE FROM users;"), profile: "prod", target: "db", now: 1_020) == nil)
        #expect(try store.redeem(digest: pending.digest, profile: "dev", target: "db", now: 1_020) == nil)
        #expect(try store.redeem(digest: pending.digest, profile: "prod", target: "db2", now: 1_020) == nil)
        #expect(try store.redeem(digest: pending.digest, profile: "prod", target: "db", now: 1_020)?.grantedBy == "alice")
        #expect(try store.redeem(digest: pending.digest, profile: "prod", target: "db", now: 1_021) == nil)
        #expect(try store.status(code: pending.code) == .used)
        #expect(throws: ApprovalStoreError.self) { try store.grant(code: pending.code, for: nil, reusable: false, grantedBy: "bob", now: 1_030) }
    }

    @Test func aReusableGrantPassesUntilItExpires() throws {
        let pending = try store.submit(request())
        _ = try store.grant(code: pending.code, for: 60, reusable: true, grantedBy: "alice", now: 1_000)
        for now in [1_001, 1_030, 1_059] as [Int64] {
            #expect(try store.redeem(digest: pending.digest, profile: "prod", target: "db", now: now) != nil)
        }
        #expect(try store.redeem(digest: pending.digest, profile: "prod", target: "db", now: 1_060) == nil)
        #expect(try store.list(now: 1_060).grants.isEmpty)
    }

    @Test func anExpiredRequestCannotBeGranted() throws {
        let pending = try store.submit(request())
        #expect(try store.list(now: pending.expiresAt).pending.isEmpty)
        let error = #expect(throws: ApprovalStoreError.self) {
            try store.grant(code: pending.code, for: nil, reusable: false, grantedBy: "alice", now: pending.expiresAt)
        }
        #expect(error?.description.contains("expired") == true)
        #expect(try store.request(code: pending.code) == pending)
    }

    @Test func revokeEndsARequestOrAGrant() throws {
        let first = try store.submit(request())
        #expect(try store.revoke(code: first.code))
        #expect(!(try store.revoke(code: first.code)))
        #expect(throws: ApprovalStoreError.self) { try store.grant(code: first.code, for: nil, reusable: true, grantedBy: "a", now: 1_001) }
        let second = try store.submit(request("DROP TABLE t"))
        _ = try store.grant(code: second.code, for: nil, reusable: true, grantedBy: "a", now: 1_001)
        #expect(try store.revoke(code: second.code))
        #expect(try store.redeem(digest: second.digest, profile: "prod", target: "db", now: 1_002) == nil)
        #expect(!(try store.revoke(code: "ZZZ-ZZZ")))
    }

    @Test(arguments: ["not json", "{\"version\":1,\"requests\":[{\"code\":\"K7Q-4MZ\"}],\"grants\":[]}", "{\"version\":9,\"requests\":[],\"grants\":[]}", "[", ""])
    func aCorruptedFileIsAnErrorAndIsKept(contents: String) throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: store.statePath))
        let error = #expect(throws: ApprovalStoreError.self) { try store.redeem(digest: "d", profile: "prod", target: "db", now: 1) }
        #expect(error?.description.contains(store.statePath) == true, "\(String(describing: error))")
        #expect(throws: ApprovalStoreError.self) { try store.submit(request()) }
        #expect(throws: ApprovalStoreError.self) { try store.list(now: 1) }
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: store.statePath)), as: UTF8.self) == contents)
    }

    @Test func eightProcessesRedeemASingleUseGrantOnce() throws {
        for round in 0..<3 {
            let pending = try store.submit(request("DELETE FROM t\(round)"))
            _ = try store.grant(code: pending.code, for: nil, reusable: false, grantedBy: "alice", now: 1_000)
            let results = try GateProcesses.runAtOnce((0..<8).map { _ in ["redeem", store.directory, pending.digest] })
            #expect(results.allSatisfy { $0.status == 0 }, "\(results)")
            #expect(results.filter { $0.output == "redeemed\n" }.count == 1, "\(results.map(\.output))")
            #expect(results.filter { $0.output == "none\n" }.count == 7)
        }
    }

    @Test func eightProcessesSubmittingLoseNoRequest() throws {
        let results = try GateProcesses.runAtOnce((0..<8).map { ["submit", store.directory, "digest\($0)-", "20"] })
        #expect(results.allSatisfy { $0.status == 0 }, "\(results)")
        let codes = results.flatMap { $0.output.split(separator: "\n") }
        #expect(codes.count == 160)
        #expect(Set(codes).count == 160)
        #expect(try store.list(now: 1_001).pending.count == 160)
    }
}
