import Dispatch

/// Runs blocking work (libpq) off the cooperative thread pool, which has only as many threads as
/// cores: a query waiting on the server must not stall the MCP message loop.
enum Offload {
    private static let queue = DispatchQueue(label: "sqlrisk-gate.mcp.database", attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// The value of `operation`, or nil when `seconds` pass first (the operation is then left to finish
    /// on its own; its answer is ignored).
    static func withDeadline<T: Sendable>(seconds: Double, _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
        let race = Race<T?>()
        return try await withCheckedThrowingContinuation { continuation in
            race.set(continuation)
            Task { race.finish(await Result(asyncCatching: { try await operation() })) }
            Task {
                try? await Task.sleep(for: .seconds(seconds))
                race.finish(.success(nil))
            }
        }
    }
}

import Synchronization

/// Resumes a continuation once, with whichever result comes first.
private final class Race<T: Sendable>: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<T, Error>?, early: Result<T, Error>?)>((nil, nil))

    func set(_ continuation: CheckedContinuation<T, Error>) {
        let early: Result<T, Error>? = state.withLock { state in
            if let early = state.early { state.early = nil; return early }
            state.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    func finish(_ result: Result<T, Error>) {
        let continuation: CheckedContinuation<T, Error>? = state.withLock { state in
            if let continuation = state.continuation { state.continuation = nil; state.early = nil; return continuation }
            if state.early == nil { state.early = result }
            return nil
        }
        continuation?.resume(with: result)
    }
}

extension Result where Failure == Error {
    init(asyncCatching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
