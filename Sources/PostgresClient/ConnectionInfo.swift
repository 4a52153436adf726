import CLibPQ
import Glibc
import SQLRisk

/// What a connection string says about where it connects, read by libpq's own parser (URIs and
/// `key=value` strings alike), without connecting.
public enum ConnectionInfo {
    /// The target of `dsn` for policy profiles, approvals and the audit log; the password never appears.
    /// Parts the DSN leaves out are taken from the environment the way libpq would (`PGHOST` ...).
    public static func target(of dsn: String) throws -> ConnectionTarget {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(dsn, &error) else {
            let message = error.map { String(cString: $0).trimmingTrailingWhitespace() } ?? "out of memory"
            if let error { PQfreemem(error) }
            throw PostgresError(kind: .usage, message: "invalid connection string: \(message)")
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            let key = String(cString: keyword)
            if let value = option.pointee.val, value.pointee != 0 {
                values[key] = String(cString: value)
            } else if let variable = option.pointee.envvar, let value = getenv(variable), value.pointee != 0 {
                values[key] = String(cString: value)
            }
            option += 1
        }
        return ConnectionTarget(host: values["host"] ?? values["hostaddr"], port: values["port"].flatMap { Int($0) },
                                dbname: values["dbname"] ?? values["user"], user: values["user"], service: values["service"],
                                applicationName: values["application_name"])
    }
}
