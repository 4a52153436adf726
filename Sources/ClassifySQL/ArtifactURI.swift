/// How SARIF and GitHub annotations name an input's file: relative to the working directory when it
/// is inside it (`migrations/001.sql`), a `file://` URI otherwise; standard input and `-c` get stable
/// pseudo-paths (`<stdin>`, `<arg>`, percent-encoded in URIs) that cannot be mistaken for a file.
enum ArtifactURI {
    static func relativePath(_ name: String, workingDirectory: String?) -> String {
        var path = name
        if path.hasPrefix("/"), let cwd = workingDirectory {
            let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
            if path.hasPrefix(prefix) { path = String(path.dropFirst(prefix.count)) }
        }
        while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        return path
    }

    /// A URI reference for SARIF's `artifactLocation.uri`.
    static func uri(_ name: String, workingDirectory: String?) -> String {
        let path = relativePath(name, workingDirectory: workingDirectory)
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            let unreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || "-._~/".utf8.contains(byte)
            if unreserved { out.append(byte) } else { out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
