/// Input above the size limits (`Limits.maxInputBytes`, `Limits.maxStatementBytes`).
struct InputTooLargeRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "input-too-large", level: .critical,
        summary: "The input or one of its statements is larger than the configured limit",
        rationale: "Parsing cost and stack use grow with statement size; above the limit SQLRisk refuses rather than risk the host process.",
        hint: "Split the input into smaller statements or raise the limit in Classifier.Options",
        hits: [], misses: ["SELECT 1"])
}
