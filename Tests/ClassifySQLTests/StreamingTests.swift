import Foundation
import Testing

/// `classify-sql` as a long-running filter: another program writes queries into its standard input
/// and reads each answer before sending the next query.
@Suite("Streaming through a pipe")
struct StreamingTests {
    @Test("Each jsonl line is answered before standard input is closed")
    func answersEachLineAsItArrives() throws {
        let filter = try RunningFilter(["--input-format", "jsonl", "--format", "jsonl"])
        defer { filter.stop() }

        try filter.send(#"{"id": 1, "sql": "SELECT 1"}"# + "\n")
        let first = try #require(filter.readLine(timeout: 20), "no answer while standard input is still open")
        #expect(first.contains(#""id":1,"#) && first.contains(#""level":"safe""#))

        try filter.send(#"{"id": 2, "sql": "DROP TABLE t"}"# + "\n")
        let second = try #require(filter.readLine(timeout: 20))
        #expect(second.contains(#""id":2,"#) && second.contains(#""level":"destructive""#))

        #expect(filter.finish() == 1)
    }
}

/// A `classify-sql` process with pipes on both ends.
private final class RunningFilter: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var buffer = Data()
    private var closed = false

    init(_ arguments: [String]) throws {
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.condition.lock()
            if data.isEmpty { self.closed = true } else { self.buffer.append(data) }
            self.condition.broadcast()
            self.condition.unlock()
        }
        try process.run()
    }

    func send(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// The next line of output, or nil if none arrives within `timeout` seconds.
    func readLine(timeout: TimeInterval) -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: line, as: UTF8.self)
            }
            if closed || !condition.wait(until: deadline) { return nil }
        }
    }

    /// Closes standard input and returns the exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func stop() {
        output.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
        try? input.fileHandleForWriting.close()
    }
}
