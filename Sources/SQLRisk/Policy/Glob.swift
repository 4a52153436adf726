/// A shell-style glob: `*` matches any run of characters, `?` one character, `\` escapes the next.
/// For object names `*` stops at a dot (`billing.*` is every object of schema `billing`, not deeper);
/// for hosts and other connection fields it does not (`10.1.*`).
struct Glob: Sendable, Equatable {
    let pattern: [UInt8]
    let stopsAtDot: Bool

    init(_ pattern: String, stopsAtDot: Bool = false) {
        self.pattern = Array(pattern.utf8)
        self.stopsAtDot = stopsAtDot
    }

    var isLiteral: Bool { !pattern.contains { $0 == 0x2A || $0 == 0x3F || $0 == 0x5C } }

    func matches(_ text: String) -> Bool {
        Self.match(pattern[...], Array(text.utf8)[...], stopsAtDot)
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>, _ stopsAtDot: Bool) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        // The classic single-star backtracking matcher: remember the last `*` and where it started.
        var star: (pattern: Int, text: Int)?
        while t < text.endIndex {
            if p < pattern.endIndex {
                switch pattern[p] {
                case 0x2A:
                    star = (p, t)
                    p += 1
                    continue
                case 0x3F where !(stopsAtDot && text[t] == 0x2E):
                    p += 1
                    t += 1
                    continue
                case 0x5C where p + 1 < pattern.endIndex && pattern[p + 1] == text[t]:
                    p += 2
                    t += 1
                    continue
                case let byte where byte != 0x5C && byte != 0x3F && byte == text[t]:
                    p += 1
                    t += 1
                    continue
                default: break
                }
            }
            guard let last = star, !(stopsAtDot && text[last.text] == 0x2E) else { return false }
            star = (last.pattern, last.text + 1)
            p = last.pattern + 1
            t = last.text + 1
        }
        while p < pattern.endIndex && pattern[p] == 0x2A { p += 1 }
        return p == pattern.endIndex
    }
}

/// Qualified names the way PostgreSQL reads them: unquoted parts fold to lower case, `"..."` parts
/// keep their case and may hold dots, `""` is a quote.
enum ObjectName {
    /// The parts of `text`, or nil when it is not a name (empty part, unterminated quote, more than three parts).
    static func parts(_ text: String) -> [String]? {
        var parts: [String] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        var quotedPart = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x22 {
                guard current.isEmpty && !quotedPart else { return nil }
                i += 1
                while true {
                    guard i < bytes.count else { return nil }
                    if bytes[i] == 0x22 {
                        if i + 1 < bytes.count && bytes[i + 1] == 0x22 { current.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    current.append(bytes[i])
                    i += 1
                }
                quotedPart = true
                continue
            }
            if byte == 0x2E {
                guard !current.isEmpty else { return nil }
                parts.append(String(decoding: current, as: UTF8.self))
                current = []
                quotedPart = false
                i += 1
                continue
            }
            guard !quotedPart, byte != 0x20, byte != 0x09 else { return nil }
            current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            i += 1
        }
        guard !current.isEmpty else { return nil }
        parts.append(String(decoding: current, as: UTF8.self))
        return parts.count <= 3 ? parts : nil
    }

    /// `schema.name` as PostgreSQL resolves it under `searchPath`: an unqualified name takes the first
    /// schema of the path other than `$user` (whose schema rarely exists, and whose name a gate may not
    /// know); a three-part name drops its database.
    static func resolved(_ parts: [String], searchPath: [String]) -> [String] {
        switch parts.count {
        case 1:
            guard let schema = searchPath.first(where: { $0 != "$user" }) else { return parts }
            return [schema] + parts
        case 3: return Array(parts.dropFirst())
        default: return parts
        }
    }

    /// The resolved name as one string for matching (`public.sessions`).
    static func canonical(_ text: String, searchPath: [String]) -> String? {
        parts(text).map { resolved($0, searchPath: searchPath).joined(separator: ".") }
    }
}

extension ObjectPattern {
    /// True when `name` (as a finding spells it) resolves to an object this pattern names.
    func matches(_ name: String, searchPath: [String]) -> Bool {
        guard let object = ObjectName.canonical(name, searchPath: searchPath),
              let pattern = ObjectName.parts(text).map({ ObjectName.resolved($0, searchPath: searchPath).joined(separator: ".") }) else {
            return false
        }
        return Glob(pattern, stopsAtDot: true).matches(object)
    }
}

extension FunctionPattern {
    /// True when a call of `name` (as the finding spells it) resolves to this function.
    func matches(_ name: String, searchPath: [String]) -> Bool {
        guard let function = ObjectName.canonical(name, searchPath: searchPath),
              let pattern = ObjectName.parts(baseName).map({ ObjectName.resolved($0, searchPath: searchPath).joined(separator: ".") }) else {
            return false
        }
        return Glob(pattern, stopsAtDot: true).matches(function)
    }

    /// The name without its argument pattern.
    var baseName: String {
        guard let open = text.firstIndex(of: "(") else { return text }
        return String(text[..<open])
    }
}
