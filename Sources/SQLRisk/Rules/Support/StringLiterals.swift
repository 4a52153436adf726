/// The value of SQL text that is exactly one string literal (`'DROP TABLE t'`, `$q$...$q$`,
/// `E'...'`), so that `EXECUTE 'constant'` can be classified like the SQL it runs.
enum StringLiterals {
    /// The literal's value, or nil when the text is anything else (a concatenation, a call, a variable)
    /// or uses an escape this reader does not decode.
    static func constantValue(of text: String) -> String? {
        let bytes = Array(text.utf8)
        var lexer = SQLLexer(bytes)
        guard let token = lexer.next(), lexer.next() == nil else { return nil }
        let raw = Array(bytes[token.start..<token.end])
        switch token.kind {
        case .string:
            let body = raw.first == 0x27 ? raw.dropFirst().dropLast() : raw.dropFirst(2).dropLast()   // '...' or N'...'
            return String(decoding: body, as: UTF8.self).replacingOccurrences(of: "''", with: "'")
        case .dollarString:
            guard let tagEnd = raw.dropFirst().firstIndex(of: 0x24) else { return nil }
            let tagLength = tagEnd + 1
            return String(decoding: raw[tagLength..<(raw.count - tagLength)], as: UTF8.self)
        case .escapeString:
            return decodeEscapes(Array(raw.dropFirst(2).dropLast()))
        default:
            return nil
        }
    }

    private static func decodeEscapes(_ body: [UInt8]) -> String? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let c = body[i]
            if c == 0x27, i + 1 < body.count, body[i + 1] == 0x27 { out.append(0x27); i += 2; continue }
            guard c == 0x5C, i + 1 < body.count else { out.append(c); i += 1; continue }
            switch body[i + 1] {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x5C, 0x27, 0x22: out.append(body[i + 1])
            default: return nil   // octal, hex and Unicode escapes: not worth the risk of decoding differently
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) { return start..<index(start, offsetBy: target.count) }
            start = index(after: start)
        }
        return nil
    }
}
