import SQLRisk

/// Reports for C arguments whose bytes the library does not read, shaped like the library's own
/// reports for input it refuses: one `UNKNOWN` statement with one `critical` finding.
enum ArgumentReports {
    /// `sql` is NULL but `len` is not 0: an invalid argument, classified rather than trusted.
    static func nullInput(length: UInt) -> Report {
        refusal(rule: "parse-error", length: 0,
                message: "Invalid argument: sql is NULL but len is \(length); NULL is allowed only with len 0")
    }

    /// More bytes than `Limits.maxInputBytes`: the same report the Swift library gives, without
    /// copying (or even reading) the caller's buffer. A test checks the two agree.
    static func tooLarge(length: UInt, limit: Int) -> Report {
        refusal(rule: "input-too-large", length: Int(clamping: length), findingLength: Int(clamping: length),
                message: "Input of \(length) bytes exceeds the limit of \(limit) bytes")
    }

    /// `findingLength`: what the finding covers, the whole input where there is one (SPEC §2).
    private static func refusal(rule: String, length: Int, findingLength: Int = 0, message: String) -> Report {
        let hint = RuleRegistry.descriptor(id: rule)?.hint ?? ""
        var finding = Finding(rule: rule, level: .critical, message: message, hint: hint, location: 0, length: findingLength)
        (finding.line, finding.column) = (1, 1)
        return Report(statements: [StatementReport(index: 0, location: 0, length: length, kind: "UNKNOWN",
                                                   level: .critical, findings: [finding], line: 1, column: 1)])
    }
}
