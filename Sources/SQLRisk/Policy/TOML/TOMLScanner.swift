/// A cursor over the bytes of a TOML document: whitespace, comments, newlines, keys and strings.
/// Numbers and dates are in `TOMLScanner+Scalars.swift`; the table structure in `TOMLParser`.
struct TOMLScanner {
    let bytes: [UInt8]
    var offset = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    var atEnd: Bool { offset >= bytes.count }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func peek(_ ahead: Int = 1) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    /// Where the cursor is: the column counts Unicode scalars from the line's start.
    var position: TOMLPosition {
        var column = 1
        var i = lineStart
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return TOMLPosition(line: line, column: column)
    }

    func error(_ message: String) -> TOMLError { TOMLError(message, at: position) }

    func error(_ message: String, at position: TOMLPosition) -> TOMLError { TOMLError(message, at: position) }

    mutating func advance(_ count: Int = 1) { offset += count }

    /// Consumes `\n` or `\r\n`; false (and nothing consumed) otherwise.
    mutating func newline() -> Bool {
        if current == 0x0A {
            offset += 1
        } else if current == 0x0D && peek() == 0x0A {
            offset += 2
        } else {
            return false
        }
        line += 1
        lineStart = offset
        return true
    }

    mutating func skipSpaces() {
        while current == 0x20 || current == 0x09 { offset += 1 }
    }

    /// Skips a `#` comment up to (not including) the line end. Control characters other than tab are errors.
    mutating func skipComment() throws(TOMLError) {
        guard current == 0x23 else { return }
        while let byte = current, byte != 0x0A {
            if byte == 0x0D && peek() == 0x0A { break }
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F { throw error("control character in a comment") }
            offset += 1
        }
    }

