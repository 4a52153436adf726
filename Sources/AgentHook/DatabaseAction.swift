import SQLRisk

/// One thing a tool call would send to PostgreSQL, as far as the hook can tell.
public enum SQLInput: Sendable, Equatable {
    /// SQL text known exactly (a `-c` string, an MCP tool's argument).
    case sql(String, origin: String)
    /// A psql script (a `-f` file, a here-document, piped text): meta-commands may appear in it.
    case psqlScript(String, origin: String)
    /// SQL reaches the client but its text cannot be known here: `critical`, never `allow`.
    case unknown(reason: String)
    /// A client program that changes the database by itself (`dropdb`, `pg_restore --clean`).
    case clientAction(rule: String, level: RiskLevel, message: String, hint: String)
    /// A program the hook cannot read that talks to PostgreSQL (`python -c` with a driver): always `ask`.
    case opaqueProgram(reason: String)
}

/// A command (or MCP tool call) that reaches a database: which client, what it sends, and where.
public struct DatabaseAction: Sendable, Equatable {
    /// `psql`, `dropdb`, `python3 -c`, `mcp__postgres__query`.
    public var client: String
    public var inputs: [SQLInput]
    public var target: ConnectionTarget

    public init(client: String, inputs: [SQLInput], target: ConnectionTarget = ConnectionTarget()) {
        self.client = client
        self.inputs = inputs
        self.target = target
    }
}

/// What the analysis of one tool call found.
public struct ToolCallAnalysis: Sendable, Equatable {
    public var actions: [DatabaseAction] = []
    /// Writes onto the gate's own files, or an agent running `classify-sql approve`: always `deny`.
    public var protectedWrites: [String] = []
    /// Set when the command could not be read; the caller fails closed if it may reach a database.
    public var failure: String?
    /// True when a failed command mentions a database client, so that failing closed applies to it.
    public var mayReachDatabase = false

    public init() {}
    public var isDatabaseAction: Bool { !actions.isEmpty || (failure != nil && mayReachDatabase) }
}
