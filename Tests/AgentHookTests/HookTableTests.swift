import Foundation
import SQLRisk
import Testing
@testable import AgentHook

/// A throwaway project directory with the files the command table names.
enum HookProject {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "sqlrisk-hook-project-\(getpid())"
        let files: [String: String] = [
            "cleanup.sql": "-- nightly\nDELETE FROM orders;\n",
            "read.sql": "SELECT id, name FROM users WHERE id = 1;\n",
            "schema.sql": "CREATE TABLE audit (id bigint, at timestamptz);\nCREATE INDEX ON audit (at);\n",
            "grants.sql": "GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC;\n",
            "meta.sql": "\\dt\n\\x\nSELECT count(*) FROM users;\n",
            "gexec.sql": "SELECT format('DROP TABLE %I', tablename) FROM pg_tables \\gexec\n",
            "dump.sql": "SET statement_timeout = 0;\nDROP TABLE IF EXISTS public.t;\nCREATE TABLE public.t (id int);\n",
            "sub/nested.sql": "TRUNCATE t;\n",
            "migrate.py": "import psycopg\nwith psycopg.connect() as c:\n    c.execute('DELETE FROM t')\n",
            "tool.py": "print('hello')\n",
            "queries.txt": "SELECT 1\n",
        ]
        try? FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8)) }
        FileManager.default.createFile(atPath: path + "/binary.sql", contents: Data([0x53, 0x45, 0x00, 0xFF, 0x01]))
        return path
    }()

    static let home = "/home/agent"
}

@Suite struct HookTableTests {
    /// The policy the table's expectations are written for. Re-point it at Examples/policy.toml once the
    /// policy reader lands (the expectations follow the default thresholds: destructive → ask, critical → deny).
    static let policyUnderTest = Policy.builtInDefault

    static func decision(for command: String) -> String {
        let analysis = ShellAnalyzer.analyze(command, cwd: HookProject.directory, home: HookProject.home,
                                             protectedPaths: ProtectedPaths(home: HookProject.home))
        let verdict = HookEvaluator(gate: Gate(policy: policyUnderTest))
            .evaluate(analysis, context: ToolCallContext(host: "claude", session: "t", toolName: "Bash", cwd: HookProject.directory))
        return verdict.decision?.name ?? "-"
    }

    @Test func tableIsLargeEnough() {
        #expect(hookCommandTable.count >= 200)
        #expect(Set(hookCommandTable.map(\.command)).count == hookCommandTable.count, "duplicate commands in the table")
    }

    @Test(arguments: hookCommandTable)
    func commandDecision(command: String, expected: String) {
        #expect(Self.decision(for: command) == expected, "\(command)")
    }
}
