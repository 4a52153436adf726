import CStackSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// libpg_query's JSON writer recurses once per level of a left-deep expression (`1+1+1...`), about
/// 130 bytes of C stack a level, so a deep enough statement overflows any fixed stack. Parses whose
/// worst case does not fit in what is left of the caller's stack run on a thread whose stack is
/// sized for them instead. (SPI for the C ABI, which guards whole classifications the same way.)
@_spi(CABI) public enum LargeStack {
    /// Worst-case C stack per byte of the longest statement: two bytes make one level (`+1`), a level
    /// costs ~130 bytes (measured), doubled for margin.
    static let bytesPerStatementByte = 128
    /// Stack kept free below the parse for our own frames and libpg_query's fixed overhead.
    static let reserve = 512 * 1024

    /// Bytes of stack left below the current frame of this thread, or 0 when it cannot be told.
    static func remainingOnCurrentThread() -> Int { Int(sqlrisk_remaining_stack()) }

    /// Runs `body` here when `stackNeeded` fits in this thread's remaining stack, else on a new thread
    /// with a stack of that size. Returns nil when no such thread can be created.
    @_spi(CABI) public static func run<T>(stackNeeded: Int, _ body: () -> T) -> T? {
        if stackNeeded + reserve <= remainingOnCurrentThread() { return body() }
        var result: T?
        let ran = withoutActuallyEscaping({ result = body() }) { work in
            runOnNewThread(stackSize: stackNeeded + reserve, work)
        }
        return ran ? result : nil
    }

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
        return true
    }

    /// The closure handed to the new thread; the caller waits for it, so nothing is shared concurrently.
    private final class Work: @unchecked Sendable {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
