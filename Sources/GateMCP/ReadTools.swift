import Foundation
import MCP
import PostgresClient
import SQLRisk

/// `query` and `explain`: SQL that only reads, in a read-only transaction with a statement timeout.
extension GateServer {
    /// Kinds `query` runs. Transaction control and `SET`/`RESET` are safe but would let later statements
    /// leave the read-only transaction or drop the timeout, so they belong to `execute`.
    static let readKinds: Set<String> = ["SELECT", "SHOW", "EXPLAIN"]
    /// Kinds `explain` accepts: plain EXPLAIN plans them without running them.
    static let explainableKinds: Set<String> = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE"]

    func query(_ arguments: ToolArguments) async -> ToolReply {
        let answer = adapter.review(arguments.sql, tool: "query", context: context())
        if let refusal = readRefusal(answer, kinds: Self.readKinds, tool: "query", parameters: arguments.parameters) {
            adapter.record(GateOutcome(executed: false), for: answer, confirmation: nil, client: context().client)
            return refusal
        }
        var reply = ToolReply(answer: answer, target: target, message: "")
        let single = answer.verdict.report.statements.count == 1
        let options = QueryOptions(rowLimit: arguments.rowLimit ?? settings.rowLimit, cancelPastLimit: single,
                                   timeoutMilliseconds: settings.statementTimeoutMilliseconds + 2_000)
        do {
            reply.results = try await readOnly { connection in
                try connection.execute(arguments.sql, parameters: arguments.parameters, options: options)
            }
            reply.executed = true
            let truncated = reply.results.contains(where: \.truncated)
            let rows = reply.results.map(\.rows.count).reduce(0, +)
            reply.message = "\(rows) row\(rows == 1 ? "" : "s")" + (truncated ? "; truncated at \(options.rowLimit!) rows per result (row_limit), more rows exist" : "")
        } catch {
            reply = failed(reply, error)
        }
        adapter.record(outcome(reply), for: answer, confirmation: nil, client: context().client)
        return reply
    }

    func explain(_ arguments: ToolArguments) async -> ToolReply {
        let inner = adapter.review(arguments.sql, tool: "explain", context: context())
        let statements = inner.verdict.report.statements
        guard statements.count == 1, Self.explainableKinds.contains(statements[0].kind) else {
            var reply = ToolReply(answer: inner, target: target,
                                  message: "explain takes exactly one SELECT, INSERT, UPDATE, DELETE or MERGE, without EXPLAIN itself; got \(statements.map(\.kind).joined(separator: ", ").ifEmpty("no statement")); nothing ran")
            reply.isError = true
            return reply
        }
        // What runs is what is judged: the EXPLAIN text itself must be one safe statement the policy allows.
        let answer = adapter.review("EXPLAIN (FORMAT JSON) " + arguments.sql, tool: "explain", context: context())
        if let refusal = readRefusal(answer, kinds: ["EXPLAIN"], tool: "explain", parameters: nil) {
            adapter.record(GateOutcome(executed: false), for: answer, confirmation: nil, client: context().client)
            return refusal
        }
        var reply = ToolReply(answer: answer, target: target, message: "")
        reply.extra["statement"] = .object(["decision": .string(inner.decision.name), "level": .string(inner.verdict.report.level.name),
                                            "rules": .array(inner.verdict.report.ruleIDs.map { .string($0) })])
        do {
            let results = try await readOnly { connection in
                try connection.execute("EXPLAIN (FORMAT JSON) " + arguments.sql,
                                       options: QueryOptions(timeoutMilliseconds: self.settings.statementTimeoutMilliseconds + 2_000))
            }
            reply.executed = true
            let json = results.last?.rows.first?.first ?? nil
            if let json, let plan = try? JSONDecoder().decode(Value.self, from: Data(json.utf8)) {
                reply.extra["plan"] = plan
                let top = Self.rowSource(plan)
                if let rows = top?["Plan Rows"] { reply.extra["estimated_rows"] = rows }
                if let cost = top?["Total Cost"] { reply.extra["total_cost"] = cost }
            }
            let rows = reply.extra["estimated_rows"].map { "\($0.intValue ?? Int($0.doubleValue ?? 0))" } ?? "unknown"
            reply.message = "estimated rows: \(rows); execute would \(inner.decision.name) this statement (\(inner.verdict.report.level.name))"
        } catch {
            reply = failed(reply, error)
        }
        adapter.record(outcome(reply), for: answer, confirmation: nil, client: context().client)
        return reply
    }

