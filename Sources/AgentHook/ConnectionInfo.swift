import SQLRisk
import ShellCommands

/// Reads where a client connects from its arguments and environment: `-h/-p/-d/-U`, a URI or a conninfo
/// string, and `PGHOST`/`PGPORT`/`PGDATABASE`/`PGUSER`/`PGSERVICE`. The hook process's own environment is
/// not consulted: the agent's shell may run with other values, so unknown stays unknown and the policy
/// picks the profile for an unknown target.
enum ConnectionInfo {
    static let environmentNames = ["PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "DATABASE_URL"]

    /// Applies a `dbname` argument: a URI, a conninfo string, or a plain name.
    static func apply(dbname text: String, to target: inout ConnectionTarget) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") || text.hasPrefix("pg://") || text.hasPrefix("pgsql://") {
            applyURI(text, to: &target)
        } else if text.contains("=") {
            applyConninfo(text, to: &target)
        } else if !text.isEmpty {
            target.dbname = text
        }
    }

    static func apply(key: String, value: String, to target: inout ConnectionTarget) {
        switch key {
        case "host", "hostaddr": target.host = value
        case "port": target.port = Int(value)
        case "dbname":
            if value.contains("=") || value.contains("://") { apply(dbname: value, to: &target) } else { target.dbname = value }
        case "user": target.user = value
        case "service": target.service = value
        case "application_name": target.applicationName = value
        default: break
        }
    }

    static func applyEnvironment(_ environment: [String: ShellWord], to target: inout ConnectionTarget) {
        func known(_ name: String) -> String? {
            guard let word = environment[name], !word.hasUnknownExpansion else { return nil }
            return word.text
        }
        if let host = known("PGHOST") { target.host = host }
        if let port = known("PGPORT") { target.port = Int(port) }
        if let dbname = known("PGDATABASE") { target.dbname = dbname }
        if let user = known("PGUSER") { target.user = user }
        if let service = known("PGSERVICE") { target.service = service }
    }

    /// `postgres://user:secret@host:5432/db?sslmode=require&application_name=x`
    static func applyURI(_ uri: String, to target: inout ConnectionTarget) {
        var rest = Substring(uri)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            if !user.isEmpty { target.user = percentDecoded(user) }
            rest = rest[rest.index(after: at)...]
        }
        // The first host of a multi-host URI; `[::1]:5432` keeps its brackets off.
        let firstHost = rest.split(separator: ",").first ?? ""
        var hostPart = firstHost
        if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
            target.host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            hostPart = hostPart[hostPart.index(after: close)...]
            if hostPart.hasPrefix(":") { target.port = Int(hostPart.dropFirst()) }
        } else if let colon = hostPart.lastIndex(of: ":") {
            if colon != hostPart.startIndex { target.host = percentDecoded(String(hostPart[..<colon])) }
            target.port = Int(hostPart[hostPart.index(after: colon)...])
        } else if !hostPart.isEmpty {
            target.host = percentDecoded(String(hostPart))
        }
        if !path.isEmpty { target.dbname = percentDecoded(String(path)) }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { apply(key: String(parts[0]), value: percentDecoded(String(parts[1])), to: &target) }
        }
    }

    /// `host=db port=5432 dbname='my db' user=app service=prod`
    static func applyConninfo(_ text: String, to target: inout ConnectionTarget) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            while bytes.first == .init(ascii: " ") || bytes.first == .init(ascii: "\t") { bytes = bytes.dropFirst() }
            guard let equals = bytes.firstIndex(of: .init(ascii: "=")) else { return }
            let key = String(decoding: bytes[..<equals], as: UTF8.self).trimmingSpaces
            bytes = bytes[(equals + 1)...]
            while bytes.first == .init(ascii: " ") { bytes = bytes.dropFirst() }
            var value: [UInt8] = []
            if bytes.first == .init(ascii: "'") {
                bytes = bytes.dropFirst()
                while let byte = bytes.first, byte != .init(ascii: "'") {
                    if byte == .init(ascii: "\\"), bytes.count > 1 { bytes = bytes.dropFirst() }
                    value.append(bytes.first!)
                    bytes = bytes.dropFirst()
                }
                bytes = bytes.dropFirst()
            } else {
                while let byte = bytes.first, byte != .init(ascii: " ") {
                    value.append(byte)
                    bytes = bytes.dropFirst()
                }
            }
            apply(key: key, value: String(decoding: value, as: UTF8.self), to: &target)
        }
    }

    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == .init(ascii: "%"), utf8.count >= 2,
               let high = Character(UnicodeScalar(utf8[utf8.startIndex])).hexDigitValue,
               let low = Character(UnicodeScalar(utf8[utf8.startIndex + 1])).hexDigitValue {
                bytes.append(UInt8(high * 16 + low))
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" || text.first == "\n" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" || text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
