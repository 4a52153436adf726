import ArgumentParser
import SQLRisk

/// `classify-sql audit verify FILE` and `audit summary FILE`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify-sql audit",
        abstract: "Check an audit log's hash chain, or count its decisions.",
        subcommands: [Verify.self, Summary.self]
    )

    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try ByteStream.open(path: path).readAll()
        } catch {
            BufferedOutput.standardError.write("classify-sql: \(path): \(error)\n")
            throw ExitCode(ExitStatus.unreadableInput.rawValue)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain; report the first edited, inserted or deleted line.",
            discussion: "Exit status: 0 the chain is whole, 1 it is broken, 2 the file cannot be read."
        )

        @Argument(help: ArgumentHelp("The audit log (JSON Lines).", valueName: "file"))
        var file: String

        func run() throws {
            let result = AuditVerifier.verify(try AuditCommand.read(file))
            guard let problem = result.problem else {
                BufferedOutput.standardOutput.write("\(file): valid, \(result.validEvents) events\n")
                return
            }
            BufferedOutput.standardOutput.write("\(file):\(problem.line): broken chain: \(problem.message)\n")
            BufferedOutput.standardOutput.write("\(file): the \(result.validEvents) events before line \(problem.line) are intact\n")
            throw ExitCode(ExitStatus.riskFound.rawValue)
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count decisions by rule, profile and day (UTC).")

        enum Format: String, CaseIterable, ExpressibleByArgument { case text, json }

        @Argument(help: ArgumentHelp("The audit log (JSON Lines).", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Output: 'text' or 'json'.", valueName: "format"))
        var format: Format = .text

        func run() throws {
            let summary = AuditSummary.summarize(try AuditCommand.read(file))
            if !summary.unreadableLines.isEmpty {
                let shown = summary.unreadableLines.prefix(5).map(String.init).joined(separator: ", ")
                BufferedOutput.standardError.write("classify-sql: \(file): \(summary.unreadableLines.count) lines are not audit events (line \(shown)); skipped\n")
            }
            switch format {
            case .text: BufferedOutput.standardOutput.write(Self.text(summary))
            case .json: BufferedOutput.standardOutput.write(PrettyJSON.format(Self.json(summary)) + "\n")
            }
        }

        static let decisions = ["allow", "ask", "deny"]

        static func text(_ summary: AuditSummary) -> String {
            func row(_ name: String, _ counts: AuditSummary.Counts, width: Int) -> String {
                let padded = name + String(repeating: " ", count: max(1, width - name.count))
                return "  " + padded + decisions.map { "\($0) \(counts[$0, default: 0])" }.joined(separator: "  ") + "\n"
            }
            func table(_ title: String, _ rows: [String: AuditSummary.Counts]) -> String {
                let width = (rows.keys.map(\.count).max() ?? 0) + 2
                return "by \(title):\n" + rows.keys.sorted().map { row($0, rows[$0]!, width: width) }.joined()
            }
            var text = "\(summary.decisions) decisions, \(summary.outcomes) outcomes\n"
            text += row("total", summary.byDecision, width: 7)
            text += table("profile", summary.byProfile) + table("rule", summary.byRule) + table("day", summary.byDay)
            return text
        }

        static func json(_ summary: AuditSummary) -> String {
            let out = JSONWriter()
            func counts(_ counts: AuditSummary.Counts) {
                out.object { for name in counts.keys.sorted() { out.member(name) { out.number(counts[name]!) } } }
            }
            func table(_ rows: [String: AuditSummary.Counts]) {
                out.object { for key in rows.keys.sorted() { out.member(key) { counts(rows[key]!) } } }
            }
            out.object {
                out.member("decisions") { out.number(summary.decisions) }
                out.member("outcomes") { out.number(summary.outcomes) }
                out.member("unreadable_lines") { out.array(summary.unreadableLines) { out.number($0) } }
                out.member("by_decision") { counts(summary.byDecision) }
                out.member("by_profile") { table(summary.byProfile) }
                out.member("by_rule") { table(summary.byRule) }
                out.member("by_day") { table(summary.byDay) }
            }
            return out.text
        }
    }
}
