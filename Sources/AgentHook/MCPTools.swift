/// Which MCP tools run SQL, and in which argument. The policy's `[[hook.mcp]]` entries come first
/// (once the policy reader exposes them: `HookMCPTool` values passed in); the built-in table covers the
/// common PostgreSQL MCP servers under the server names their READMEs use.
public struct HookMCPTool: Sendable, Equatable {
    /// `mcp__postgres__query`; a `*` matches any server: `mcp__*__execute_sql`.
    public var tool: String
    public var argument: String

    public init(tool: String, argument: String) {
        self.tool = tool
        self.argument = argument
    }
}

public enum MCPTools {
    public static let builtIn: [HookMCPTool] = [
        // modelcontextprotocol/servers: postgres (read-only `query`)
        HookMCPTool(tool: "mcp__postgres__query", argument: "sql"),
        // this project's gate server (`sqlrisk-gate mcp`)
        HookMCPTool(tool: "mcp__sqlrisk__query", argument: "sql"),
        HookMCPTool(tool: "mcp__sqlrisk__execute", argument: "sql"),
        // crystaldba/postgres-mcp (Postgres MCP Pro)
        HookMCPTool(tool: "mcp__*__execute_sql", argument: "sql"),
        HookMCPTool(tool: "mcp__*__explain_query", argument: "sql"),
        // supabase-community/supabase-mcp
        HookMCPTool(tool: "mcp__supabase__execute_sql", argument: "query"),
        HookMCPTool(tool: "mcp__supabase__apply_migration", argument: "query"),
        // neondatabase/mcp-server-neon
        HookMCPTool(tool: "mcp__neon__run_sql", argument: "sql"),
        HookMCPTool(tool: "mcp__neon__run_sql_transaction", argument: "sqlStatements"),
        // googleapis/genai-toolbox (MCP Toolbox for Databases) postgres tools
        HookMCPTool(tool: "mcp__*__postgres-execute-sql", argument: "sql"),
    ]

    static let databaseServerWords = ["postgres", "pg", "psql", "supabase", "neon", "sqlrisk", "database", "db", "sql", "crystaldba", "toolbox"]
    static let sqlToolWords = ["sql", "query", "execute", "migration", "statement"]
    static let sqlArgumentNames = ["sql", "query", "sqlStatements", "statement", "statements", "queries"]

    public static func matches(_ pattern: String, _ name: String) -> Bool {
        guard pattern.contains("*") else { return pattern == name }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard name.hasPrefix(parts[0]), let last = parts.last, name.hasSuffix(last), name.count >= parts[0].count + last.count else { return false }
        return true
    }

    /// The SQL texts of an MCP call, `[]` with `isDatabaseTool` when the tool looks like one but no SQL was found,
    /// or nil when the tool is not a database tool.
    public static func sql(tool: String, input: JSONValue, configured: [HookMCPTool]) -> (texts: [String], isDatabaseTool: Bool)? {
        guard tool.hasPrefix("mcp__") else { return nil }
        let entries = (configured + builtIn).filter { matches($0.tool, tool) }
        for entry in entries {
            if let value = input[entry.argument] { return (texts(of: value), true) }
        }
        if !entries.isEmpty { return ([], true) }
        let parts = tool.dropFirst(5).split(separator: "_", omittingEmptySubsequences: true)
        let server = tool.dropFirst(5).prefix { $0 != "_" }.lowercased()
        let toolPart = parts.dropFirst().joined(separator: "_").lowercased()
        let serverLooksLikeDatabase = databaseServerWords.contains { server == $0 || server.contains($0) && $0.count > 2 }
        guard serverLooksLikeDatabase, sqlToolWords.contains(where: { toolPart.contains($0) }) else { return nil }
        for name in sqlArgumentNames {
            if let value = input[name] { return (texts(of: value), true) }
        }
        return ([], true)
    }

    static func texts(of value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .array(let values): values.flatMap(texts(of:))
        default: []
        }
    }
}
