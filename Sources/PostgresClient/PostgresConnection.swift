import CLibPQ
import Glibc
import Synchronization

/// A blocking PostgreSQL connection over libpq. Every libpq call of the package is in this file.
///
/// One thread at a time: calls are serialised by a lock, so the object is safe to share, but a
/// second caller waits for the first. A broken connection (server restarted, network gone) is
/// reconnected by `reconnectIfNeeded()`, which the pool calls before handing it out.
public final class PostgresConnection: @unchecked Sendable {
    /// libpq's version number (150020 for 15.20).
    public static var libraryVersion: Int { Int(PQlibVersion()) }

    /// Seconds a cancelled statement may take to end before the connection is dropped.
    static let cancelGraceMilliseconds = 5_000

    private let lock = Mutex<Void>(())
    private var conn: OpaquePointer?
    public let dsn: String

    /// Connects now; `connect_timeout` defaults to 10 seconds unless the DSN sets it. TLS follows the
    /// DSN's `sslmode` (libpq's own default is `prefer`).
    public init(dsn: String) throws {
        self.dsn = dsn
        conn = try Self.connect(dsn)
    }

    deinit { if let conn { PQfinish(conn) } }

    private static func connect(_ dsn: String) throws -> OpaquePointer {
        // Later keywords override earlier ones, so the DSN's own settings win over these defaults.
        let keywords = ["connect_timeout", "fallback_application_name", "dbname"]
        let values = ["10", "sqlrisk-gate", dsn]
        let cKeywords = keywords.map { strdup($0) } + [nil]
        let cValues = values.map { strdup($0) } + [nil]
        defer { (cKeywords + cValues).forEach { free($0) } }
        let connection = cKeywords.map { UnsafePointer($0) }.withUnsafeBufferPointer { k in
            cValues.map { UnsafePointer($0) }.withUnsafeBufferPointer { v in
                PQconnectdbParams(k.baseAddress, v.baseAddress, 1)
            }
        }
        guard let connection else { throw PostgresError(kind: .connection, message: "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = errorMessage(connection)
            PQfinish(connection)
            throw PostgresError(kind: .connection, message: message)
        }
        // Notices (and a FATAL read while idle) would go to stderr; the caller sees errors as values.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        return connection
    }

    private static func errorMessage(_ conn: OpaquePointer?) -> String {
        guard let conn, let text = PQerrorMessage(conn) else { return "unknown libpq error" }
        let message = String(cString: text).trimmingTrailingWhitespace()
        return message.isEmpty ? "connection lost" : message
    }

    /// Whether the connection can take a query now. An idle socket that turned readable means the server
    /// said something unprompted (a FATAL at shutdown) or closed it: read it so libpq notices.
    public var isUsable: Bool {
        lock.withLock { _ in usableLocked() }
    }

    private func usableLocked() -> Bool {
        guard let conn, PQstatus(conn) == CONNECTION_OK, PQtransactionStatus(conn) == PQTRANS_IDLE else { return false }
        // Nothing is due on an idle connection: data or EOF there is the server's goodbye (a FATAL at
        // shutdown or termination; under TLS libpq would not even notice it yet), so make a new one.
        var poller = pollfd(fd: PQsocket(conn), events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) == 0
    }

    /// Reconnects when the connection broke; throws when the server is still unreachable.
    public func reconnectIfNeeded() throws {
        try lock.withLock { _ in
            if usableLocked() { return }
            if let old = conn { PQfinish(old) }
            conn = nil
            conn = try Self.connect(dsn)
        }
    }

    /// The server's `server_version_num` (150020), or nil when not connected.
    public var serverVersion: Int? {
        lock.withLock { _ in conn.map { Int(PQserverVersion($0)) } }
    }

    /// Runs `sql` (one statement, or several without parameters) and returns one result per statement.
    /// Parameters go through the extended protocol (`$1`, `$2`; nil is NULL), which takes one statement.
    /// Rows arrive one at a time (single-row mode), so the row limit holds memory down while streaming.
    /// Throws `PostgresError` for the first failing statement; the statements before it have run.
    @discardableResult
    public func execute(_ sql: String, parameters: [String?]? = nil, options: QueryOptions = QueryOptions()) throws -> [PostgresResult] {
        try lock.withLock { _ in
            guard let conn, PQstatus(conn) == CONNECTION_OK else {
                throw PostgresError(kind: .connection, message: "not connected: " + Self.errorMessage(self.conn))
            }
            try send(conn, sql, parameters)
            var reader = ResultReader(options: options)
            try drain(conn, into: &reader, timeoutMilliseconds: options.timeoutMilliseconds)
            if let error = reader.error { throw error }
            return reader.results
        }
    }

    /// Convenience for one statement: its result (the last one when `sql` held several).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?]? = nil, options: QueryOptions = QueryOptions()) throws -> PostgresResult {
        try execute(sql, parameters: parameters, options: options).last ?? PostgresResult()
    }

    /// Whether the connection is inside a transaction block (or a failed one), so a pool can roll it back.
    public var inTransaction: Bool {
        lock.withLock { _ in
            guard let conn else { return false }
            let status = PQtransactionStatus(conn)
            return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
        }
    }

