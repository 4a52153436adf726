import SQLRisk
import Testing
@testable import AgentHook

@Suite struct TargetTests {
    static func target(_ command: String) -> ConnectionTarget? {
        ShellAnalyzer.analyze(command, cwd: "/tmp", home: "/home/agent", protectedPaths: ProtectedPaths(home: "/home/agent"))
            .actions.first?.target
    }

    @Test(arguments: [
        ("psql -h db.prod -p 6432 -U app -d sales -c 'SELECT 1'", ConnectionTarget(host: "db.prod", port: 6432, dbname: "sales", user: "app")),
        ("psql postgres://app:secret@db.prod:6432/sales?application_name=x -c 'SELECT 1'",
         ConnectionTarget(host: "db.prod", port: 6432, dbname: "sales", user: "app", applicationName: "x")),
        ("psql postgresql://%61pp@[::1]:5433/my%20db -c 'SELECT 1'", ConnectionTarget(host: "::1", port: 5433, dbname: "my db", user: "app")),
        ("psql \"host=h1 port=5 dbname='d b' user=u\" -c 'SELECT 1'", ConnectionTarget(host: "h1", port: 5, dbname: "d b", user: "u")),
        ("psql service=prod -c 'SELECT 1'", ConnectionTarget(service: "prod")),
        ("psql sales bob -c 'SELECT 1'", ConnectionTarget(dbname: "sales", user: "bob")),
        ("PGHOST=db PGPORT=7 PGDATABASE=d PGUSER=u psql -c 'SELECT 1'", ConnectionTarget(host: "db", port: 7, dbname: "d", user: "u")),
        ("export PGSERVICE=staging; psql -c 'SELECT 1'", ConnectionTarget(service: "staging")),
        ("env PGHOST=h psql -h other -c 'SELECT 1'", ConnectionTarget(host: "other")),
        ("docker exec -e PGDATABASE=app db psql -c 'SELECT 1'", ConnectionTarget(dbname: "app")),
        ("DATABASE_URL=postgres://h/d; psql \"$DATABASE_URL\" -c 'SELECT 1'", ConnectionTarget(host: "h", dbname: "d")),
        ("psql \"$DATABASE_URL\" -c 'SELECT 1'", ConnectionTarget()),
        ("PGHOST=$X psql -c 'SELECT 1'", ConnectionTarget()),
        ("dropdb -h db -U admin sales", ConnectionTarget(host: "db", dbname: "sales", user: "admin")),
    ] as [(String, ConnectionTarget)])
    func connectionTarget(command: String, expected: ConnectionTarget) {
        #expect(Self.target(command) == expected)
    }

    @Test func unknownTargetLabel() {
        #expect(ConnectionTarget().label == "unknown")
    }
}

@Suite struct JSONReaderTests {
    @Test func readsValues() throws {
        let value = try AgentHook.JSONValue.parse(#" {"a": [1, -2.5e3, true, false, null, "x\"\\\/\n\u00e9\ud83d\ude00"], "b": {}} "#)
        #expect(value["a"]?.array?.count == 6)
        #expect(value["a"]?.array?[5].string == "x\"\\/\né😀")
        #expect(value["b"] == .object([]))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "\"\u{1}\"", "tru", "{\"a\":1}x", "\"\\x\"", "[\"\\u12\"]", "01e", "\"\u{FF}"])
    func rejectsBadJSON(text: String) {
        #expect(throws: JSONError.self) { try AgentHook.JSONValue.parse(text) }
    }

    @Test func boundedDepth() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONError.self) { try AgentHook.JSONValue.parse(deep) }
    }

    @Test func writerRoundTrips() throws {
        let value: AgentHook.JSONValue = .object([("k", .string("a\u{0}b\"\n\u{2028}")), ("n", .array([.number(3), .bool(true), .null]))])
        #expect(try AgentHook.JSONValue.parse(JSONWriter.write(value)) == value)
        #expect(try AgentHook.JSONValue.parse(JSONWriter.write(value, indent: "  ")) == value)
    }
}
