#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A parked thread with a large stack that runs one caller's work at a time. The stack is reserved
/// address space: only the pages a deep parse touches are ever backed by memory.
final class StackWorker: @unchecked Sendable {
    /// Enough for a classification with nested bodies and a parse of a statement of ~60 KB of `+1`s.
    static let stackSize = 8 << 20

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Guarded by `mutex`: the work to run, and whether it has finished.
    private var job: (() -> Void)?
    private var finished = false

    /// Starts the thread; nil when the system refuses one.
    static func start() -> StackWorker? {
        let worker = StackWorker()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0,
              pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) == 0 else { return nil }
        var thread = pthread_t()
        // The thread keeps the worker alive for as long as it runs, which is the life of the process.
        let context = Unmanaged.passRetained(worker).toOpaque()
        guard pthread_create(&thread, &attributes, { context in
            Unmanaged<StackWorker>.fromOpaque(context!).takeUnretainedValue().serve()
        }, context) == 0 else {
            Unmanaged<StackWorker>.fromOpaque(context).release()
            return nil
        }
        return worker
    }

    private init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    /// Runs `work` on this worker's thread and waits until it has finished.
    func perform(_ work: @escaping () -> Void) {
        pthread_mutex_lock(mutex)
        job = work
        finished = false
        pthread_cond_broadcast(condition)
        while !finished { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }

    private func serve() -> Never {
        pthread_mutex_lock(mutex)
        while true {
            while job == nil { pthread_cond_wait(condition, mutex) }
            let work = job!
            pthread_mutex_unlock(mutex)
            work()
            pthread_mutex_lock(mutex)
            job = nil
            finished = true
            pthread_cond_broadcast(condition)
        }
    }
}

/// Idle workers, shared by every caller of the process. At most `capacity` are ever started; a caller
/// that finds none idle when all are busy gets a thread of its own (`LargeStack`).
final class StackWorkerPool: @unchecked Sendable {
    static let shared = StackWorkerPool()
    /// Twice the processors, at least 4: more concurrent deep callers than that are rare.
    let capacity = max(4, 2 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var idle: [StackWorker] = []
    private var startedCount = 0

    private init() { pthread_mutex_init(mutex, nil) }

    var started: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return startedCount
    }

    /// An idle worker, a new one while below capacity, or nil.
    func take() -> StackWorker? {
        pthread_mutex_lock(mutex)
        if let worker = idle.popLast() {
            pthread_mutex_unlock(mutex)
            return worker
        }
        guard startedCount < capacity else {
            pthread_mutex_unlock(mutex)
            return nil
        }
        startedCount += 1
        pthread_mutex_unlock(mutex)
        guard let worker = StackWorker.start() else {
            pthread_mutex_lock(mutex)
            startedCount -= 1
            pthread_mutex_unlock(mutex)
            return nil
        }
        return worker
    }

    func give(back worker: StackWorker) {
        pthread_mutex_lock(mutex)
        idle.append(worker)
        pthread_mutex_unlock(mutex)
    }
}

/// A counter any thread may bump.
final class Counter: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value = 0

    init() { pthread_mutex_init(mutex, nil) }

    func increment() {
        pthread_mutex_lock(mutex)
        value += 1
        pthread_mutex_unlock(mutex)
    }

    func load() -> Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return value
    }
}
