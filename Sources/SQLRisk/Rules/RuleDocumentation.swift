/// Documentation/Rules.md, generated from the registry so the docs cannot drift from the rules.
/// Regenerate with `SQLRISK_UPDATE_DOCS=1 swift test --filter RuleDocumentationTests`.
public enum RuleDocumentation {
    public static var markdown: String {
        var lines = [
            "# SQLRisk rules",
            "",
            "Generated from `RuleRegistry` by `RuleDocumentation.markdown`; do not edit by hand.",
            "Regenerate with `SQLRISK_UPDATE_DOCS=1 swift test --filter RuleDocumentationTests`.",
            "",
            "| id | level | summary |",
            "|---|---|---|",
        ]
        for rule in RuleRegistry.descriptors {
            lines.append("| [`\(rule.id)`](#\(rule.id)) | \(levelText(rule)) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        for rule in RuleRegistry.descriptors {
            lines += ["", "## \(rule.id)", "", "**Level:** \(levelText(rule))", "", rule.summary + ".", "",
                      "**Why:** " + rule.rationale, "", "**Instead:** " + rule.hint + "."]
            if !rule.hits.isEmpty {
                lines += ["", "Triggers on:", "", "```sql"] + rule.hits.map { $0 + ";" } + ["```"]
            }
            if !rule.misses.isEmpty {
                lines += ["", "Does not trigger on:", "", "```sql"] + rule.misses.map { $0.isEmpty ? "-- (empty input)" : $0 + ";" } + ["```"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func levelText(_ rule: RuleDescriptor) -> String {
        rule.levelFollowsInner ? "the level of the statement it runs (at least `\(rule.level.name)`)" : "`\(rule.level.name)`"
    }
}

extension RuleDescriptor {
    /// The rule as one JSON object: the shape of `classify-sql rules --format json` and `sqlrisk_rules_json()`.
    public func write(to out: JSONWriter) {
        out.object {
            out.member("id") { out.string(id) }
            out.member("level") { out.string(level.name) }
            out.member("summary") { out.string(summary) }
            out.member("rationale") { out.string(rationale) }
            out.member("hint") { out.string(hint) }
            out.member("hits") { out.array(hits) { out.string($0) } }
            out.member("misses") { out.array(misses) { out.string($0) } }
            out.member("levelFollowsInner") { out.raw(levelFollowsInner ? "true" : "false") }
        }
    }
}
