/// Re-indents compact JSON with two spaces; whitespace outside strings is dropped first, so an `id`
/// written with its own spacing lines up too. Empty containers and arrays of plain values (such as
/// `"objects": ["users"]`) stay on one line.
enum PrettyJSON {
    static func format(_ json: String, indentLevel: Int = 0) -> String {
        var printer = Printer(bytes: Array(json.utf8), depth: indentLevel)
        printer.run()
        return String(decoding: printer.out, as: UTF8.self)
    }

    private struct Printer {
        let bytes: [UInt8]
        var depth: Int
        var out: [UInt8] = []
        var index = 0

        mutating func run() {
            out.reserveCapacity(bytes.count * 2)
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22:
                    copyString()
                case 0x7B, 0x5B:  // { [
                    if byte == 0x5B, let end = endOfFlatArray() {
                        copyInline(through: end)
                        continue
                    }
                    out.append(byte)
                    index += 1
                    skipWhitespace()
                    if index < bytes.count, bytes[index] == byte + 2 {  // } is { + 2, ] is [ + 2
                        out.append(bytes[index])
                        index += 1
                    } else {
                        depth += 1
                        newline()
                    }
                case 0x7D, 0x5D:  // } ]
                    depth -= 1
                    newline()
                    out.append(byte)
                    index += 1
                case 0x2C:
                    out.append(byte)
                    index += 1
                    newline()
                case 0x3A:
                    out.append(contentsOf: [0x3A, 0x20])
                    index += 1
                default:
                    if !isWhitespace(byte) { out.append(byte) }
                    index += 1
                }
            }
        }

        /// The index of the `]` closing the array at `index`, if the array holds no object or array.
        private func endOfFlatArray() -> Int? {
            var position = index + 1
            while position < bytes.count {
                switch bytes[position] {
                case 0x22: position = endOfString(from: position)
                case 0x5B, 0x7B: return nil
                case 0x5D: return position
                default: position += 1
                }
            }
            return nil
        }

        /// Copies `[a,b]` as `[a, b]`.
        private mutating func copyInline(through end: Int) {
            while index <= end {
                let byte = bytes[index]
                if byte == 0x22 {
                    copyString()
                    continue
                }
                if byte == 0x2C {
                    out.append(contentsOf: [0x2C, 0x20])
                } else if !isWhitespace(byte) {
                    out.append(byte)
                }
                index += 1
            }
        }

        private mutating func copyString() {
            let end = endOfString(from: index)
            out.append(contentsOf: bytes[index..<end])
            index = end
        }

        /// The index just past the string whose opening quote is at `start`.
        private func endOfString(from start: Int) -> Int {
            var position = start + 1
            while position < bytes.count {
                switch bytes[position] {
                case 0x5C: position += 2
                case 0x22: return position + 1
                default: position += 1
                }
            }
            return bytes.count
        }

        private mutating func skipWhitespace() {
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        }

        private mutating func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }

        private func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
