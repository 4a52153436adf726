import Foundation
import MCP
import PostgresClient
import Testing
import TestSupport

/// `sqlrisk-gate mcp` over stdio with the SDK's own client, against the PostgreSQL 15 test cluster.
/// Which SQL asks and which is denied comes from the server's own `classify` answer under the test
/// policy, so the cases follow the example policy's prod profile once it exists.
@Suite struct MCPServerTests {
    /// A table of its own per test (tests run in parallel): ids 1, 2, 3.
    static func freshTable(_ dsn: String) throws -> String {
        let name = "mcp_t_\(UInt32.random(in: 0...UInt32.max))"
        try PostgresConnection(dsn: dsn).execute("CREATE TABLE \(name) (id int PRIMARY KEY, note text); INSERT INTO \(name) VALUES (1, 'a'), (2, 'b'), (3, 'c')")
        return name
    }

    static func ids(_ dsn: String, _ table: String) throws -> [String] {
        try PostgresConnection(dsn: dsn).query("SELECT id FROM \(table) ORDER BY id").rows.map { $0[0] ?? "" }
    }

    static func exists(_ dsn: String, _ table: String) throws -> Bool {
        try PostgresConnection(dsn: dsn).query("SELECT to_regclass($1) IS NOT NULL", [table]).rows == [["t"]]
    }

    /// The first SQL of `candidates` that the server decides `decision` for.
    static func sql(deciding decision: String, from candidates: [String], _ session: MCPServerSession) async throws -> String {
        for sql in candidates where try await session.call("classify", sql: sql)["decision"]?.stringValue == decision { return sql }
        Issue.record("no candidate is decided \(decision): \(candidates)")
        return candidates[0]
    }

    /// `DELETE FROM t WHERE id = 1`; under a policy that allows writes (the placeholder default) a
    /// destructive no-op is added so that the input still asks and still deletes exactly row 1.
    static func askSQL(_ table: String, _ session: MCPServerSession) async throws -> String {
        try await sql(deciding: "ask", from: ["DELETE FROM \(table) WHERE id = 1",
                                              "DELETE FROM \(table) WHERE id = 1; DROP TABLE IF EXISTS \(table)_scratch"], session)
    }

    @Test func toolsQueriesRefusalsAndDenials() async throws {
        let dsn = try PostgresClientTests.cluster().dsn
        let table = try Self.freshTable(dsn)
        let session = try await MCPServerSession(dsn: dsn)
        defer { Task { await session.close() } }

        let (tools, _) = try await session.client.listTools()
        #expect(tools.map(\.name).sorted() == ["classify", "execute", "explain", "query"])
        for tool in tools {
            #expect(tool.inputSchema.objectValue?["required"] == ["sql"])
            #expect(tool.outputSchema?.objectValue?["type"] == "object")
        }
        #expect(tools.first { $0.name == "query" }?.annotations.readOnlyHint == true)
        #expect(tools.first { $0.name == "execute" }?.annotations.destructiveHint == true)

        let select = try await session.call("query", sql: "SELECT id, note FROM \(table) ORDER BY id")
        #expect(select["executed"] == true)
        let result = select["results"]?.arrayValue?.first?.objectValue
        #expect(result?["columns"] == ["id", "note"])
        #expect(result?["rows"] == [["1", "a"], ["2", "b"], ["3", "c"]])

        let update = try await session.call("query", ["sql": .string("UPDATE \(table) SET note = 'x' WHERE id = 1")])
        #expect(update.isError == true)
        #expect(update.structuredContent?.objectValue?["executed"] == false)
        #expect(update.structuredContent?.objectValue?["rules"]?.arrayValue?.isEmpty == false)
        #expect(try PostgresConnection(dsn: dsn).query("SELECT note FROM \(table) WHERE id = 1").rows == [["a"]])

        // DROP TABLE is denied under the example prod profile; the placeholder default only asks for it,
        // so a critical statement alongside makes the same input a denial there.
        let drop = try await Self.sql(deciding: "deny", from: ["DROP TABLE \(table)", "DROP TABLE \(table); ALTER SYSTEM SET work_mem = '1MB'"], session)
        let denied = try await session.call("execute", ["sql": .string(drop)])
        #expect(denied.isError == true)
        #expect(denied.structuredContent?.objectValue?["decision"] == "deny")
        #expect(try Self.exists(dsn, table))

        let truncated = try await session.call("query", ["sql": "SELECT g FROM generate_series(1, 1000000) AS g", "row_limit": 5])
        let rows = truncated.structuredContent?.objectValue?["results"]?.arrayValue?.first?.objectValue
        #expect(rows?["rows"]?.arrayValue?.count == 5)
        #expect(rows?["truncated"] == true)

        let missing = try await session.call("query", [:])
        #expect(missing.isError == true)
        let wrongType = try await session.call("execute", ["sql": 42])
        #expect(wrongType.structuredContent?.objectValue?["message"]?.stringValue?.contains("must be a string") == true)
        await #expect(throws: MCPError.self) { _ = try await session.call("drop_everything", ["sql": "x"]) }
        // Still serving after the bad calls.
        #expect(try await session.call("classify", sql: "SELECT 1")["decision"] == "allow")
    }

