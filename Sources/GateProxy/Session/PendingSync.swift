import SQLRisk

/// Everything sent upstream up to one ReadyForQuery: a Query, a FunctionCall, or extended-protocol messages
/// up to their Sync. The upstream answers these in order, so the oldest one is what its replies are about.
struct PendingSync {
    /// The refusal the client sees in place of the first ErrorResponse of this batch (the upstream's
    /// answer to the failing stand-in the proxy sent instead of the refused statement).
    var refusal: Frame?
    /// Allowed statements whose outcome goes to the audit log.
    var verdicts: [GateVerdict] = []
    var commandTags: [String] = []
    var error: String?
    /// Closed by a Sync, Query or FunctionCall: a ReadyForQuery will come for it.
    var closed = false
}