    /// The planner's row estimate for one statement, for a confirmation prompt; nil when it cannot plan it.
    func estimatedRows(_ sql: String, parameters: [String?]?) async -> Int? {
        let wrapped = "EXPLAIN (FORMAT JSON) " + sql
        let report = Classifier().classify(wrapped)
        guard parameters == nil, report.statements.count == 1, report.level == .safe,
              let single = Classifier().classify(sql).statements.first, Self.explainableKinds.contains(single.kind) else { return nil }
        let json = try? await readOnly { connection in
            try connection.query(wrapped, options: QueryOptions(timeoutMilliseconds: 5_000)).rows.first?.first ?? nil
        }
        guard let json, let plan = try? JSONDecoder().decode(Value.self, from: Data(json.utf8)) else { return nil }
        let rows = Self.rowSource(plan)?["Plan Rows"]
        return rows?.intValue ?? rows?.doubleValue.map { Int($0) }
    }

    /// The plan node whose estimate counts the rows: a write's ModifyTable reports 0, its input the rows it touches.
    static func rowSource(_ plan: Value) -> [String: Value]? {
        let top = plan.arrayValue?.first?.objectValue?["Plan"]?.objectValue
        guard top?["Node Type"]?.stringValue == "ModifyTable" else { return top }
        return top?["Plans"]?.arrayValue?.first?.objectValue ?? top
    }

    /// Why `query`/`explain` will not run this, or nil when they will: the policy must allow it, it must
    /// be `safe`, and of the kinds the tool runs.
    private func readRefusal(_ answer: GateAnswer, kinds: Set<String>, tool: String, parameters: [String?]?) -> ToolReply? {
        let report = answer.verdict.report
        var message: String?
        if answer.decision != .allow || answer.refusal != nil {
            message = "refused: " + Self.verdictSentence(answer) + (answer.decision == .ask ? "; a human must confirm this: use execute" : "")
        } else if report.level != .safe {
            message = "refused: \(tool) runs only safe SQL, this is \(report.level.name): " + ToolReply.reasons(report) + "; use execute to change data"
        } else if let other = report.statements.first(where: { !kinds.contains($0.kind) }) {
            message = "refused: \(tool) runs only \(kinds.sorted().joined(separator: ", ")) (SELECT covers VALUES, TABLE and WITH); statement \(other.index + 1) is \(other.kind): use execute for session and transaction statements"
        } else if report.statements.isEmpty {
            message = "nothing to run: the SQL has no statement"
        } else if parameters != nil && report.statements.count > 1 {
            message = "parameters work with a single statement; this SQL has \(report.statements.count)"
        }
        guard let message else { return nil }
        var reply = ToolReply(answer: answer, target: target, message: message + "; nothing ran")
        reply.isError = true
        return reply
    }

    /// Runs `body` in `BEGIN READ ONLY` with `SET LOCAL statement_timeout`, rolled back afterwards. A
    /// connection that broke (the server restarted) is retried once on a new one: reads are safe to repeat.
    func readOnly<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let timeout = settings.statementTimeoutMilliseconds
        let pool = self.pool
        let attempt: @Sendable () throws -> T = {
            try pool.withConnection { connection in
                try connection.execute("BEGIN READ ONLY")
                defer { _ = try? connection.execute("ROLLBACK") }
                try connection.execute("SET LOCAL statement_timeout = \(timeout)")
                return try body(connection)
            }
        }
        return try await Offload.run {
            do { return try attempt() } catch let error as PostgresError where error.kind == .connection { return try attempt() }
        }
    }

    func failed(_ reply: ToolReply, _ error: Error) -> ToolReply {
        var reply = reply
        let failure = error as? PostgresError ?? PostgresError(kind: .connection, message: "\(error)")
        reply.error = failure
        reply.isError = true
        if failure.kind != .connection { reply.executed = true }
        switch failure.kind {
        case .connection: reply.message = "database unavailable: \(failure.message)"
        case .timeout: reply.message = "statement timeout after \(settings.statementTimeoutMilliseconds) ms (--statement-timeout): \(failure.message)"
        default: reply.message = "the server refused it: \(failure)"
        }
        return reply
    }

    func outcome(_ reply: ToolReply) -> GateOutcome {
        GateOutcome(executed: reply.executed, commandTag: reply.results.last?.commandTag,
                    rows: reply.results.last.flatMap { $0.rowsAffected ?? $0.rows.count }, error: reply.error?.description)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
