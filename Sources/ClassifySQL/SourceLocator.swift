/// Turns UTF-8 byte offsets into 1-based line and column numbers, the column counted in characters
/// so it matches what an editor shows. Line starts are found once; each lookup is a binary search,
/// and counting resumes from the previous lookup on the same line, so a long one-line dump with
/// thousands of statements is not counted from its start for each of them.
struct SourceLocator {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private var last: (offset: Int, line: Int, column: Int)?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    mutating func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        let line = lineIndex(containing: offset)
        var start = lineStarts[line]
        var column = 1
        if let last, last.line == line + 1, last.offset <= offset {
            start = last.offset
            column = last.column
        }
        column += String(decoding: bytes[start..<offset], as: UTF8.self).count
        last = (offset, line + 1, column)
        return (line + 1, column)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
