import SQLRisk

/// Renders rule descriptors for `classify-sql rules`: an aligned table, one rule's explanation, or JSON.
enum RuleCatalogue {
    /// `ID  LEVEL  SUMMARY` in aligned columns.
    static func table(_ rules: [RuleDescriptor]) -> String {
        let idWidth = max(2, rules.map(\.id.count).max() ?? 0)
        let levelWidth = RiskLevel.allCases.map(\.name.count).max() ?? 0
        var text = "\(padded("ID", idWidth))  \(padded("LEVEL", levelWidth))  SUMMARY\n"
        for rule in rules {
            text += "\(padded(rule.id, idWidth))  \(padded(rule.level.name, levelWidth))  \(rule.summary)\n"
        }
        return text
    }

    static func explanation(_ rule: RuleDescriptor) -> String {
        var text = "\(rule.id)\n\n"
        text += "Level:    \(rule.level.name)"
        text += rule.levelFollowsInner ? " or higher (takes the level of the statement it exposes)\n" : "\n"
        text += "Summary:  \(rule.summary)\n\n"
        text += "Why:\n\(indented(rule.rationale))\n\n"
        text += "Instead:\n\(indented(rule.hint))\n"
        if !rule.hits.isEmpty {
            text += "\nHits:\n" + rule.hits.map(indented).joined(separator: "\n") + "\n"
        }
        if !rule.misses.isEmpty {
            text += "\nDoes not hit:\n" + rule.misses.map(indented).joined(separator: "\n") + "\n"
        }
        return text
    }

    static func json(_ rules: [RuleDescriptor]) -> String {
        let out = JSONWriter()
        out.array(rules) { write($0, to: out) }
        return out.text
    }

    static func json(_ rule: RuleDescriptor) -> String {
        let out = JSONWriter()
        write(rule, to: out)
        return out.text
    }

    /// Ids within a small edit distance of `id`, or containing it, closest first.
    static func closeMatches(to id: String, in rules: [RuleDescriptor] = RuleRegistry.descriptors) -> [String] {
        let wanted = id.lowercased()
        let scored = rules.compactMap { rule -> (String, Int)? in
            let distance = editDistance(wanted, rule.id)
            let related = rule.id.contains(wanted) || wanted.contains(rule.id)
            guard distance <= max(2, wanted.count / 3) || (related && wanted.count >= 3) else { return nil }
            return (rule.id, distance)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(5).map(\.0)
    }

    // MARK: Helpers

    private static func write(_ rule: RuleDescriptor, to out: JSONWriter) { rule.write(to: out) }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Indents every line of `text` (examples may span lines).
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// Levenshtein distance over characters.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
