/// The exit statuses of `classify-sql` (SPEC §4). Scripts depend on these numbers: never renumber.
enum ExitStatus: Int32 {
    /// Every input is below the `--fail-on` level.
    case success = 0
    /// Some input is at or above the `--fail-on` level; with a policy, some input is `deny`.
    case riskFound = 1
    /// An input could not be read (missing file, unreadable file, malformed `jsonl` line), or an internal error.
    case unreadableInput = 2
    /// With a policy: some input is `ask` and none is `deny` (a human must confirm).
    case askFound = 3
    /// The command line itself is wrong: unknown flag, bad level name, unknown rule id.
    case usage = 64
}

extension ExitStatus {
    /// A bug in `classify-sql` or SQLRisk shares status 2: either way the answer is incomplete.
    static var internalError: ExitStatus { .unreadableInput }
}
