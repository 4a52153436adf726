import MCP

/// The four tools, their input and output schemas and their annotations (hints for the host: which
/// tools only read and which may destroy).
enum GateTools {
    static let names = ["classify", "query", "execute", "explain"]

    static func all(rowLimit: Int) -> [Tool] {
        [
            Tool(name: "classify", title: "Classify SQL",
                 description: "Classify PostgreSQL SQL by risk with the server's policy, without touching the database. Returns the level, the decision (allow, ask, deny), each statement's findings with rule ids and hints.",
                 inputSchema: input(["sql": sqlProperty]),
                 annotations: .init(title: "Classify SQL", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false),
                 outputSchema: output(extra: ["report": .object(["type": "object", "description": "The SQLRisk report (level, statements, findings)"])])),
            Tool(name: "query", title: "Run a read-only query",
                 description: "Run SQL that the policy allows and that is safe (SELECT, VALUES, TABLE, WITH, SHOW, EXPLAIN) in a read-only transaction with a statement timeout. Returns column names and rows; at most \(rowLimit) rows per result unless row_limit is lower, marked truncated when there were more. Anything else is refused with the rule ids and hints; use execute for changes.",
                 inputSchema: input(["sql": sqlProperty, "parameters": parametersProperty,
                                     "row_limit": .object(["type": "integer", "minimum": 1, "maximum": .int(rowLimit),
                                                           "description": "Rows to return per result (default and maximum \(rowLimit))"])]),
                 annotations: .init(title: "Run a read-only query", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false),
                 outputSchema: output(extra: ["results": resultsSchema])),
            Tool(name: "execute", title: "Execute SQL through the gate",
                 description: "Run SQL that changes data or schema, as far as the policy allows. deny never runs. ask needs a human: the server asks through the client's confirmation prompt when it has one; otherwise nothing runs and the result carries an approval code that a person grants with `classify-sql approve CODE`, after which the same SQL runs once. Every call runs in a clean session.",
                 inputSchema: input(["sql": sqlProperty, "parameters": parametersProperty]),
                 annotations: .init(title: "Execute SQL through the gate", readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false),
                 outputSchema: output(extra: ["results": resultsSchema])),
            Tool(name: "explain", title: "Explain a statement",
                 description: "Show PostgreSQL's plan and estimated rows for one SELECT, INSERT, UPDATE, DELETE or MERGE with plain EXPLAIN (never ANALYZE: nothing runs). Also says what execute would decide for the statement.",
                 inputSchema: input(["sql": sqlProperty]),
                 annotations: .init(title: "Explain a statement", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false),
                 outputSchema: output(extra: [
                    "plan": .object(["description": "EXPLAIN (FORMAT JSON) output"]),
                    "estimated_rows": .object(["type": "number", "description": "The planner's row estimate for the top plan node"]),
                    "total_cost": .object(["type": "number"]),
                    "statement": .object(["type": "object", "description": "What execute would decide for the statement: decision, level, rules"]),
                 ])),
        ]
    }

    private static let sqlProperty: Value = .object(["type": "string", "description": "PostgreSQL SQL text"])
    private static let parametersProperty: Value = .object([
        "type": "array", "items": .object(["type": .array(["string", "null"])]),
        "description": "Values for $1, $2 … (text; null for NULL). Only with a single statement.",
    ])

    private static func input(_ properties: [String: Value]) -> Value {
        .object(["type": "object", "properties": .object(properties), "required": ["sql"], "additionalProperties": false])
    }

    private static let resultsSchema: Value = .object([
        "type": "array",
        "items": .object([
            "type": "object",
            "properties": .object([
                "command_tag": .object(["type": "string"]),
                "rows_affected": .object(["type": .array(["integer", "null"])]),
                "columns": .object(["type": "array", "items": .object(["type": "string"])]),
                "rows": .object(["type": "array", "items": .object(["type": "array", "items": .object(["type": .array(["string", "null"])])])]),
                "truncated": .object(["type": "boolean", "description": "More rows existed than were returned"]),
            ]),
            "required": ["command_tag", "columns", "rows", "truncated"],
        ]),
    ])

    /// Every tool answers with the gate's part (decision, level, rules, statements with hints) and
    /// whether anything ran; `extra` adds the tool's own fields.
    private static func output(extra: [String: Value]) -> Value {
        var properties: [String: Value] = [
            "decision": .object(["type": "string", "enum": ["allow", "ask", "deny"]]),
            "level": .object(["type": "string", "enum": ["safe", "write", "schema", "destructive", "critical"]]),
            "profile": .object(["type": "string"]),
            "target": .object(["type": "string"]),
            "rules": .object(["type": "array", "items": .object(["type": "string"])]),
            "statements": .object(["type": "array", "items": .object([
                "type": "object",
                "properties": .object([
                    "index": .object(["type": "integer"]), "kind": .object(["type": "string"]), "level": .object(["type": "string"]),
                    "findings": .object(["type": "array", "items": .object(["type": "object", "properties": .object([
                        "rule": .object(["type": "string"]), "level": .object(["type": "string"]),
                        "message": .object(["type": "string"]), "hint": .object(["type": "string"]),
                    ])])]),
                ]),
            ])]),
            "executed": .object(["type": "boolean", "description": "Whether any SQL reached the database"]),
            "message": .object(["type": "string", "description": "What happened and what to do next"]),
            "approval_code": .object(["type": "string", "description": "For ask: the code a person grants with classify-sql approve CODE"]),
            "confirmation": .object(["type": "string", "enum": ["elicitation", "approval-code"]]),
            "error": .object(["type": "object", "properties": .object([
                "kind": .object(["type": "string"]), "sqlstate": .object(["type": "string"]), "message": .object(["type": "string"]),
                "detail": .object(["type": "string"]), "hint": .object(["type": "string"]),
            ])]),
        ]
        properties.merge(extra) { _, new in new }
        return .object(["type": "object", "properties": .object(properties), "required": ["decision", "level", "rules", "executed", "message"]])
    }
}
