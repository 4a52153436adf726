/// Typed access to one policy file's TOML, collecting every mistake with its file, key path and position.
struct TOMLReading {
    let file: String
    private(set) var errors: [PolicyError] = []

    init(file: String) {
        self.file = file
    }

    func source(_ position: TOMLPosition) -> PolicySource {
        PolicySource(file: file, line: position.line, column: position.column)
    }

    mutating func fail(_ message: String, at position: TOMLPosition, path: String) {
        errors.append(PolicyError(source: source(position), keyPath: path, message: message))
    }

    /// Reports members of `table` not in `known`, with the closest known key as a suggestion.
    mutating func checkKeys(_ table: TOMLTable, known: [String], path: String) {
        for entry in table.entries where !known.contains(entry.key) {
            let place = path.isEmpty ? "the top level" : "[\(path)]"
            fail("unknown key '\(entry.key)' \(path.isEmpty ? "at" : "in") \(place)\(Suggestion.didYouMean(entry.key, among: known))",
                 at: entry.keyPosition, path: join(path, entry.key))
        }
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    mutating func string(_ entry: TOMLEntry, path: String) -> String? {
        guard case .string(let text) = entry.node.value else {
            fail("expected a string, found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        return text
    }

    /// A string or an array of strings (`host = "a"` or `host = ["a", "b"]`), each with its position.
    mutating func strings(_ entry: TOMLEntry, path: String) -> [(String, TOMLPosition)]? {
        switch entry.node.value {
        case .string(let text): return [(text, entry.node.position)]
        case .array(let nodes):
            var out: [(String, TOMLPosition)] = []
            for (index, node) in nodes.enumerated() {
                guard case .string(let text) = node.value else {
                    fail("expected a string in the array, found \(article(node.value)) at index \(index)", at: node.position, path: path)
                    return nil
                }
                out.append((text, node.position))
            }
            return out
        default:
            fail("expected a string or an array of strings, found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
    }

    mutating func bool(_ entry: TOMLEntry, path: String) -> Bool? {
        guard case .boolean(let value) = entry.node.value else {
            fail("expected true or false, found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        return value
    }

    mutating func integer(_ entry: TOMLEntry, path: String, minimum: Int64 = Int64.min) -> Int? {
        guard case .integer(let value) = entry.node.value else {
            fail("expected an integer, found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        guard value >= minimum else {
            fail("expected an integer of at least \(minimum), found \(value)", at: entry.node.position, path: path)
            return nil
        }
        return Int(value)
    }

    /// Seconds, as an integer or a duration string `"90s"`, `"15m"`, `"1h"`, `"2d"`.
    mutating func duration(_ entry: TOMLEntry, path: String) -> Int? {
        switch entry.node.value {
        case .integer: return integer(entry, path: path, minimum: 1)
        case .string(let text):
            let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
            if let unit = text.last, let scale = units[unit], let count = Int(text.dropLast()), count > 0 {
                return count * scale
            }
            fail("expected a duration such as \"90s\", \"15m\", \"1h\" or a number of seconds, found \"\(text)\"",
                 at: entry.node.position, path: path)
            return nil
        default:
            fail("expected a duration such as \"15m\" or a number of seconds, found \(article(entry.node.value))",
                 at: entry.node.position, path: path)
            return nil
        }
    }

    mutating func level(_ entry: TOMLEntry, path: String) -> RiskLevel? {
        guard let name = string(entry, path: path) else { return nil }
        guard let level = RiskLevel(name: name), name == level.name else {
            let names = RiskLevel.allCases.map(\.name)
            fail("unknown level '\(name)'; expected one of \(names.joined(separator: ", "))\(Suggestion.didYouMean(name, among: names))",
                 at: entry.node.position, path: path)
            return nil
        }
        return level
    }

    mutating func date(_ entry: TOMLEntry, path: String) -> TOMLDateTime.Date? {
        guard case .dateTime(let value) = entry.node.value, let date = value.date else {
            fail("expected a date such as 2027-06-30 (no quotes), found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        return date
    }

    mutating func table(_ entry: TOMLEntry, path: String) -> TOMLTable? {
        guard case .table(let table) = entry.node.value else {
            fail("expected a table, found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        return table
    }

    /// `[[name]]` entries (an array of tables; one inline table is accepted as one entry).
    mutating func tables(_ entry: TOMLEntry, path: String) -> [(TOMLTable, TOMLPosition)]? {
        if case .table(let table) = entry.node.value { return [(table, entry.node.position)] }
        guard case .array(let nodes) = entry.node.value else {
            fail("expected an array of tables ([[\(path)]]), found \(article(entry.node.value))", at: entry.node.position, path: path)
            return nil
        }
        var out: [(TOMLTable, TOMLPosition)] = []
        for node in nodes {
            guard case .table(let table) = node.value else {
                fail("expected a table in [[\(path)]], found \(article(node.value))", at: node.position, path: path)
                return nil
            }
            out.append((table, node.position))
        }
        return out
    }

    private func article(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .integer(let number): "the integer \(number)"
        case .float(let number): "the float \(number)"
        case .boolean(let flag): "\(flag)"
        case .dateTime(let date): "the date-time \(date)"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// "did you mean" for misspelt keys, levels, rule ids and profile names.
public enum Suggestion {
    /// `; did you mean 'ask'?` when one candidate is close, else empty.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return "" }
        let limit = max(2, min(word.count, best.0.count) / 3)
        let prefixMatch = word.count >= 3 && (best.0.hasPrefix(word) || word.hasPrefix(best.0))
        if best.1 <= limit || prefixMatch { return "; did you mean '\(best.0)'?" }
        if let prefixed = candidates.first(where: { word.count >= 3 && (word.hasPrefix($0) || $0.hasPrefix(word)) }) {
            return "; did you mean '\(prefixed)'?"
        }
        return ""
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }
}
