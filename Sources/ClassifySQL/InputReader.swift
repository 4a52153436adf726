/// Reads the sources in order and hands out inputs in batches, in input order. For `lines` and `jsonl`
/// a batch is what one read brought in, so output keeps up with a pipe and memory stays bounded; for
/// `sql` a batch holds a few whole sources.
struct InputReader {
    private let format: InputFormat
    /// `--sql-field`: the `jsonl` member holding the SQL.
    var sqlField = "sql"
    private var sources: ArraySlice<InputSource>
    private var current: (name: String, lines: LineSplitter)?

    /// Whole sources per batch in `sql` format (a batch is the unit `--jobs` will spread over threads).
    private static let sourcesPerBatch = 16

    init(format: InputFormat, sources: [InputSource]) {
        self.format = format
        self.sources = sources[...]
    }

    /// The next inputs (and the reasons others could not be read), or nil when every source is done.
    mutating func nextBatch() -> [InputItem]? {
        switch format {
        case .sql: nextWholeSources()
        case .lines, .jsonl: nextLines()
        }
    }

    private mutating func nextWholeSources() -> [InputItem]? {
        guard !sources.isEmpty else { return nil }
        var batch: [InputItem] = []
        while batch.count < Self.sourcesPerBatch, let source = sources.popFirst() {
            do throws(SystemError) {
                batch.append(.input(Input(name: source.name, sql: try Self.readAll(source))))
            } catch {
                batch.append(.unreadable(UnreadableInput(name: source.name, line: nil, reason: error.description)))
            }
        }
        return batch
    }

    private mutating func nextLines() -> [InputItem]? {
        while true {
            if current == nil {
                guard let source = sources.popFirst() else { return nil }
                do throws(SystemError) {
                    current = (source.name, try Self.lineSplitter(source))
                } catch {
                    return [.unreadable(UnreadableInput(name: source.name, line: nil, reason: error.description))]
                }
            }
            guard let name = current?.name else { return nil }
            do throws(SystemError) {
                guard let lines = try current?.lines.nextLines() else {
                    current = nil
                    continue
                }
                return lines.compactMap { line in line.bytes.isBlank ? nil : item(name: name, line: line.number, bytes: line.bytes) }
            } catch {
                current = nil
                return [.unreadable(UnreadableInput(name: name, line: nil, reason: error.description))]
            }
        }
    }

    private func item(name: String, line: Int, bytes: [UInt8]) -> InputItem {
        guard format == .jsonl else { return .input(Input(name: name, origin: .line(line), sql: bytes)) }
        do throws(MalformedRecord) {
            let record = try QueryRecord(parsing: bytes, sqlField: sqlField)
            return .input(Input(name: name, origin: .record(line: line, id: record.id), sql: record.sql))
        } catch {
            return .unreadable(UnreadableInput(name: name, line: line, reason: error.description))
        }
    }

    // MARK: Sources

    private static func readAll(_ source: InputSource) throws(SystemError) -> [UInt8] {
        switch source {
        case .file(let path): try ByteStream.open(path: path).readAll()
        case .standardInput: try openStandardInput().readAll()
        case .argument(let text, _): Array(text.utf8)
        case .unlisted(_, let reason): throw SystemError(description: reason)
        }
    }

    private static func lineSplitter(_ source: InputSource) throws(SystemError) -> LineSplitter {
        switch source {
        case .file(let path):
            let stream = try ByteStream.open(path: path)
            return LineSplitter { () throws(SystemError) in try stream.read() }
        case .standardInput:
            let stream = openStandardInput()
            return LineSplitter { () throws(SystemError) in try stream.read() }
        case .unlisted(_, let reason):
            throw SystemError(description: reason)
        case .argument(let text, _):
            var remaining = Array(text.utf8)
            return LineSplitter { () throws(SystemError) in
                defer { remaining = [] }
                return remaining
            }
        }
    }

    /// Standard input; someone typing at a terminal is told how to finish.
    private static func openStandardInput() -> ByteStream {
        if Environment.isStandardInputTerminal {
            BufferedOutput.standardError.write("classify-sql: reading SQL from standard input; end it with Ctrl-D\n")
            BufferedOutput.standardError.flush()
        }
        return .standardInput
    }
}
