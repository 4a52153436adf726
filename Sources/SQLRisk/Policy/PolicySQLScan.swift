/// The little lexing the policy's own checks need on a statement's text: standard `'...'` literals
/// (for `[server] standard_conforming_strings = false`) and the setting a `SET`/`RESET` names
/// (for `[settings] guards`).
enum PolicySQLScan {
    /// Byte offset of the first standard `'...'` literal in `range` that contains a backslash, or nil.
    /// `E'...'` strings, dollar quotes, quoted identifiers and comments are skipped.
    static func backslashLiteral(in sql: [UInt8], range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = min(range.upperBound, sql.count)
        func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80 }
        while i < end {
            let byte = sql[i]
            switch byte {
            case 0x27:
                let escaped = i > range.lowerBound && (sql[i - 1] | 0x20) == 0x65 && (i - 1 == range.lowerBound || !isWordByte(sql[i - 2]))
                let start = i
                var sawBackslash = false
                i += 1
                while i < end {
                    if sql[i] == 0x5C {
                        sawBackslash = true
                        if escaped { i += 2; continue }
                    }
                    if sql[i] == 0x27 {
                        if i + 1 < end && sql[i + 1] == 0x27 { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
                if sawBackslash && !escaped { return start }
            case 0x22:
                i += 1
                while i < end && sql[i] != 0x22 { i += 1 }
                i += 1
            case 0x2D where i + 1 < end && sql[i + 1] == 0x2D:
                while i < end && sql[i] != 0x0A { i += 1 }
            case 0x2F where i + 1 < end && sql[i + 1] == 0x2A:
                var depth = 1
                i += 2
                while i < end && depth > 0 {
                    if sql[i] == 0x2F && i + 1 < end && sql[i + 1] == 0x2A { depth += 1; i += 2; continue }
                    if sql[i] == 0x2A && i + 1 < end && sql[i + 1] == 0x2F { depth -= 1; i += 2; continue }
                    i += 1
                }
            case 0x24 where i == range.lowerBound || !isWordByte(sql[i - 1]):
                var tagEnd = i + 1
                while tagEnd < end && sql[tagEnd] != 0x24 && isWordByte(sql[tagEnd]) && !(tagEnd == i + 1 && sql[tagEnd] >= 0x30 && sql[tagEnd] <= 0x39) {
                    tagEnd += 1
                }
                guard tagEnd < end, sql[tagEnd] == 0x24 else { i += 1; continue }
                let tag = Array(sql[i...tagEnd])
                i = tagEnd + 1
                while i < end && !(sql[i] == 0x24 && i + tag.count <= end && Array(sql[i..<i + tag.count]) == tag) { i += 1 }
                i += tag.count
            default:
                i += 1
            }
        }
        return nil
    }

    /// The setting (lower case) a `SET`, `SET SESSION|LOCAL` or `RESET` statement names, or nil.
    static func settingName(in text: String) -> String? {
        var words = Words(Array(text.utf8))
        guard let first = words.next()?.lowercased(), first == "set" || first == "reset" else { return nil }
        guard var word = words.next() else { return nil }
        if first == "set", ["session", "local"].contains(word.lowercased()) {
            guard let next = words.next() else { return nil }
            word = next
        }
        return word
    }

    /// Words of a statement: identifiers with dots, `"quoted"` parts unquoted; everything else splits.
    private struct Words {
        let bytes: [UInt8]
        var i = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> String? {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    while i < bytes.count && bytes[i] != 0x22 { out.append(bytes[i]); i += 1 }
                    i += 1
                } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E || b == 0x24 || b >= 0x80 {
                    out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                    i += 1
                } else {
                    break
                }
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self).lowercased()
        }
    }
}
