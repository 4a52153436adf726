import NIOCore
import SQLRisk

/// Client → server: every Query, Parse and FunctionCall passes the gate first.
extension ClientSession {
    /// What the upstream gets instead of a refused statement: text that fails at parse time, so that the
    /// server answers with an error the proxy replaces, fails an open transaction the way any error does,
    /// and skips the rest of an extended-protocol batch up to Sync. None of the refused SQL reaches it.
    static let standIn = "sqlrisk_refused_statement"

    func fromClient(_ frame: Frame) {
        guard let upstream else { return }
        guard ready else { return upstream.send(frame) }  // authentication messages, opaque
        let message: FrontendMessage
        do { message = try FrontendMessage(frame) } catch {
            return fail(BackendMessage.fatal("08P01", "sqlrisk proxy: invalid frontend message: \(error.description)"))
        }
        if discardingToSync {
            // As the server does after an error: everything up to Sync is dropped unseen.
            guard message == .sync else { return }
            discardingToSync = false
        }
        switch message {
        case .query(let sql):
            let judgement = judge(sql)
            if let refusal = judgement.refusal {
                openSync.refusal = refusal
                upstream.send(FrontendMessage.queryFrame(Self.standIn))
            } else {
                openSync.verdicts.append(judgement.verdict)
                upstream.send(frame)
            }
            closeSync()
        case .parse(let statement, let query):
            let judgement = judge(query)
            if let refusal = judgement.refusal {
                refusedStatements.insert(statement)
                refuseBatch(refusal)
            } else {
                refusedStatements.remove(statement)
                openSync.verdicts.append(judgement.verdict)
                upstream.send(frame)
            }
        case .bind(_, let statement) where refusedStatements.contains(statement),
             .describe(UInt8(ascii: "S"), let statement) where refusedStatements.contains(statement):
            refuseBatch(refusalOfName(statement))
        case .close(let kind, let name):
            if kind == UInt8(ascii: "S") { refusedStatements.remove(name) }
            upstream.send(frame)
        case .sync:
            upstream.send(frame)
            closeSync()
        case .functionCall:
            if shared.gate.allowFunctionCall {
                upstream.send(frame)
            } else if let refusal = shared.gate.refusal("deny critical function-call: the FunctionCall message calls a function by OID, which the gate cannot judge",
                                                        hint: "Call the function in a SELECT, which the gate classifies.") {
                openSync.refusal = refusal
                upstream.send(FrontendMessage.queryFrame(Self.standIn))
            } else {
                upstream.send(frame)
            }
            closeSync()
        case .copyData, .copyDone, .copyFail:
            // COPY data flows only while the server is in a COPY that the gate let through.
            if copyInActive { upstream.send(frame) }
        case .terminate:
            upstream.send(frame)
            upstream.flush()
            close()
        case .bind, .describe, .execute, .flush, .authentication:
            upstream.send(frame)
        }
    }

    var openSync: PendingSync {
        get { syncs[syncs.index(before: syncs.endIndex)] }
        set { syncs[syncs.index(before: syncs.endIndex)] = newValue }
    }

    /// The current batch will get a ReadyForQuery; what follows belongs to a new one.
    func closeSync() {
        openSync.closed = true
        syncs.append(PendingSync())
    }

    private func refuseBatch(_ refusal: Frame) {
        if openSync.refusal == nil { openSync.refusal = refusal }
        upstream?.send(FrontendMessage.parseFrame(statement: "", query: Self.standIn))
        discardingToSync = true
    }

    private func refusalOfName(_ statement: String) -> Frame {
        shared.gate.refusal("deny: prepared statement \"\(statement)\" was refused by the policy",
                            hint: "Prepare an allowed statement under that name first.")
            ?? BackendMessage.responseFrame("E", fields: [("S", "ERROR"), ("C", "26000"), ("M", "prepared statement \"\(statement)\" does not exist")])
    }

    private func judge(_ sql: String) -> ProxyGate.Judgement {
        var details = ["application_name": target.applicationName ?? "", "database": target.dbname ?? "", "user": target.user ?? ""]
        if let upstreamKey { details["backend_pid"] = "\(upstreamKey.processID)" }
        let judgement = shared.gate.judge(sql, target: target, session: &sessionState, connection: "proxy-\(id)", details: details)
        if judgement.verdict.decision != .allow {
            logger.info("statement \(judgement.refusal == nil ? "flagged" : "refused")", metadata: [
                "decision": "\(judgement.verdict.decision)", "level": "\(judgement.verdict.report.level)",
                "rules": "\(judgement.verdict.report.ruleIDs.joined(separator: ","))",
            ])
        }
        if let notice = judgement.notice {
            writeToClient(notice)
        }
        return judgement
    }
}
