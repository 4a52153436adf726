/// Re-indents compact JSON with two spaces; whitespace outside strings is dropped first, so an `id`
/// written with its own spacing lines up too. Empty objects and arrays stay on one line.
enum PrettyJSON {
    static func format(_ json: String, indentLevel: Int = 0) -> String {
        let bytes = Array(json.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = indentLevel
        var inString = false
        var escaped = false
        var index = 0

        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22:
                inString = true
                out.append(byte)
            case 0x7B, 0x5B:  // { [
                out.append(byte)
                while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
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
            case 0x2C:
                out.append(byte)
                newline()
            case 0x3A:
                out.append(contentsOf: [0x3A, 0x20])
            case _ where isWhitespace(byte):
                continue
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
