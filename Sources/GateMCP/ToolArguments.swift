import MCP

/// The arguments of one tool call, checked against the tool's input schema with messages an agent
/// can act on. The SDK hands arguments over as decoded JSON, so types are checked here.
struct ToolArguments {
    var sql: String
    var parameters: [String?]?
    var rowLimit: Int?

    struct Invalid: Error { var message: String }

    init(_ arguments: [String: Value]?, tool: String, maxSQLBytes: Int, maxRowLimit: Int) throws(Invalid) {
        let arguments = arguments ?? [:]
        let allowed: Set<String> = tool == "query" ? ["sql", "parameters", "row_limit"] : tool == "execute" ? ["sql", "parameters"] : ["sql"]
        if let unknown = arguments.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw Invalid(message: "\(tool) has no argument '\(unknown)'; it takes \(allowed.sorted().joined(separator: ", "))")
        }
        guard let value = arguments["sql"] else { throw Invalid(message: "\(tool) needs the argument 'sql' (a string of SQL)") }
        guard case .string(let sql) = value else {
            throw Invalid(message: "argument 'sql' must be a string, not \(Self.typeName(value))")
        }
        guard sql.utf8.count <= maxSQLBytes else {
            throw Invalid(message: "argument 'sql' has \(sql.utf8.count) bytes; this server takes at most \(maxSQLBytes) (--max-sql-bytes)")
        }
        self.sql = sql
        if let list = arguments["parameters"], list != .null {
            guard case .array(let items) = list else {
                throw Invalid(message: "argument 'parameters' must be an array of strings or nulls, not \(Self.typeName(list))")
            }
            parameters = try items.enumerated().map { (index, item) throws(Invalid) -> String? in
                switch item {
                case .null: return nil
                case .string(let text): return text
                case .int(let number): return String(number)
                case .double(let number): return String(number)
                case .bool(let flag): return flag ? "true" : "false"
                default: throw Invalid(message: "parameters[\(index)] must be a string or null, not \(Self.typeName(item))")
                }
            }
        }
        if let limit = arguments["row_limit"], limit != .null {
            guard case .int(let number) = limit, number >= 1 else {
                throw Invalid(message: "argument 'row_limit' must be a positive integer, not \(Self.typeName(limit))")
            }
            rowLimit = min(number, maxRowLimit)
        }
    }

    static func typeName(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .data: "a data URL"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
