/// Turns UTF-8 byte offsets into 1-based line and column numbers, the column counted in characters
/// so it matches what an editor shows. Line starts are found once; each lookup is a binary search.
struct SourceLocator {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let prefix = bytes[lineStarts[low]..<offset]
        return (low + 1, String(decoding: prefix, as: UTF8.self).count + 1)
    }
}