    private func send(_ conn: OpaquePointer, _ sql: String, _ parameters: [String?]?) throws {
        let sent: Int32
        if let parameters {
            let values = parameters.map { $0.map { strdup($0) } ?? nil }
            defer { values.forEach { free($0) } }
            sent = values.map { UnsafePointer($0) }.withUnsafeBufferPointer { buffer in
                PQsendQueryParams(conn, sql, Int32(parameters.count), nil, buffer.baseAddress, nil, nil, 0)
            }
        } else {
            sent = PQsendQuery(conn, sql)
        }
        guard sent == 1 else { throw PostgresError(kind: .connection, message: Self.errorMessage(conn)) }
        guard PQsetSingleRowMode(conn) == 1 else {
            throw PostgresError(kind: .usage, message: "libpq refused single-row mode")
        }
    }

    /// Reads every result of the running command, waiting on the socket so that a deadline can cancel it.
    private func drain(_ conn: OpaquePointer, into reader: inout ResultReader, timeoutMilliseconds: Int?) throws {
        var deadline = timeoutMilliseconds.map { Clock.milliseconds() + $0 }
        var cancelled = false
        while true {
            while PQisBusy(conn) == 1 {
                let wait = deadline.map { max(0, $0 - Clock.milliseconds()) } ?? -1
                var poller = pollfd(fd: PQsocket(conn), events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, Int32(clamping: wait))
                if ready == 0 {
                    if cancelled {
                        // The server did not end the statement after the cancel: give up on the connection.
                        PQfinish(conn)
                        self.conn = nil
                        throw PostgresError(kind: .timeout, message: "the server did not stop the statement after it was cancelled; connection closed")
                    }
                    cancel(conn)
                    cancelled = true
                    reader.cancelledForTimeout = true
                    deadline = Clock.milliseconds() + Self.cancelGraceMilliseconds
                    continue
                }
                if ready < 0 && errno == EINTR { continue }
                if PQconsumeInput(conn) == 0 {
                    throw PostgresError(kind: .connection, message: Self.errorMessage(conn))
                }
            }
            guard let result = PQgetResult(conn) else { break }
            defer { PQclear(result) }
            if reader.take(result), !cancelled {
                cancel(conn)
                cancelled = true
            }
        }
        if PQstatus(conn) != CONNECTION_OK, reader.error == nil {
            reader.error = PostgresError(kind: .connection, message: Self.errorMessage(conn))
        }
    }

    /// Asks the server to stop the running statement (a separate connection; libpq's thread-safe call).
    private func cancel(_ conn: OpaquePointer) {
        guard let handle = PQgetCancel(conn) else { return }
        defer { PQfreeCancel(handle) }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(handle, &buffer, Int32(buffer.count))
    }
}

/// Turns libpq results into `PostgresResult`s, keeping at most `rowLimit` rows of each.
struct ResultReader {
    let options: QueryOptions
    var results: [PostgresResult] = []
    var error: PostgresError?
    var cancelledForTimeout = false
    private var current: PostgresResult?
    private var cancelledForLimit = false

    init(options: QueryOptions) { self.options = options }

    /// Takes one result; true when the limit was just passed and the caller should cancel the statement.
    mutating func take(_ result: OpaquePointer) -> Bool {
        let status = PQresultStatus(result)
        if status == PGRES_SINGLE_TUPLE {
            if current == nil { current = PostgresResult(columns: Self.columns(result)) }
            if let limit = options.rowLimit, current!.rows.count >= limit {
                let first = !current!.truncated
                current!.truncated = true
                return first && options.cancelPastLimit
            }
            current!.rows.append(Self.row(result, 0))
            return false
        }
        if status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK {
            var finished = current ?? PostgresResult(columns: Self.columns(result))
            for index in 0..<Int(PQntuples(result)) { finished.rows.append(Self.row(result, Int32(index))) }
            finished.commandTag = String(cString: PQcmdStatus(result))
            finished.rowsAffected = Int(String(cString: PQcmdTuples(result)))
            results.append(finished)
            current = nil
            return false
        }
        if status == PGRES_EMPTY_QUERY { return false }
        let failure = Self.error(result, status)
        if failure.sqlState == "57014", let partial = current, partial.truncated, !cancelledForTimeout {
            // Our own cancel after the row limit: the rows we kept are the answer.
            results.append(partial)
            current = nil
            cancelledForLimit = true
            return false
        }
        if error == nil {
            var reported = failure
            if failure.sqlState == "57014" && cancelledForTimeout {
                reported.kind = .timeout
                reported.message = "statement cancelled after \(options.timeoutMilliseconds ?? 0) ms (timeout)"
            } else if failure.sqlState == "57014" && (failure.message.contains("statement timeout")) {
                reported.kind = .timeout
            }
            error = reported
        }
        current = nil
        return false
    }

    private static func columns(_ result: OpaquePointer) -> [String] {
        (0..<PQnfields(result)).map { String(cString: PQfname(result, $0)) }
    }

    private static func row(_ result: OpaquePointer, _ index: Int32) -> [String?] {
        (0..<PQnfields(result)).map { column in
            PQgetisnull(result, index, column) == 1 ? nil : String(cString: PQgetvalue(result, index, column))
        }
    }

    private static func error(_ result: OpaquePointer, _ status: ExecStatusType) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: value)
        }
        let message = field("M") ?? String(cString: PQresultErrorMessage(result)).trimmingTrailingWhitespace()
        let kind: PostgresError.Kind = status == PGRES_FATAL_ERROR && field("C") == nil ? .connection : .server
        return PostgresError(kind: kind, message: message.isEmpty ? "statement failed" : message, sqlState: field("C"),
                             detail: field("D"), hint: field("H"), position: field("P").flatMap { Int($0) })
    }
}

enum Clock {
    static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
