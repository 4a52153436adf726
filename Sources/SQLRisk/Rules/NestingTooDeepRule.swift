/// A parse tree nested deeper than `Limits.maxNestingDepth`, or bodies nested in bodies beyond `Limits.maxBodyNesting`.
struct NestingTooDeepRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "nesting-too-deep", level: .critical,
        summary: "The statement nests deeper than the configured limit",
        rationale: "Deeply nested expressions are a classic way to crash parsers and to hide what a statement does; PostgreSQL itself refuses them past max_stack_depth.",
        hint: "Flatten the expression (use IN lists or arrays instead of long operator chains)",
        hits: [], misses: ["SELECT ((((1))))"])
}
