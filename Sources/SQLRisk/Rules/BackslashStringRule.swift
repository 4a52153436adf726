/// A `'...'` literal holding a backslash when the policy says the server runs with
/// `standard_conforming_strings = off` (SPEC §1). Raised by the policy (`PolicyFindings`).
enum BackslashStringRule {
    static let descriptor = RuleDescriptor(
        id: "backslash-string", level: .critical,
        summary: "A string literal with a backslash, on a server where backslashes escape in '...'",
        rationale: "With standard_conforming_strings off the server reads 'a\\' as an unterminated string: its end, and so every statement after it, is not where SQLRisk parsed it. Applies only under a policy with [server] standard_conforming_strings = false.",
        hint: "Use E'...' strings for escapes, or turn standard_conforming_strings on at the server",
        hits: ["SELECT 'a\\'", "SELECT 'x\\'' ; DROP TABLE t; --'"],
        misses: ["SELECT 'a'", "SELECT E'a\\\\b'", "SELECT $$a\\b$$", "SELECT 1 -- 'a\\'"],
        examplePolicy: "version = 1\n[server]\nstandard_conforming_strings = false\n")
}
