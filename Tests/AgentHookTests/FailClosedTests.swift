import Glibc
import Testing
@testable import AgentHook

@Suite struct FailClosedTests {
    @Test func overrunningWorkIsStoppedAtTheDeadline() {
        let outcome = IsolatedRun.run(deadlineMilliseconds: 200) {
            sleep(30)
            return .passThrough
        }
        guard case .timedOut = outcome else { Issue.record("expected a timeout, got \(outcome)"); return }
    }

    @Test func crashingWorkIsReported() {
        let outcome = IsolatedRun.run(deadlineMilliseconds: 5000) {
            abort()
        }
        guard case .crashed(let reason) = outcome else { Issue.record("expected a crash, got \(outcome)"); return }
        #expect(reason.contains("signal 6"))
    }

    @Test func answersComeBackWhole() {
        let answer = HostAnswer(standardOutput: "{\"a\":\"ü\n\"}\n", standardError: "why\n", exitStatus: 2)
        guard case .answered(let received) = IsolatedRun.run(deadlineMilliseconds: 5000, { answer }) else {
            Issue.record("no answer"); return
        }
        #expect(received == answer)
    }

    @Test func timeoutOnADatabaseCommandDenies() {
        var options = HookRunner.Options()
        options.host = .claude
        let payload = Array(#"{"tool_name":"Bash","tool_input":{"command":"psql -c 'SELECT 1'"}}"#.utf8)
        let answer = HookRunner.failClosed(payload, options: options, reason: "the hook did not decide within its 2.0 s deadline")
        #expect(answer.standardOutput.contains("\"deny\"") && answer.standardOutput.contains("deadline"))
        let other = Array(#"{"tool_name":"Bash","tool_input":{"command":"ls"}}"#.utf8)
        #expect(HookRunner.failClosed(other, options: options, reason: "x") == .passThrough)
    }
}
