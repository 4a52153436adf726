/// Why a PostgreSQL call failed, with what the server said when it said something.
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The connection could not be made, or it broke (server down, restarted, network).
        case connection
        /// The server refused or failed the statement (syntax, constraint, permission, cancel ...).
        case server
        /// The statement ran longer than the deadline and was cancelled.
        case timeout
        /// The caller used the client wrongly (several statements with parameters, ...).
        case usage
    }

    public var kind: Kind
    /// Five-character SQLSTATE (`42P01`), when the server sent one.
    public var sqlState: String?
    public var message: String
    public var detail: String?
    public var hint: String?
    /// 1-based character position in the statement, when the server named one.
    public var position: Int?

    public init(kind: Kind, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
                position: Int? = nil) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.position = position
    }

    public var description: String {
        var text = sqlState.map { "\($0): \(message)" } ?? message
        if let detail { text += " (detail: \(detail))" }
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}