    @Test(arguments: [true, false])
    func askWithAnElicitingClient(accepts: Bool) async throws {
        let dsn = try PostgresClientTests.cluster().dsn
        let table = try Self.freshTable(dsn)
        let prompts = PromptLog()
        let session = try await MCPServerSession(dsn: dsn) { parameters in
            if case .form(let form) = parameters { prompts.add(form.message) }
            return accepts ? CreateElicitation.Result(action: .accept, content: ["confirm": true]) : CreateElicitation.Result(action: .decline)
        }
        defer { Task { await session.close() } }
        let sql = try await Self.askSQL(table, session)
        let result = try await session.call("execute", ["sql": .string(sql)])
        let prompt = try #require(prompts.messages.first)
        #expect(prompt.contains("DELETE FROM \(table) WHERE id = 1"))
        #expect(prompt.contains("hint:"))
        #expect(prompt.contains("127.0.0.1"))
        if accepts {
            #expect(result.isError == false)
            #expect(result.structuredContent?.objectValue?["confirmation"] == "elicitation")
            #expect(try Self.ids(dsn, table) == ["2", "3"])
        } else {
            #expect(result.isError == true)
            #expect(result.structuredContent?.objectValue?["executed"] == false)
            #expect(try Self.ids(dsn, table) == ["1", "2", "3"])
        }
    }

    @Test func askWithoutElicitationGivesACodeThatLetsTheSameSQLRunOnce() async throws {
        let dsn = try PostgresClientTests.cluster().dsn
        let table = try Self.freshTable(dsn)
        let session = try await MCPServerSession(dsn: dsn, arguments: ["--approvals", dsn])
        defer { Task { await session.close() } }
        let sql = try await Self.askSQL(table, session)

        let first = try await session.call("execute", ["sql": .string(sql)])
        #expect(first.isError == true)
        let code = try #require(first.structuredContent?.objectValue?["approval_code"]?.stringValue)
        #expect(try Self.ids(dsn, table) == ["1", "2", "3"])

        // What `classify-sql approve CODE` does, against the same shared store.
        let store = PostgresApprovalStore(dsn: dsn)
        _ = try store.grant(code: code, for: 600, reusable: false, grantedBy: "test", now: Int64(Date().timeIntervalSince1970))

        let other = try await session.call("execute", ["sql": .string(sql + " ")])
        #expect(other.isError == true, "other SQL text needs its own approval")
        let approved = try await session.call("execute", ["sql": .string(sql)])
        #expect(approved.isError == false)
        #expect(approved.structuredContent?.objectValue?["confirmation"] == "approval-code")
        #expect(try Self.ids(dsn, table) == ["2", "3"])
        let again = try await session.call("execute", ["sql": .string(sql)])
        #expect(again.isError == true, "a single-use grant runs once")
    }
}

final class PromptLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ message: String) { lock.withLock { stored.append(message) } }
    var messages: [String] { lock.withLock { stored } }
}
