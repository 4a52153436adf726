/// One result set of a statement: column names, text values (nil for NULL), and the command tag.
public struct PostgresResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]
    /// The server's command tag: `SELECT 3`, `DELETE 1`, `CREATE TABLE`.
    public var commandTag: String
    /// Rows the command returned or changed, when the tag says (`DELETE 1` → 1; `CREATE TABLE` → nil).
    public var rowsAffected: Int?
    /// The server sent more rows than the limit; `rows` holds only the first `limit`.
    public var truncated: Bool

    public init(columns: [String] = [], rows: [[String?]] = [], commandTag: String = "", rowsAffected: Int? = nil,
                truncated: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.commandTag = commandTag
        self.rowsAffected = rowsAffected
        self.truncated = truncated
    }
}

/// How a query is run: a bound on the rows kept per result set and on the time it may take.
public struct QueryOptions: Sendable, Equatable {
    /// Rows kept per result set; later rows are read and dropped one at a time, so memory stays bounded.
    public var rowLimit: Int?
    /// Once the limit is passed, cancel the statement instead of reading the rest (only for reads: a
    /// cancelled write is rolled back).
    public var cancelPastLimit: Bool
    /// Milliseconds until the client cancels the statement (PQcancel); nil waits as long as the server takes.
    public var timeoutMilliseconds: Int?

    public init(rowLimit: Int? = nil, cancelPastLimit: Bool = false, timeoutMilliseconds: Int? = nil) {
        self.rowLimit = rowLimit
        self.cancelPastLimit = cancelPastLimit
        self.timeoutMilliseconds = timeoutMilliseconds
    }
}
