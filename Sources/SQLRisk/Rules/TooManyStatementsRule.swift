/// More statements in one input than `Limits.maxStatements`.
struct TooManyStatementsRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "too-many-statements", level: .critical,
        summary: "The input holds more statements than the configured limit",
        rationale: "A report per statement must stay bounded in memory; above the limit SQLRisk refuses.",
        hint: "Classify the script in parts, or raise the limit in Classifier.Options",
        hits: [], misses: ["SELECT 1; SELECT 2"])
}
