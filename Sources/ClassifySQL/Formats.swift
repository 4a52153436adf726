import ArgumentParser
import SQLRisk

/// `--input-format`: how a source is cut into inputs.
enum InputFormat: String, CaseIterable, ExpressibleByArgument {
    /// The whole source is one input.
    case sql
    /// Every non-blank line is one input.
    case lines
    /// Every non-blank line is a JSON object `{"id": ..., "sql": "..."}`.
    case jsonl
}

/// `--format`: how reports are written.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
    case jsonl
    /// SARIF 2.1.0, for code scanning and review tools.
    case sarif
    /// GitHub Actions workflow commands (annotations).
    case github
}

/// A `--fail-on` value. Not a conformance of `RiskLevel` itself: argument-parser shows a
/// `CaseIterable` enum's raw value (here an Int) as the default in `--help`.
struct LevelArgument: ExpressibleByArgument {
    let level: RiskLevel

    init(_ level: RiskLevel) {
        self.level = level
    }

    init?(argument: String) {
        guard let level = RiskLevel(name: argument) else { return nil }
        self.level = level
    }

    var defaultValueDescription: String { level.name }

    static var allValueStrings: [String] { RiskLevel.allCases.map(\.name) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
