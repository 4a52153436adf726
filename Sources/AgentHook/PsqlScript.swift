import SQLRisk

/// Splits a psql script into the SQL the server would receive and the meta-commands psql runs itself.
///
/// This is the one place that knows psql's meta-commands; the accuracy issue's psql script reader
/// (`--input-format psql`) replaces it when it lands. Until then, the read-only meta-commands of SPEC §4
/// are `safe`, `\copy` to or from a file is `write`, and every other meta-command is `critical` (unknown).
public enum PsqlScript {
    public struct MetaCommand: Sendable, Equatable {
        public var text: String
        public var level: RiskLevel
    }

    static let safeMetaCommands: Set<String> = [
        "l", "l+", "list", "x", "timing", "echo", "qecho", "warn", "pset", "conninfo", "encoding", "set", "unset", "q", "quit",
        "a", "t", "H", "C", "f", "T", "restrict", "unrestrict", "?", "h", "help", "sf", "sf+", "sv", "sv+", "errverbose",
        "g", "gx", "p", "print", "r", "reset", "z", "if", "elif", "else", "endif", "gset", "prompt", "setenv", "cd",
    ]

    public static func split(_ script: String) -> (sql: String, metaCommands: [MetaCommand]) {
        var sql: [UInt8] = []
        var metaCommands: [MetaCommand] = []
        let bytes = Array(script.utf8)
        var index = 0
        var dollarTag: [UInt8]?
        var inQuote = false
        var blockComments = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let tag = dollarTag {
                if bytes[index...].starts(with: tag) {
                    sql += tag
                    index += tag.count
                    dollarTag = nil
                } else { sql.append(byte); index += 1 }
                continue
            }
            if inQuote {
                if byte == UInt8(ascii: "'") { inQuote = false }
                sql.append(byte)
                index += 1
                continue
            }
            if blockComments > 0 {
                if bytes[index...].starts(with: "*/".utf8) { blockComments -= 1; sql += Array("*/".utf8); index += 2; continue }
                if bytes[index...].starts(with: "/*".utf8) { blockComments += 1 }
                sql.append(byte); index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "'"):
                inQuote = true
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count, bytes[index] != 0x0A { sql.append(bytes[index]); index += 1 }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                blockComments = 1
                sql += Array("/*".utf8)
                index += 2
                continue
            case UInt8(ascii: "$"):
                var end = index + 1
                while end < bytes.count, bytes[end].isTagCharacter { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "$"), !(index > 0 && bytes[index - 1].isTagCharacter) {
                    let tag = Array(bytes[index...end])
                    sql += tag
                    index = end + 1
                    dollarTag = tag
                    continue
                }
            case UInt8(ascii: "\\"):
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                metaCommands.append(MetaCommand(text: text, level: level(of: text)))
                // `\g` and `\gx` send the buffer, like `;`.
                sql += text.hasPrefix("\\g") ? Array(";\n".utf8) : [0x0A]
                index = end
                continue
            default: break
            }
            sql.append(byte)
            index += 1
        }
        return (String(decoding: sql, as: UTF8.self), metaCommands)
    }

    /// The level of one meta-command line (`\dt+ public.*`, `\copy t from 'x.csv'`, `\! rm -rf /`).
    public static func level(of line: String) -> RiskLevel {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace && $0 != "\\" })
        let arguments = body.dropFirst(name.count).trimmingPrefixSpaces
        if arguments.hasPrefix("|") { return .critical }  // `\g |cmd`, `\o |cmd`
        if name.hasPrefix("d") && name != "deallocate" { return .safe }  // \d, \dt+, \df …: catalog reads
        if name == "copy" {
            return arguments.lowercased().contains("program") ? .critical : .write
        }
        if name == "g" || name == "gx" { return arguments.isEmpty ? .safe : .critical }  // `\g file` writes a local file
        return safeMetaCommands.contains(name) ? .safe : .critical
    }
}

extension UInt8 {
    fileprivate var isTagCharacter: Bool {
        (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || (self >= 0x30 && self <= 0x39) || self == 0x5F || self >= 0x80
    }
}

extension Substring {
    var trimmingPrefixSpaces: Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        return text
    }
}
