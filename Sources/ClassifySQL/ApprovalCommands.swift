import ArgumentParser
import SQLRisk

/// The subcommands of SPEC §7 (`approve`, `approvals`, `audit`), parsed as root commands of their own.
enum GateSubcommands {
    static func command(named name: String?) -> (any ParsableCommand.Type)? {
        switch name {
        case "approve": ApproveCommand.self
        case "approvals": ApprovalsCommand.self
        case "audit": AuditCommand.self
        default: nil
        }
    }
}

/// Where the approval store lives: `--approvals DIR`, else `$XDG_STATE_HOME/sqlrisk`, else `~/.local/state/sqlrisk`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("approvals"), help: ArgumentHelp("The approval store's directory (default $XDG_STATE_HOME/sqlrisk, else ~/.local/state/sqlrisk).", valueName: "dir"))
    var directory: String?

    func store() throws -> FileApprovalStore {
        if let directory {
            guard !directory.contains("://") else {
                throw ValidationError("--approvals takes a directory here; a PostgreSQL store is served by sqlrisk-gate.")
            }
            return FileApprovalStore(directory: directory)
        }
        guard let store = FileApprovalStore.defaultStore() else {
            throw ValidationError("no home directory or XDG_STATE_HOME to find the approval store in; pass --approvals DIR.")
        }
        return store
    }
}

/// Runs a store operation; a store that cannot be read is exit 2 with its message.
func withStore<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ApprovalStoreError {
        BufferedOutput.standardError.write("classify-sql: \(error)\n")
        throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
}

/// `classify-sql approve CODE`: a human's yes to a gate's request.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify-sql approve",
        abstract: "Approve a gate's request: the same SQL may then pass once for its profile and target.",
        discussion: """
            Shows the SQL, profile, target and findings of the request, then asks for confirmation when standard input is a terminal (answer y). Without a terminal, --yes is required; the agent hook denies any agent command that runs 'classify-sql approve'.

            Exit status: 0 granted, 1 not granted (declined, unknown, expired or already used), 2 the store cannot be read, 64 usage error.

            EXAMPLES:
              classify-sql approve K7Q-4MZ
              classify-sql approve K7Q-4MZ --for 8h --reuse
            """
    )

    @Argument(help: ArgumentHelp("The request's code, as the gate printed it (case and dash do not matter).", valueName: "code"))
    var code: String

    @Option(name: .customLong("for"), help: ArgumentHelp("How long the grant lasts: 90s, 30m, 1h, 2d (default 1h).", valueName: "duration"))
    var duration: String?

    @Flag(help: "Let the same SQL pass any number of times until the grant expires, not just once.")
    var reuse = false

    @Flag(help: "Approve without asking (required when standard input is not a terminal).")
    var yes = false

    @OptionGroup var storeOptions: StoreOptions

    mutating func validate() throws {
        if let duration, Self.seconds(duration) == nil {
            throw ValidationError("--for takes a duration like 90s, 30m, 1h or 2d (at most 30d), not '\(duration)'.")
        }
        guard ApprovalCode.normalize(code) != nil else {
            throw ValidationError("'\(code)' is not an approval code; codes look like K7Q-4MZ.")
        }
    }

    func run() throws {
        let store = try storeOptions.store()
        let now = Environment.unixTime
        let output = BufferedOutput.standardOutput
        guard let request = try withStore({ try store.request(code: code) }) else {
            BufferedOutput.standardError.write("classify-sql: no approval request \(ApprovalCode.normalize(code)!) in \(store.location)\n")
            throw ExitCode(ExitStatus.riskFound.rawValue)
        }
        let seconds = duration.flatMap(Self.seconds) ?? store.defaultLifetime
        output.write(ApprovalText.request(request, now: now))
        output.write("Grant: \(reuse ? "reusable" : "single use"), valid for \(ApprovalText.duration(seconds)).\n")
        output.flush()
        if !yes {
            guard Environment.isStandardInputTerminal else {
                BufferedOutput.standardError.write("classify-sql: standard input is not a terminal; pass --yes to approve without a prompt\n")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            guard let answer = Terminal.ask("Approve \(request.code)? [y/N] "), ["y", "yes"].contains(answer.lowercased()) else {
                output.write("Not approved.\n")
                throw ExitCode(ExitStatus.riskFound.rawValue)
            }
        }
        do {
            let grant = try store.grant(code: code, for: seconds, reusable: reuse, grantedBy: Environment.userName, now: Environment.unixTime)
            output.write("Approved \(grant.code) by \(grant.grantedBy) until \(AuditEvent.timestamp(unixSeconds: grant.expiresAt)).\n")
        } catch let error as ApprovalStoreError {
            BufferedOutput.standardError.write("classify-sql: \(error)\n")
            let unreadable = error.description.contains("approval store")
            throw ExitCode(unreadable ? ExitStatus.unreadableInput.rawValue : ExitStatus.riskFound.rawValue)
        }
    }

    /// `90s`, `30m`, `1h`, `2d` or plain seconds; at most 30 days.
    static func seconds(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        let unit = text.last.flatMap { units[$0] }
        guard let count = Int64(unit == nil ? text : String(text.dropLast())), count > 0 else { return nil }
        let seconds = count.multipliedReportingOverflow(by: unit ?? 1)
        return !seconds.overflow && seconds.partialValue <= 30 * 86_400 ? seconds.partialValue : nil
    }
}

/// `classify-sql approvals [list] [--format text|json]` and `approvals revoke CODE`.
struct ApprovalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify-sql approvals",
        abstract: "List pending approval requests and live grants, or revoke one.",
        subcommands: [List.self, Revoke.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List pending requests and live grants (the default).")

        enum Format: String, CaseIterable, ExpressibleByArgument { case text, json }

        @Option(help: ArgumentHelp("Output: 'text' or 'json'.", valueName: "format"))
        var format: Format = .text

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = try storeOptions.store()
            let now = Environment.unixTime
            let (pending, grants) = try withStore { try store.list(now: now) }
            switch format {
            case .text: BufferedOutput.standardOutput.write(ApprovalText.list(pending: pending, grants: grants, store: store.location, now: now))
            case .json: BufferedOutput.standardOutput.write(PrettyJSON.format(ApprovalText.json(pending: pending, grants: grants, store: store.location)) + "\n")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a pending request or a grant (exit 1 when nothing had that code).")

        @Argument(help: ArgumentHelp("The code to revoke.", valueName: "code"))
        var code: String

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = try storeOptions.store()
            guard try withStore({ try store.revoke(code: code) }) else {
                BufferedOutput.standardError.write("classify-sql: nothing live has the code \(code) in \(store.location)\n")
                throw ExitCode(ExitStatus.riskFound.rawValue)
            }
            BufferedOutput.standardOutput.write("Revoked \(ApprovalCode.normalize(code) ?? code).\n")
        }
    }
}
