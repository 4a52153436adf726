#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs the hook's work in a child process with a deadline, so that a crash or a hang of the analysis
/// becomes an answer the parent gives (fail closed), instead of an exit status the host ignores.
enum IsolatedRun {
    enum Outcome {
        case answered(HostAnswer)
        case crashed(String)
        case timedOut
    }

    static func run(deadlineMilliseconds: Int32, _ work: () -> HostAnswer) -> Outcome {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .answered(work()) }
        let child = fork()
        if child < 0 {
            close(fds[0]); close(fds[1])
            return .answered(work())
        }
        if child == 0 {
            close(fds[0])
            let answer = work()
            let frame = "\(answer.exitStatus)\n\(answer.standardOutput.utf8.count)\n" + answer.standardOutput + answer.standardError
            FileAccess.writeAll(fds[1], Array(frame.utf8))
            _exit(0)
        }
        close(fds[1])
        defer { close(fds[0]) }
        var received: [UInt8] = []
        var remaining = deadlineMilliseconds
        var buffer = [UInt8](repeating: 0, count: 65536)
        let start = monotonicMilliseconds()
        while true {
            var poller = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, remaining)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 {
                kill(child, SIGKILL)
                var status: Int32 = 0
                waitpid(child, &status, 0)
                return .timedOut
            }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fds[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            received += buffer[0..<count]
            remaining = max(0, deadlineMilliseconds - Int32(monotonicMilliseconds() - start))
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        guard let answer = decode(received) else {
            let signal = status & 0x7F
            return .crashed(signal != 0 ? "the hook's analysis stopped with signal \(signal)" : "the hook's analysis ended without an answer")
        }
        return .answered(answer)
    }

    static func decode(_ bytes: [UInt8]) -> HostAnswer? {
        guard let first = bytes.firstIndex(of: 0x0A), let status = Int32(String(decoding: bytes[..<first], as: UTF8.self)) else { return nil }
        let rest = bytes[(first + 1)...]
        guard let second = rest.firstIndex(of: 0x0A), let length = Int(String(decoding: rest[..<second], as: UTF8.self)) else { return nil }
        let body = rest[(second + 1)...]
        guard body.count >= length else { return nil }
        let output = String(decoding: body.prefix(length), as: UTF8.self)
        let error = String(decoding: body.dropFirst(length), as: UTF8.self)
        return HostAnswer(standardOutput: output, standardError: error, exitStatus: status)
    }

    static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
