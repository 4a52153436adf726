import Foundation
import Logging
import MCP

/// The MCP stdio transport (newline-delimited JSON-RPC on stdin/stdout) with a bound on the size of one
/// message, so that a client cannot make the server hold an arbitrary line in memory. A line over the
/// bound is dropped as it streams in and answered with a JSON-RPC error; a line that is not JSON is
/// answered with a parse error (id null). The tests use it as the client's side of the pipe too.
/// Nothing but protocol messages is ever written to stdout.
public actor BoundedStdioTransport: Transport {
    public nonisolated let logger: Logger
    let maxMessageBytes: Int
    private let input: FileHandle
    private let output: FileHandle
    private let stream: AsyncThrowingStream<Data, Swift.Error>
    private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
    private var started = false

    public init(maxMessageBytes: Int, logger: Logger = Logger(label: "sqlrisk-gate.stdio"), input: FileHandle = .standardInput, output: FileHandle = .standardOutput) {
        self.maxMessageBytes = maxMessageBytes
        self.logger = logger
        self.input = input
        self.output = output
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    public func connect() async throws {
        guard !started else { return }
        started = true
        let reader = LineReader(limit: maxMessageBytes)
        let input = self.input, continuation = self.continuation, logger = self.logger
        // A thread of its own: a blocking read must not hold one of the few cooperative threads.
        Thread.detachNewThread {
            reader.run(input: input) { event in
                switch event {
                case .message(let data):
                    if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                        logger.warning("dropped a line that is not JSON", metadata: ["bytes": "\(data.count)"])
                        Task { await self.reply(error: -32700, "Parse error: the message is not valid JSON", id: nil) }
                    } else {
                        continuation.yield(data)
                    }
                case .tooLarge(let bytes, let id):
                    logger.warning("dropped an oversized message", metadata: ["bytes": "\(bytes)"])
                    Task {
                        await self.reply(error: -32600, "Invalid request: the message is larger than \(reader.limit) bytes (--max-message-bytes); shorten the SQL or raise the limit", id: id)
                    }
                }
            }
            continuation.finish()
        }
    }

    public func disconnect() async { continuation.finish() }

    public func send(_ data: Data) async throws {
        var line = data
        line.append(UInt8(ascii: "\n"))
        do { try output.write(contentsOf: line) } catch { throw MCPError.transportError(error) }
    }

    public func receive() -> AsyncThrowingStream<Data, Swift.Error> { stream }

    private func reply(error code: Int, _ message: String, id: String?) async {
        let text = "{\"jsonrpc\":\"2.0\",\"id\":\(id ?? "null"),\"error\":{\"code\":\(code),\"message\":\(Self.quoted(message))}}"
        try? await send(Data(text.utf8))
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

/// Splits standard input into lines of at most `limit` bytes, scanning each byte once.
final class LineReader: Sendable {
    enum Event {
        case message(Data)
        /// A line over the limit, with its JSON-RPC id as JSON text when its start showed one.
        case tooLarge(bytes: Int, id: String?)
    }

    let limit: Int
    init(limit: Int) { self.limit = limit }

    func run(input: FileHandle, _ deliver: (Event) -> Void) {
        var line = Data()
        var dropping: (bytes: Int, id: String?)?
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { return }
            var start = chunk.startIndex
            while start < chunk.endIndex {
                let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n"))
                let end = newline ?? chunk.endIndex
                if var dropped = dropping {
                    dropped.bytes += end - start
                    dropping = dropped
                } else if line.count + (end - start) > limit {
                    line.append(chunk[start..<min(end, start + 4096)])
                    dropping = (line.count + (end - start), Self.requestID(in: line))
                    line = Data()
                } else {
                    line.append(chunk[start..<end])
                }
                guard let newline else { break }
                if let dropped = dropping {
                    deliver(.tooLarge(bytes: dropped.bytes, id: dropped.id))
                } else if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
                    deliver(.message(line))
                }
                line = Data()
                dropping = nil
                start = chunk.index(after: newline)
            }
        }
    }

    /// The `"id"` member of a message's first bytes (a number or a simple string), as JSON text.
    static func requestID(in prefix: Data) -> String? {
        let text = String(decoding: prefix.prefix(4096), as: UTF8.self)
        guard let key = text.range(of: "\"id\"") else { return nil }
        var rest = text[key.upperBound...].drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if rest.first == "\"" {
            let body = rest.dropFirst().prefix { $0 != "\"" && $0 != "\\" }
            return body.count < 200 ? "\"" + body + "\"" : nil
        }
        let number = rest.prefix { $0.isNumber || $0 == "-" }
        return number.isEmpty ? nil : String(number)
    }
}
