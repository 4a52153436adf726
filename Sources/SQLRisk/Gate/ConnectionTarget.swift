/// The database connection a gate sees, as far as it knows it; `[[target]]` entries of a policy match on
/// these fields to pick the profile (SPEC §6). Unknown fields are nil.
public struct ConnectionTarget: Sendable, Equatable, Hashable {
    public var host: String?
    public var port: Int?
    public var dbname: String?
    public var user: String?
    public var service: String?
    public var applicationName: String?
    /// The client's address as the proxy sees it.
    public var clientAddress: String?

    public init(host: String? = nil, port: Int? = nil, dbname: String? = nil, user: String? = nil,
                service: String? = nil, applicationName: String? = nil, clientAddress: String? = nil) {
        self.host = host
        self.port = port
        self.dbname = dbname
        self.user = user
        self.service = service
        self.applicationName = applicationName
        self.clientAddress = clientAddress
    }

    /// One stable line for approvals and the audit log: `user@host:port/dbname` with unknown parts left out.
    public var label: String {
        var text = ""
        if let user { text += user + "@" }
        text += host ?? (service.map { "service=" + $0 } ?? "")
        if let port { text += ":\(port)" }
        if let dbname { text += "/" + dbname }
        return text.isEmpty ? "unknown" : text
    }
}
