/// The contents of the file approval store, and its JSON:
/// `{"version":1,"requests":[{…,"status":"pending"}],"grants":[{…}]}` with snake_case keys.
public struct StoredApprovals: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Waiting for a human.
        case pending
        /// A grant exists for it.
        case granted
        /// Its single-use grant let the SQL pass.
        case used
        case revoked
    }

    public struct Entry: Sendable, Equatable {
        public var request: ApprovalRequest
        public var status: Status
    }

    public static let formatVersion = 1

    public var requests: [Entry] = []
    public var grants: [ApprovalGrant] = []

    init() {}

    mutating func setStatus(_ status: Status, code: String) {
        for index in requests.indices where requests[index].request.code == code { requests[index].status = status }
    }

    mutating func purge(before cutoff: Int64) {
        requests.removeAll { $0.request.expiresAt <= cutoff && !grants.contains(where: { [code = $0.request.code] in $0.code == code }) }
        grants.removeAll { $0.expiresAt <= cutoff }
    }

    func encoded() -> [UInt8] {
        let out = JSONWriter()
        out.object {
            out.member("version") { out.number(Self.formatVersion) }
            out.member("requests") {
                out.array(requests) { entry in
                    let request = entry.request
                    out.object {
                        out.member("code") { out.string(request.code) }
                        out.member("digest") { out.string(request.digest) }
                        out.member("profile") { out.string(request.profile) }
                        out.member("target") { out.string(request.target) }
                        out.member("sql") { out.string(request.sql) }
                        out.member("summary") { out.string(request.summary) }
                        out.member("source") { out.string(request.source) }
                        out.member("created_at") { out.number(Int(request.createdAt)) }
                        out.member("expires_at") { out.number(Int(request.expiresAt)) }
                        out.member("status") { out.string(entry.status.rawValue) }
                    }
                }
            }
            out.member("grants") {
                out.array(grants) { grant in
                    out.object {
                        out.member("code") { out.string(grant.code) }
                        out.member("digest") { out.string(grant.digest) }
                        out.member("profile") { out.string(grant.profile) }
                        out.member("target") { out.string(grant.target) }
                        out.member("granted_by") { out.string(grant.grantedBy) }
                        out.member("granted_at") { out.number(Int(grant.grantedAt)) }
                        out.member("expires_at") { out.number(Int(grant.expiresAt)) }
                        out.member("reusable") { out.raw(grant.reusable ? "true" : "false") }
                    }
                }
            }
        }
        var bytes = out.bytes
        bytes.append(0x0A)
        return bytes
    }

    /// Reads the file's JSON; every missing or mistyped field is an error naming the entry and key.
    init(decoding bytes: [UInt8]) throws {
        let root = try JSONReader.parse(bytes)
        guard case .object = root else { throw ApprovalStoreError("the file is not a JSON object") }
        guard let version = root["version"]?.int else { throw ApprovalStoreError("no 'version'") }
        guard version == Self.formatVersion else { throw ApprovalStoreError("format version \(version) is not supported (expected \(Self.formatVersion))") }
        guard let requests = root["requests"]?.array, let grants = root["grants"]?.array else {
            throw ApprovalStoreError("'requests' and 'grants' must be arrays")
        }
        for (index, value) in requests.enumerated() {
            let field = Fields(value: value, place: "requests[\(index)]")
            let statusName = try field.string("status")
            guard let status = Status(rawValue: statusName) else { throw ApprovalStoreError("requests[\(index)].status '\(statusName)' is unknown") }
            let request = ApprovalRequest(
                code: try field.string("code"), digest: try field.string("digest"), profile: try field.string("profile"),
                target: try field.string("target"), sql: try field.string("sql"), summary: try field.string("summary"),
                source: try field.string("source"), createdAt: try field.int("created_at"), expiresAt: try field.int("expires_at"))
            self.requests.append(Entry(request: request, status: status))
        }
        for (index, value) in grants.enumerated() {
            let field = Fields(value: value, place: "grants[\(index)]")
            self.grants.append(ApprovalGrant(
                code: try field.string("code"), digest: try field.string("digest"), profile: try field.string("profile"),
                target: try field.string("target"), grantedBy: try field.string("granted_by"), grantedAt: try field.int("granted_at"),
                expiresAt: try field.int("expires_at"), reusable: try field.bool("reusable")))
        }
    }

    private struct Fields {
        var value: JSONValue
        var place: String

        func string(_ key: String) throws -> String {
            guard let text = value[key]?.string else { throw missing(key, "a string") }
            return text
        }

        func int(_ key: String) throws -> Int64 {
            guard let number = value[key]?.int else { throw missing(key, "an integer") }
            return number
        }

        func bool(_ key: String) throws -> Bool {
            guard let flag = value[key]?.bool else { throw missing(key, "true or false") }
            return flag
        }

        private func missing(_ key: String, _ expected: String) -> ApprovalStoreError {
            ApprovalStoreError("\(place).\(key) is missing or not \(expected)")
        }
    }
}
