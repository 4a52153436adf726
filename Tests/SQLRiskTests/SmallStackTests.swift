import Foundation
import Testing
@testable import SQLRisk

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
}
