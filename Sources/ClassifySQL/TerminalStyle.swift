import SQLRisk

/// ANSI colour for text output, only for a terminal and only when `NO_COLOR` is unset
/// (https://no-color.org) and `TERM` is not `dumb`. Piped output is never coloured.
struct TerminalStyle {
    let enabled: Bool

    static var forStandardOutput: TerminalStyle {
        let noColor = Environment.value("NO_COLOR").map { !$0.isEmpty } ?? false
        let dumb = Environment.value("TERM") == "dumb"
        return TerminalStyle(enabled: BufferedOutput.standardOutput.isTerminal && !noColor && !dumb)
    }

    func level(_ level: RiskLevel) -> String {
        switch level {
        case .safe: paint(level.name, "32")
        case .write: paint(level.name, "36")
        case .schema: paint(level.name, "33")
        case .destructive: paint(level.name, "1;31")
        case .critical: paint(level.name, "1;35")
        }
    }

    func bold(_ text: String) -> String { paint(text, "1") }

    func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
