import NIOCore
import SQLRisk

/// Server → client: frames pass on unchanged except the few the proxy must rewrite or learn from.
extension ClientSession {
    func fromUpstream(_ frame: Frame) {
        do {
            switch frame.typeCharacter {
            case "R": try authentication(frame)
            case "K":
                let key = try BackendMessage.backendKey(of: frame)
                let upstream = CancelKeys.Key(processID: key.processID, secretKey: key.secretKey)
                upstreamKey = upstream
                let issued = shared.cancelKeys.issue(for: upstream)
                clientKey = issued
                logger[metadataKey: "backend_pid"] = "\(key.processID)"
                writeToClient(BackendMessage.backendKeyFrame(processID: issued.processID, secretKey: issued.secretKey))
            case "Z":
                transactionStatus = try BackendMessage.transactionStatus(of: frame)
                copyInActive = false
                writeToClient(frame)
                if ready { finishSync() } else { ready = true }
                closeIfDrained()
            case "E":
                let fields = try BackendMessage.fields(of: frame)
                copyInActive = false
                var head = syncs[syncs.startIndex]
                if let refusal = head.refusal {
                    head.refusal = nil
                    syncs[syncs.startIndex] = head
                    writeToClient(refusal)
                } else {
                    syncs[syncs.startIndex].error = fields[UInt8(ascii: "M")] ?? "error"
                    writeToClient(frame)
                }
            case "C":
                syncs[syncs.startIndex].commandTags.append(try BackendMessage.commandTag(of: frame))
                writeToClient(frame)
            case "G":
                copyInActive = true
                writeToClient(frame)
            default:
                writeToClient(frame)
            }
        } catch {
            logger.error("upstream protocol error", metadata: ["error": "\(error)"])
            fail(BackendMessage.fatal("08P01", "sqlrisk proxy: invalid message from the upstream server: \(error)"))
        }
    }

    /// Removes SCRAM-SHA-256-PLUS: channel binding ties the exchange to a TLS connection, which ends at the proxy.
    private func authentication(_ frame: Frame) throws(WireError) {
        guard try BackendMessage.authenticationCode(of: frame) == 10 else { return writeToClient(frame) }
        let mechanisms = try BackendMessage.saslMechanisms(of: frame).filter { $0 != "SCRAM-SHA-256-PLUS" }
        guard !mechanisms.isEmpty else {
            return fail(BackendMessage.fatal("28000", "sqlrisk proxy: the server offers only channel-bound SASL, which cannot pass a proxy"))
        }
        writeToClient(BackendMessage.saslFrame(mechanisms: mechanisms))
    }

    /// The oldest batch is answered: its statements' outcomes go to the audit log.
    private func finishSync() {
        guard syncs.count > 1 else { return }
        let done = syncs.removeFirst()
        for verdict in done.verdicts {
            let tag = done.commandTags.last
            let rows = tag.flatMap { $0.split(separator: " ").last.flatMap { Int($0) } }
            shared.gate.record(GateOutcome(executed: done.error == nil, commandTag: tag, rows: rows, error: done.error), for: verdict)
        }
    }

    func upstreamClosed() {
        guard case .relaying = state else { return }
        logger.notice("upstream closed the connection")
        fail(BackendMessage.fatal("08006", "sqlrisk proxy: the upstream server closed the connection"))
    }
}

extension ClientSession {
    func fromUpstreamError(_ error: Error) {
        logger.error("upstream error", metadata: ["error": "\(error)"])
        fail(BackendMessage.fatal("08006", "sqlrisk proxy: upstream connection failed: \(error)"))
    }
}
