/// A JSON value, read by a small bounded reader: the hook and `classify-sql` stay Foundation-free, and a
/// payload is one small object, so a recursive reader with a depth limit is enough.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The member's value; the last one wins when a key repeats, as in most JSON readers.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.0 == key })?.1
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }
    public var members: [(String, JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }
}

public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ message: String, at offset: Int) { description = "\(message) at byte \(offset)" }
}

extension JSONValue {
    public static let maxDepth = 64

    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw JSONError("trailing characters", at: reader.index) }
        return value
    }

    public static func parse(_ text: String) throws(JSONError) -> JSONValue { try parse(Array(text.utf8)) }
}

struct JSONReader {
    let bytes: [UInt8]
    var index = 0

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) throws(JSONError) -> JSONValue {
        guard depth < JSONValue.maxDepth else { throw JSONError("nesting deeper than \(JSONValue.maxDepth)", at: index) }
        guard index < bytes.count else { throw JSONError("unexpected end", at: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(String, JSONValue)] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw JSONError("expected a key", at: index) }
                let key = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                members.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                if try endOrComma(UInt8(ascii: "}")) { return .object(members) }
            }
        case UInt8(ascii: "["):
            index += 1
            var values: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(values) }
            while true {
                skipWhitespace()
                values.append(try value(depth: depth + 1))
                skipWhitespace()
                if try endOrComma(UInt8(ascii: "]")) { return .array(values) }
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func endOrComma(_ close: UInt8) throws(JSONError) -> Bool {
        guard index < bytes.count else { throw JSONError("unexpected end", at: index) }
        if bytes[index] == close { index += 1; return true }
        try expect(UInt8(ascii: ","))
        return false
    }

    mutating func expect(_ byte: UInt8) throws(JSONError) {
        guard index < bytes.count, bytes[index] == byte else { throw JSONError("expected '\(Character(UnicodeScalar(byte)))'", at: index) }
        index += 1
    }

    mutating func literal(_ word: String) throws(JSONError) {
        for byte in word.utf8 { try expect(byte) }
    }

    mutating func number() throws(JSONError) -> Double {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, let text = String(validating: bytes[start..<index], as: UTF8.self), let value = Double(text) else {
            throw JSONError("invalid value", at: start)
        }
        return value
    }

    mutating func string() throws(JSONError) -> String {
        let start = index
        index += 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let value = String(validating: text, as: UTF8.self) else { throw JSONError("invalid UTF-8 in string", at: start) }
                return value
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw JSONError("unterminated string", at: start) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): text.append(escape)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    text.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
                default: throw JSONError("invalid escape", at: index - 1)
                }
            case 0..<0x20: throw JSONError("control character in string", at: index - 1)
            default: text.append(byte)
            }
        }
        throw JSONError("unterminated string", at: start)
    }

    mutating func hex4() throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONError("short \\u escape", at: index) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { throw JSONError("invalid \\u escape", at: index) }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }
}

/// Writes JSON text: only what the adapters send (objects of strings, booleans and nested objects).
public enum JSONWriter {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || c.value == 0x7F || c.value == 0x2028 || c.value == 0x2029:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    public static func write(_ value: JSONValue, indent: String? = nil, level: Int = 0) -> String {
        let newline = indent == nil ? "" : "\n"
        let pad = { (n: Int) in indent.map { String(repeating: $0, count: n) } ?? "" }
        let colon = indent == nil ? ":" : ": "
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .string(let text): return quote(text)
        case .array(let values):
            if values.isEmpty { return "[]" }
            return "[" + newline + values.map { pad(level + 1) + write($0, indent: indent, level: level + 1) }.joined(separator: "," + newline)
                + newline + pad(level) + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{" + newline + members.map { pad(level + 1) + quote($0.0) + colon + write($0.1, indent: indent, level: level + 1) }
                .joined(separator: "," + newline) + newline + pad(level) + "}"
        }
    }
}
