import SQLRisk

/// `classify-sql --version`: `classify-sql 0.1.0 (libpg_query 15-4.0.0, PostgreSQL 15 grammar)`.
enum VersionText {
    static var line: String {
        let major = SQLRiskVersion.postgresGrammar.split(separator: ".").first.map(String.init) ?? SQLRiskVersion.postgresGrammar
        return "classify-sql \(SQLRiskVersion.version) (libpg_query \(libpgQueryVersion ?? "unknown"), PostgreSQL \(major) grammar)"
    }

    /// libpg_query has no version call; the file the process mapped says it: `libpg_query.so.1504.0.0`
    /// is `15-4.0.0`.
    static var libpgQueryVersion: String? {
        guard let maps = try? ByteStream.open(path: "/proc/self/maps").readAll() else { return nil }
        let text = String(decoding: maps, as: UTF8.self)
        let marker = "libpg_query.so."
        guard let line = text.split(separator: "\n").first(where: { $0.hasSuffix(marker) || $0.split(separator: "/").last?.hasPrefix(marker) == true }),
              let file = line.split(separator: "/").last else { return nil }
        let parts = file.dropFirst(marker.count).split(separator: ".")
        guard let abi = parts.first, abi.count >= 3, let major = Int(abi.dropLast(2)), let minor = Int(abi.suffix(2)) else { return nil }
        return "\(major)-\(minor)." + parts.dropFirst().prefix(2).joined(separator: ".")
    }
}
