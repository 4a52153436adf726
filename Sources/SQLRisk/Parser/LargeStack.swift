import CStackSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// libpg_query's JSON writer recurses once per level of a left-deep expression (`1+1+1...`), about
/// 130 bytes of C stack a level, so a deep enough statement overflows any fixed stack. Work whose
/// worst case does not fit in what is left of the caller's stack runs on a thread whose stack is
/// sized for it instead: a cached worker when it fits in a worker's stack (so a pool of small-stack
/// callers does not start a thread per call), a thread of its own otherwise.
/// (SPI for the C ABI, which guards whole classifications the same way.)
@_spi(CABI) public enum LargeStack {
    /// Worst-case C stack per byte of the longest statement: two bytes make one level (`+1`), a level
    /// costs ~130 bytes (measured), doubled for margin.
    static let bytesPerStatementByte = 128
    /// Stack kept free below the parse for our own frames and libpg_query's fixed overhead.
    static let reserve = 512 * 1024

    /// Bytes of stack left below the current frame of this thread, or 0 when it cannot be told.
    static func remainingOnCurrentThread() -> Int { Int(sqlrisk_remaining_stack()) }

    /// Runs `body` here when `stackNeeded` fits in this thread's remaining stack, else on a thread
    /// with at least that much stack. Returns nil when no such thread can be had.
    @_spi(CABI) public static func run<T>(stackNeeded: Int, _ body: () -> T) -> T? {
        if stackNeeded + reserve <= remainingOnCurrentThread() { return body() }
        var result: T?
        sqlrisk_note_handoff()
        let ran = withoutActuallyEscaping({ result = body() }) { work in
            if stackNeeded + reserve <= StackWorker.stackSize, let worker = StackWorkerPool.shared.take() {
                worker.perform(work)
                StackWorkerPool.shared.give(back: worker)
                return true
            }
            return runOnNewThread(stackSize: stackNeeded + reserve, work)
        }
        return ran ? result : nil
    }

    /// Threads started so far for callers whose stack was too small: cached workers and threads of
    /// their own (for tests: a pool of small-stack callers reuses the workers).
    @_spi(CABI) public static var threadsStarted: Int { StackWorkerPool.shared.started + OwnThreads.count.load() }

    /// Hand-offs to another thread made on the calling thread so far.
    @_spi(CABI) public static var handOffsOnThisThread: Int { Int(sqlrisk_handoffs_on_this_thread()) }

    /// Runs `work` on a new thread with the given stack size and waits for it.
    private static func runOnNewThread(stackSize: Int, _ work: @escaping () -> Void) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        let pageAligned = (stackSize + 0xFFFF) & ~0xFFFF
        guard pthread_attr_setstacksize(&attributes, pageAligned) == 0 else { return false }
        let context = Unmanaged.passRetained(Work(work)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { context in
            Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<Work>.fromOpaque(context).release()
            return false
        }
        pthread_join(thread, nil)
        OwnThreads.count.increment()
        return true
    }

    private enum OwnThreads {
        static let count = Counter()
    }

    /// The closure handed to the new thread; the caller waits for it, so nothing is shared concurrently.
    private final class Work: @unchecked Sendable {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
