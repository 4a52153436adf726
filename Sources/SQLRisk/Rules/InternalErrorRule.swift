/// Something inside SQLRisk failed; the input is treated as the worst case.
struct InternalErrorRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "internal-error", level: .critical,
        summary: "SQLRisk failed internally while classifying the input",
        rationale: "A gate that fails open is worse than none: any internal failure yields critical.",
        hint: "Report the input to the SQLRisk maintainers; until then treat it as unsafe",
        hits: [], misses: ["SELECT 1"])
}