    /// Spaces, then an optional comment, then the end of the line or of the document.
    mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        try skipComment()
        if atEnd || newline() { return }
        throw error("expected the end of the line, found \(describeCurrent())")
    }

    /// Whitespace, newlines and comments (inside arrays).
    mutating func skipBlank() throws(TOMLError) {
        while true {
            skipSpaces()
            try skipComment()
            if !newline() { return }
        }
    }

    func describeCurrent() -> String {
        guard let byte = current else { return "the end of the document" }
        if byte == 0x0A || byte == 0x0D { return "the end of the line" }
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16))"
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    /// A dotted key: one or more simple keys with their positions.
    mutating func key() throws(TOMLError) -> [(String, TOMLPosition)] {
        var parts: [(String, TOMLPosition)] = []
        while true {
            skipSpaces()
            let start = position
            switch current {
            case 0x22:
                if peek() == 0x22 && peek(2) == 0x22 { throw error("a key cannot be a multi-line string") }
                parts.append((try basicString(), start))
            case 0x27:
                if peek() == 0x27 && peek(2) == 0x27 { throw error("a key cannot be a multi-line string") }
                parts.append((try literalString(), start))
            case let byte? where Self.isBareKeyByte(byte):
                let from = offset
                while let b = current, Self.isBareKeyByte(b) { offset += 1 }
                parts.append((String(decoding: bytes[from..<offset], as: UTF8.self), start))
            default:
                throw error("expected a key, found \(describeCurrent())")
            }
            skipSpaces()
            guard current == 0x2E else { return parts }
            offset += 1
        }
    }

    // MARK: Strings

    /// Any of the four string forms, at the cursor.
    mutating func string() throws(TOMLError) -> String {
        if current == 0x22 {
            return peek() == 0x22 && peek(2) == 0x22 ? try multilineBasicString() : try basicString()
        }
        return peek() == 0x27 && peek(2) == 0x27 ? try multilineLiteralString() : try literalString()
    }

    mutating func basicString() throws(TOMLError) -> String {
        offset += 1
        var out: [UInt8] = []
        while true {
            guard let byte = current, byte != 0x0A, !(byte == 0x0D && peek() == 0x0A) else {
                throw error("unterminated string")
            }
            switch byte {
            case 0x22:
                offset += 1
                return String(decoding: out, as: UTF8.self)
            case 0x5C:
                try escape(into: &out)
            default:
                try checkStringByte(byte)
                out.append(byte)
                offset += 1
            }
        }
    }

    mutating func literalString() throws(TOMLError) -> String {
        offset += 1
        let from = offset
        while true {
            guard let byte = current, byte != 0x0A, !(byte == 0x0D && peek() == 0x0A) else {
                throw error("unterminated literal string")
            }
            if byte == 0x27 {
                let text = String(decoding: bytes[from..<offset], as: UTF8.self)
                offset += 1
                return text
            }
            try checkStringByte(byte)
            offset += 1
        }
    }

    mutating func multilineBasicString() throws(TOMLError) -> String {
        offset += 3
        _ = newline()
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated multi-line string") }
            if byte == 0x22 && peek() == 0x22 && peek(2) == 0x22 {
                var quotes = 3
                while peek(quotes) == 0x22 { quotes += 1 }
                if quotes > 5 { throw error("too many quotes at the end of a multi-line string") }
                out.append(contentsOf: repeatElement(0x22, count: quotes - 3))
                offset += quotes
                return String(decoding: out, as: UTF8.self)
            }
            if newline() {
                out.append(0x0A)
                continue
            }
            if byte == 0x5C && lineEndingBackslash() {
                continue
            }
            if byte == 0x5C {
                try escape(into: &out)
                continue
            }
            try checkStringByte(byte)
            out.append(byte)
            offset += 1
        }
    }

    mutating func multilineLiteralString() throws(TOMLError) -> String {
        offset += 3
        _ = newline()
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated multi-line literal string") }
            if byte == 0x27 && peek() == 0x27 && peek(2) == 0x27 {
                var quotes = 3
                while peek(quotes) == 0x27 { quotes += 1 }
                if quotes > 5 { throw error("too many quotes at the end of a multi-line literal string") }
                out.append(contentsOf: repeatElement(0x27, count: quotes - 3))
                offset += quotes
                return String(decoding: out, as: UTF8.self)
            }
            if newline() {
                out.append(0x0A)
                continue
            }
            try checkStringByte(byte)
            out.append(byte)
            offset += 1
        }
    }

    /// A `\` followed only by whitespace up to the line end: it and all whitespace and newlines after
    /// it are trimmed. Leaves the cursor alone when the backslash is an ordinary escape.
    private mutating func lineEndingBackslash() -> Bool {
        var probe = offset + 1
        while probe < bytes.count && (bytes[probe] == 0x20 || bytes[probe] == 0x09) { probe += 1 }
        guard probe < bytes.count, bytes[probe] == 0x0A || (bytes[probe] == 0x0D && probe + 1 < bytes.count && bytes[probe + 1] == 0x0A) else {
            return false
        }
        offset = probe
        while true {
            skipSpaces()
            if !newline() { return true }
        }
    }

    private func checkStringByte(_ byte: UInt8) throws(TOMLError) {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw error("control character in a string; write it as an escape such as \\u001F")
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(TOMLError) {
        let at = position
        offset += 1
        guard let code = current else { throw error("unterminated string") }
        offset += 1
        switch code {
        case 0x62: out.append(0x08)
        case 0x74: out.append(0x09)
        case 0x6E: out.append(0x0A)
        case 0x66: out.append(0x0C)
        case 0x72: out.append(0x0D)
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x75, 0x55:
            let count = code == 0x75 ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let digit = current.flatMap(Self.hexValue) else {
                    throw error("\\\(code == 0x75 ? "u" : "U") needs \(count) hex digits", at: at)
                }
                value = value << 4 | UInt32(digit)
                offset += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("escape is not a Unicode scalar value", at: at)
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw error("unknown escape sequence \\\(Character(Unicode.Scalar(code)))", at: at)
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
