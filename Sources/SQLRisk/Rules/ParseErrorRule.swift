/// Input that PostgreSQL's grammar rejects, or that is not text PostgreSQL would accept.
struct ParseErrorRule: Rule {
    static let descriptor = RuleDescriptor(
        id: "parse-error", level: .critical,
        summary: "The input does not parse as PostgreSQL 15 SQL (or is not valid UTF-8, or contains a NUL byte)",
        rationale: "What cannot be parsed cannot be judged, and other parsers may read it differently (some stop at a NUL byte and miss what follows). Fail closed.",
        hint: "Send one well-formed PostgreSQL statement per input; psql meta-commands such as \\! are not SQL",
        hits: ["SELECT FROM WHERE", "DELETE FROM", "\\! rm -rf /", "SELECT * FROM `users`", "SELECT 'unterminated"],
        misses: ["SELECT 1", "", "-- only a comment"])
}
