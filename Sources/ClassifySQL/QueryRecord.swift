/// One line of `--input-format jsonl`: a JSON object with a string `sql` and an optional `id` of any
/// JSON type. Other members are ignored, so query logs can be fed as they are.
///
/// The `id` is kept as the exact JSON text it was written as, so it comes back unchanged: large
/// integers, `1.50`, key order inside objects. A JSON `\u0000` or a lone surrogate in `sql` is kept
/// (a lone surrogate as its WTF-8 bytes) so the classifier, not the reader, rejects it as `critical`.
struct QueryRecord: Equatable {
    var sql: [UInt8]
    var id: String?

    init(sql: [UInt8], id: String? = nil) {
        self.sql = sql
        self.id = id
    }

    /// `sqlField` names the member that holds the SQL (`--sql-field`, default `sql`).
    init(parsing line: [UInt8], sqlField: String = "sql") throws(MalformedRecord) {
        var parser = JSONScanner(line, sqlField: Array(sqlField.utf8))
        self = try parser.record()
    }
}

/// Why a `jsonl` line was rejected; `column` is the 1-based byte column.
struct MalformedRecord: Error, Equatable, CustomStringConvertible {
    let reason: String
    let column: Int

    var description: String { "malformed JSON at column \(column): \(reason)" }
}

/// A strict RFC 8259 scanner over one line, just enough to read a `QueryRecord`.
private struct JSONScanner {
    private let bytes: [UInt8]
    private var index = 0
    /// Nesting allowed inside `id` and ignored members; deeper input is rejected, not recursed into.
    private static let maximumDepth = 256

    private let sqlField: [UInt8]

    init(_ bytes: [UInt8], sqlField: [UInt8]) {
        self.bytes = bytes
        self.sqlField = sqlField
    }

    mutating func record() throws(MalformedRecord) -> QueryRecord {
        skipWhitespace()
        guard peek == UInt8(ascii: "{") else { throw fail("expected a JSON object") }
        index += 1
        var sql: [UInt8]?
        var id: String?
        var seenID = false
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                let keyStart = index
                let key = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                switch key {
                case sqlField:
                    // A second "sql" could smuggle SQL past a tool that reads the first: refuse it.
                    guard sql == nil else { throw MalformedRecord(reason: "duplicate \"\(field)\"", column: keyStart + 1) }
                    guard peek == UInt8(ascii: "\"") else { throw fail("\"\(field)\" must be a string") }
                    sql = try string()
                case Array("id".utf8) where sqlField != Array("id".utf8):
                    guard !seenID else { throw MalformedRecord(reason: "duplicate \"id\"", column: keyStart + 1) }
                    seenID = true
                    let start = index
                    try skipValue(depth: 0)
                    guard let text = String(validating: bytes[start..<index], as: UTF8.self) else {
                        throw MalformedRecord(reason: "\"id\" is not valid UTF-8", column: start + 1)
                    }
                    id = text
                default:
                    try skipValue(depth: 0)
                }
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    index += 1
                } else if peek == UInt8(ascii: "}") {
                    index += 1
                    break
                } else {
                    throw fail("expected ',' or '}'")
                }
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the object") }
        guard let sql else { throw MalformedRecord(reason: "missing \"\(field)\" member", column: 1) }
        return QueryRecord(sql: sql, id: id)
    }

    // MARK: Values

    private var field: String { String(decoding: sqlField, as: UTF8.self) }

    private mutating func skipValue(depth: Int) throws(MalformedRecord) {
        guard depth < Self.maximumDepth else { throw fail("nested too deeply") }
        guard let byte = peek else { throw fail("unexpected end of line") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"):
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                _ = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: "}") { index += 1; return }
                try expect(UInt8(ascii: ","))
            }
        case UInt8(ascii: "["):
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: "]") { index += 1; return }
                try expect(UInt8(ascii: ","))
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        default:
            throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: String) throws(MalformedRecord) {
        for byte in word.utf8 {
            guard peek == byte else { throw fail("expected \(word)") }
            index += 1
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func number() throws(MalformedRecord) {
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try digits() > 0 else { throw fail("expected a digit") }
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard try digits() > 0 else { throw fail("expected a digit after '.'") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard try digits() > 0 else { throw fail("expected a digit in the exponent") }
        }
    }

    private mutating func digits() throws(MalformedRecord) -> Int {
        var count = 0
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            index += 1
            count += 1
        }
        return count
    }

    /// A string's decoded bytes; the scanner stands on its opening quote.
    private mutating func string() throws(MalformedRecord) -> [UInt8] {
        index += 1
        var decoded: [UInt8] = []
        while true {
            guard let byte = peek else { throw fail("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return decoded
            case UInt8(ascii: "\\"):
                index += 1
                try escape(into: &decoded)
            case 0..<0x20:
                throw fail("control character in a string (write it as an escape)")
            default:
                decoded.append(byte)
                index += 1
            }
        }
    }

    private mutating func escape(into decoded: inout [UInt8]) throws(MalformedRecord) {
        guard let byte = peek else { throw fail("unterminated string") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\"), peekNext == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try hexQuad()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            appendUTF8(scalar, to: &decoded)
        default:
            index -= 1
            throw fail("invalid escape")
        }
    }

    private mutating func hexQuad() throws(MalformedRecord) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = hexValue(byte) else { throw fail("expected four hex digits after \\u") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    // MARK: Bytes

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    private var peekNext: UInt8? { index + 1 < bytes.count ? bytes[index + 1] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(MalformedRecord) {
        guard peek == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
        index += 1
    }

    private func fail(_ reason: String) -> MalformedRecord {
        MalformedRecord(reason: reason, column: index + 1)
    }
}

private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

/// UTF-8 encoding of a code point; surrogates get the same three-byte pattern (WTF-8), which is invalid UTF-8.
private func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    switch value {
    case 0..<0x80:
        bytes.append(UInt8(value))
    case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | value >> 6))
        bytes.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | value >> 12))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
    default:
        bytes.append(UInt8(0xF0 | value >> 18))
        bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
    }
}
