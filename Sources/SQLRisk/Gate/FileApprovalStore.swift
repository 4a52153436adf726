/// The embedded approval store (SPEC §7): one JSON file, `approvals.json`, in a directory of its own
/// (`$XDG_STATE_HOME/sqlrisk/`, else `~/.local/state/sqlrisk/`). Every operation holds an `flock` on
/// `approvals.lock` while it reads the file, changes it and replaces it with an atomic rename, so any
/// number of gate processes can share it; a single-use grant is consumed under that lock, once.
///
/// A file that cannot be read is never overwritten and never taken for an empty store: every operation
/// fails with an `ApprovalStoreError` that says what is wrong, and gates deny until a human fixes it.
public struct FileApprovalStore: ApprovalStore {
    public let directory: String
    /// How long a request, and a grant given without `--for`, stays live: one hour.
    public let defaultLifetime: Int64
    /// Expired entries stay this long so that `approve` can say "expired" rather than "unknown".
    public let retention: Int64 = 86_400

    public var statePath: String { directory + "/approvals.json" }
    var lockPath: String { directory + "/approvals.lock" }
    public var location: String { statePath }
    public var requestLifetime: Int64 { defaultLifetime }

    public init(directory: String, defaultLifetime: Int64 = 3600) {
        self.directory = directory
        self.defaultLifetime = defaultLifetime
    }

    /// The store at its default place, or nil when neither `$XDG_STATE_HOME` nor a home directory is known.
    public static func defaultStore() -> FileApprovalStore? {
        defaultDirectory().map { FileApprovalStore(directory: $0) }
    }

    public static func defaultDirectory() -> String? {
        if let state = GateSystem.environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/sqlrisk" }
        return GateSystem.homeDirectory.map { $0 + "/.local/state/sqlrisk" }
    }

    public func submit(_ request: ApprovalRequest) throws -> ApprovalRequest {
        try transaction(now: request.createdAt) { state in
            if let pending = state.requests.first(where: {
                $0.status == .pending && $0.request.expiresAt > request.createdAt && $0.request.digest == request.digest
                    && $0.request.profile == request.profile && $0.request.target == request.target
            }) { return pending.request }
            var stored = request
            while state.requests.contains(where: { $0.request.code == stored.code }) || stored.code.isEmpty { stored.code = ApprovalCode.generate() }
            state.requests.append(.init(request: stored, status: .pending))
            return stored
        }
    }

    public func redeem(digest: String, profile: String, target: String, now: Int64) throws -> ApprovalGrant? {
        try transaction(now: now) { state in
            guard let index = state.grants.firstIndex(where: {
                $0.expiresAt > now && $0.digest == digest && $0.profile == profile && $0.target == target
            }) else { return nil }
            let grant = state.grants[index]
            if !grant.reusable {
                state.grants.remove(at: index)
                state.setStatus(.used, code: grant.code)
            }
            return grant
        }
    }

    public func request(code: String) throws -> ApprovalRequest? {
        guard let code = ApprovalCode.normalize(code) else { return nil }
        return try transaction(now: nil, exclusive: false) { state in state.requests.first { $0.request.code == code }?.request }
    }

    /// Whether the request is waiting, granted, used up or revoked (for `approve`'s messages).
    public func status(code: String) throws -> StoredApprovals.Status? {
        guard let code = ApprovalCode.normalize(code) else { return nil }
        return try transaction(now: nil, exclusive: false) { state in state.requests.first { $0.request.code == code }?.status }
    }

    public func grant(code typed: String, for seconds: Int64?, reusable: Bool, grantedBy: String, now: Int64) throws -> ApprovalGrant {
        guard let code = ApprovalCode.normalize(typed) else { throw ApprovalStoreError("'\(typed)' is not an approval code (like K7Q-4MZ)") }
        return try transaction(now: now) { state in
            guard let stored = state.requests.first(where: { $0.request.code == code }) else {
                throw ApprovalStoreError("no approval request \(code) in \(statePath)")
            }
            guard stored.status == .pending else { throw ApprovalStoreError("request \(code) is already \(stored.status.rawValue)") }
            guard stored.request.expiresAt > now else {
                throw ApprovalStoreError("request \(code) expired at \(AuditEvent.timestamp(unixSeconds: stored.request.expiresAt)); let the gate ask again")
            }
            let request = stored.request
            let grant = ApprovalGrant(code: code, digest: request.digest, profile: request.profile, target: request.target,
                                      grantedBy: grantedBy, grantedAt: now, expiresAt: now + (seconds ?? defaultLifetime), reusable: reusable)
            state.grants.append(grant)
            state.setStatus(.granted, code: code)
            return grant
        }
    }

    public func revoke(code typed: String) throws -> Bool {
        guard let code = ApprovalCode.normalize(typed) else { return false }
        let now = GateSystem.now().seconds
        return try transaction(now: now) { state in
            let grants = state.grants.count
            state.grants.removeAll { $0.code == code }
            let wasPending = state.requests.contains { $0.request.code == code && $0.status == .pending }
            if wasPending || grants != state.grants.count { state.setStatus(.revoked, code: code) }
            return wasPending || grants != state.grants.count
        }
    }

    public func list(now: Int64) throws -> (pending: [ApprovalRequest], grants: [ApprovalGrant]) {
        try transaction(now: nil, exclusive: false) { state in
            (state.requests.filter { $0.status == .pending && $0.request.expiresAt > now }.map(\.request),
             state.grants.filter { $0.expiresAt > now })
        }
    }

    /// Runs `body` on the store's contents under the lock (shared for reads); writes the result back
    /// when it changed, dropping entries expired more than `retention` ago before `now`.
    private func transaction<T>(now: Int64?, exclusive: Bool = true, _ body: (inout StoredApprovals) throws -> T) throws -> T {
        do {
            try GateSystem.makeDirectories(directory)
            let lock = try OpenFile.readWrite(lockPath)
            try lock.lock(exclusive: exclusive)
            defer { lock.unlock() }
            let original = try load()
            var state = original
            let result = try body(&state)
            if let now { state.purge(before: now - retention) }
            if exclusive, state != original {
                try GateSystem.replaceAtomically(statePath, with: state.encoded())
            }
            return result
        } catch let error as SystemCallError {
            throw ApprovalStoreError("approval store: \(error.description)")
        }
    }

    private func load() throws -> StoredApprovals {
        guard let file = try OpenFile.readOnly(statePath) else { return StoredApprovals() }
        let bytes = try file.readAll()
        do {
            return try StoredApprovals(decoding: bytes)
        } catch {
            throw ApprovalStoreError("approval store \(statePath) is corrupted (\(error)); every approval is refused until it is repaired or moved aside")
        }
    }
}
