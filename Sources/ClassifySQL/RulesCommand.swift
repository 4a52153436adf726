import ArgumentParser
import SQLRisk

/// `classify-sql rules [ID]`: lists every rule, or explains one with its examples.
struct RulesCommand: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text
        case json
    }

    static let configuration = CommandConfiguration(
        // Parsed as a root command of its own (see `EntryPoint`), so the name carries the parent's.
        commandName: "classify-sql rules",
        abstract: "List every rule, or explain one with SQL that hits it and SQL that must not.",
        usage: "classify-sql rules [<rule-id>] [--format text|json]",
        discussion: """
            EXAMPLES:
              classify-sql rules
              classify-sql rules delete-without-where
              classify-sql rules --format json | jq -r '.[].id'
            """
    )

    @Argument(help: ArgumentHelp("The rule to explain, e.g. delete-without-where.", valueName: "rule-id"))
    var id: String?

    @Option(help: ArgumentHelp("Output: 'text' or 'json'.", valueName: "format"))
    var format: Format = .text

    mutating func validate() throws {
        guard let id, RuleRegistry.descriptor(id: id) == nil else { return }
        var message = "unknown rule '\(id)'."
        let suggestions = RuleCatalogue.closeMatches(to: id)
        if !suggestions.isEmpty {
            message += " Did you mean: \(suggestions.joined(separator: ", "))?"
        }
        throw ValidationError(message + " Run 'classify-sql rules' to list every rule.")
    }

    func run() throws {
        let output = BufferedOutput.standardOutput
        let rules = id.flatMap(RuleRegistry.descriptor(id:)).map { [$0] } ?? RuleRegistry.descriptors
        switch (format, id) {
        case (.text, nil): output.write(RuleCatalogue.table(rules))
        case (.text, _?): output.write(RuleCatalogue.explanation(rules[0]))
        case (.json, nil): output.write(PrettyJSON.format(RuleCatalogue.json(rules)) + "\n")
        case (.json, _?): output.write(PrettyJSON.format(RuleCatalogue.json(rules[0])) + "\n")
        }
    }
}
