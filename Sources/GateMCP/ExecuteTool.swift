import MCP
import PostgresClient
import SQLRisk

/// `execute`: runs what the policy allows; `deny` never runs; `ask` runs only after a human said yes,
/// through the client's confirmation prompt (elicitation) or an approval code granted out of band.
extension GateServer {
    func execute(_ arguments: ToolArguments, server: Server) async -> ToolReply {
        let context = context()
        let answer = adapter.enforce(arguments.sql, context: context)
        var confirmation: Confirmation? = answer.verdict.approvedBy != nil ? .approvalCode : nil

        switch answer.decision {
        case .deny:
            var reply = ToolReply(answer: answer, target: target, message: "denied, nothing ran: " + Self.verdictSentence(answer))
            reply.isError = true
            adapter.record(GateOutcome(executed: false), for: answer, confirmation: nil, client: context.client)
            return reply
        case .ask:
            let prompt = ConfirmationPrompt(answer: answer, sql: arguments.sql, target: target,
                                            estimatedRows: await estimatedRows(arguments.sql, parameters: arguments.parameters))
            var declined = "the client cannot show a confirmation prompt (no elicitation capability)"
            if context.canElicit {
                switch await prompt.ask(server, timeoutSeconds: settings.elicitationTimeoutSeconds) {
                case .confirmed: confirmation = .elicitation
                case .refused(let why): declined = why
                }
            }
            guard confirmation == .elicitation else {
                adapter.record(GateOutcome(executed: false), for: answer, confirmation: nil, client: context.client)
                var reply = ToolReply(answer: answer, target: target, message: Self.approvalMessage(answer, declined: declined))
                reply.isError = true
                return reply
            }
        case .allow:
            break
        }

        var reply = ToolReply(answer: answer, target: target, message: "")
        reply.confirmation = confirmation
        do {
            let run = try await run(arguments)
            reply.results = run.results
            reply.executed = true
            let tags = run.results.map(\.commandTag).filter { !$0.isEmpty }
            reply.message = "ran: " + tags.joined(separator: ", ").ifEmpty("no statement")
            if run.rolledBack { reply.message += "; the transaction it left open was rolled back (each call is one session)" }
            if run.results.contains(where: \.truncated) { reply.message += "; returned rows truncated at \(settings.rowLimit) per result" }
            if let confirmation { reply.message += " (confirmed by \(confirmation.rawValue))" }
        } catch {
            reply = failed(reply, error)
        }
        adapter.record(outcome(reply), for: answer, confirmation: confirmation, client: context.client)
        return reply
    }

    static func approvalMessage(_ answer: GateAnswer, declined: String) -> String {
        let why = verdictSentence(answer)
        guard let code = answer.verdict.approvalCode else {
            return "not run: the policy asks a human to confirm (\(why)) and \(declined); this server has no approval store (--approvals), so it cannot run here"
        }
        return "not run: the policy asks a human to confirm (\(why)) and \(declined). Approval code \(code): a person runs `classify-sql approve \(code)`; then call execute again with exactly the same SQL and it runs once"
    }

    /// Runs the SQL in a session of its own: the timeout set for the session, a transaction it left open
    /// rolled back, and the session reset (`DISCARD ALL`) so that nothing carries to the next call.
    private func run(_ arguments: ToolArguments) async throws -> (results: [PostgresResult], rolledBack: Bool) {
        let timeout = settings.statementTimeoutMilliseconds
        let options = QueryOptions(rowLimit: settings.rowLimit, cancelPastLimit: false, timeoutMilliseconds: timeout + 2_000)
        let pool = self.pool
        return try await Offload.run {
            try pool.withConnection { connection in
                try connection.execute("SET statement_timeout = \(timeout)")
                defer { _ = try? connection.execute("DISCARD ALL") }
                let results: [PostgresResult]
                do {
                    results = try connection.execute(arguments.sql, parameters: arguments.parameters, options: options)
                } catch {
                    if connection.inTransaction { _ = try? connection.execute("ROLLBACK") }
                    throw error
                }
                let open = connection.inTransaction
                if open { try connection.execute("ROLLBACK") }
                return (results, open)
            }
        }
    }
}
