/// A JSON value as the small reader below returns it. Objects keep their members in file order.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var int: Int64? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) < 9.0e15 else { return nil }
        return Int64(value)
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }
}

/// Why a JSON text could not be read, with the byte offset it stopped at.
public struct JSONReadError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict reader for the JSON the library writes itself (approval store, audit log): RFC 8259,
/// nesting bounded so that a corrupted file cannot exhaust the stack.
public struct JSONReader {
    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0
    static let maximumDepth = 64

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    public static func parse<C: Collection>(_ bytes: C) throws(JSONReadError) -> JSONValue where C.Element == UInt8 {
        var reader = JSONReader(Array(bytes))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.offset == reader.bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return value
    }

    private func error(_ message: String) -> JSONReadError { JSONReadError(message: message, offset: offset) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { offset += 1 }
    }

    private mutating func expect(_ word: String) throws(JSONReadError) {
        for byte in word.utf8 {
            guard current == byte else { throw error("expected '\(word)'") }
            offset += 1
        }
    }

    private mutating func value() throws(JSONReadError) -> JSONValue {
        skipSpace()
        guard let c = current else { throw error("unexpected end of the JSON text") }
        switch c {
        case 0x7B: return try nested { (r: inout JSONReader) throws(JSONReadError) in try r.object() }
        case 0x5B: return try nested { (r: inout JSONReader) throws(JSONReadError) in try r.array() }
        case 0x22: return .string(try string())
        case 0x74: try expect("true"); return .bool(true)
        case 0x66: try expect("false"); return .bool(false)
        case 0x6E: try expect("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw error("unexpected character")
        }
    }

    private mutating func nested(_ body: (inout JSONReader) throws(JSONReadError) -> JSONValue) throws(JSONReadError) -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("JSON nested deeper than \(Self.maximumDepth) levels") }
        return try body(&self)
    }

    private mutating func object() throws(JSONReadError) -> JSONValue {
        offset += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if current == 0x7D { offset += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == 0x22 else { throw error("expected a member name") }
            let key = try string()
            skipSpace()
            guard current == 0x3A else { throw error("expected ':'") }
            offset += 1
            members.append((key, try value()))
            skipSpace()
            switch current {
            case 0x2C: offset += 1
            case 0x7D: offset += 1; return .object(members)
            default: throw error("expected ',' or '}'")
            }
        }
    }

    private mutating func array() throws(JSONReadError) -> JSONValue {
        offset += 1
        var values: [JSONValue] = []
        skipSpace()
        if current == 0x5D { offset += 1; return .array(values) }
        while true {
            values.append(try value())
            skipSpace()
            switch current {
            case 0x2C: offset += 1
            case 0x5D: offset += 1; return .array(values)
            default: throw error("expected ',' or ']'")
            }
        }
    }

    private mutating func number() throws(JSONReadError) -> JSONValue {
        let start = offset
        while let c = current, c == 0x2D || c == 0x2B || c == 0x2E || c == 0x45 || c == 0x65 || (0x30...0x39).contains(c) { offset += 1 }
        guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            offset = start
            throw error("malformed number")
        }
        return .number(value)
    }

    private mutating func string() throws(JSONReadError) -> String {
        offset += 1
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw error("unterminated string") }
            offset += 1
            switch c {
            case 0x22: return String(decoding: out, as: UTF8.self)
            case 0x5C: try escape(into: &out)
            case 0..<0x20: offset -= 1; throw error("control character in a string")
            default: out.append(c)
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONReadError) {
        guard let c = current else { throw error("unterminated escape") }
        offset += 1
        switch c {
        case 0x22, 0x5C, 0x2F: out.append(c)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard current == 0x5C else { throw error("unpaired surrogate") }
                offset += 1
                guard current == 0x75 else { throw error("unpaired surrogate") }
                offset += 1
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
            out.append(contentsOf: String(Character(unicode)).utf8)
        default: throw error("invalid escape")
        }
    }

    private mutating func hex4() throws(JSONReadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = Self.hexDigit(c) else { throw error("expected four hex digits") }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        default: nil
        }
    }
}
