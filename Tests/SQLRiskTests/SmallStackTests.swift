import Foundation
import Testing
@testable @_spi(CABI) import SQLRisk

/// A caller on a thread with a small stack (a C caller's pthread, a Dispatch worker) must get the same
/// answers as the main thread, not a stack overflow.
@Suite struct SmallStackTests {
    static let inputs = [
        "DELETE FROM t WHERE " + String(repeating: "NOT ", count: 200) + "false",
        "SELECT 1" + String(repeating: "+1", count: 30_000),
        "UPDATE t SET a = 1 WHERE id = 2",
        "DO $$ BEGIN EXECUTE 'DO $x$ BEGIN EXECUTE ''DROP TABLE t''; END $x$'; END $$",
    ]

    func classifyOnThread(stackSize: Int, _ sql: String) -> Report? {
        let done = DispatchSemaphore(value: 0)
        let box = ReportBox()
        let thread = Thread {
            box.report = Classifier().classify(sql)
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return box.report
    }

    final class ReportBox: @unchecked Sendable { var report: Report? }

    @Test(arguments: [64 * 1024, 256 * 1024])
    func smallStackGivesTheSameReport(stackSize: Int) {
        for sql in Self.inputs {
            #expect(classifyOnThread(stackSize: stackSize, sql) == Classifier().classify(sql), "\(sql.prefix(40))")
        }
    }

    /// Callers on small stacks (a JVM or thread pool's 1 MiB threads, here 128 KiB) hand the full path
    /// to cached workers: a thousand calls start at most a handful of threads, not a thousand.
    @Test func smallStackCallersReuseCachedWorkers() {
        let before = LargeStack.threadsStarted
        let done = DispatchSemaphore(value: 0)
        let box = ReportBox()
        let thread = Thread {
            for _ in 0..<1_000 { box.report = Classifier().classify("UPDATE t SET a = 1 WHERE id = 2") }
            done.signal()
        }
        thread.stackSize = 128 * 1024
        thread.start()
        done.wait()
        #expect(box.report?.level == .write)
        // Other suites running at the same time may start a few threads of their own (deep input).
        #expect(LargeStack.threadsStarted - before < 100)
    }

    /// On a 1 MiB stack (the JVM's and many pools' default), input the prefilter answers needs no
    /// hand-off at all, and a full classification exactly one.
    @Test func smallStackCostsAtMostOneHandOff() {
        final class Counts: @unchecked Sendable { var select = -1, update = -1 }
        let counts = Counts()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var before = LargeStack.handOffsOnThisThread
            for _ in 0..<200 { _ = Classifier().classify("SELECT id, name FROM users WHERE id = 1") }
            counts.select = LargeStack.handOffsOnThisThread - before
            before = LargeStack.handOffsOnThisThread
            for _ in 0..<200 { _ = Classifier().classify("UPDATE t SET a = 1 WHERE id = 2") }
            counts.update = LargeStack.handOffsOnThisThread - before
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
        #expect(counts.select == 0)
        #expect(counts.update == 200)
    }
}
