/// Cuts a stream of chunks into lines without holding more than one partial line: a query log of any
/// size is read in constant memory. A final line without a newline still counts; a `\r` before the
/// newline is dropped.
struct LineSplitter {
    private let readChunk: () throws(SystemError) -> [UInt8]
    private var pending: [UInt8] = []
    private var nextLineNumber = 1
    private var finished = false

    init(readChunk: @escaping () throws(SystemError) -> [UInt8]) {
        self.readChunk = readChunk
    }

    /// The lines completed by the next chunk, numbered from 1; nil once the stream is exhausted.
    mutating func nextLines() throws(SystemError) -> [(number: Int, bytes: [UInt8])]? {
        guard !finished else { return nil }
        let chunk = try readChunk()
        var lines: [(number: Int, bytes: [UInt8])] = []
        if chunk.isEmpty {
            finished = true
            if pending.isEmpty { return nil }
            lines.append((nextLineNumber, trimmingCarriageReturn(pending)))
            pending = []
            return lines
        }
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            pending.append(contentsOf: chunk[start..<newline])
            lines.append((nextLineNumber, trimmingCarriageReturn(pending)))
            nextLineNumber += 1
            pending.removeAll(keepingCapacity: true)
            start = newline + 1
        }
        pending.append(contentsOf: chunk[start...])
        return lines
    }

    private func trimmingCarriageReturn(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }
}

extension [UInt8] {
    /// True for a line with nothing but spaces and tabs; such lines are skipped, not classified.
    var isBlank: Bool {
        allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C || $0 == 0x0D }
    }
}
