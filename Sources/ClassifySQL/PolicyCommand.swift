import ArgumentParser
import SQLRisk

/// `classify-sql policy check FILE` and `classify-sql policy show`: dispatched before parsing, like `rules`.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify-sql policy",
        abstract: "Check a policy file, or show the merged policy with the file each value came from.",
        usage: """
            classify-sql policy check <file>
            classify-sql policy show [--policy <file>] [--profile <name>]
            """,
        discussion: """
            check  reports every mistake (file:line:column: key path: message) and every expired
                   [[allow]] entry; exit 0 when the file is sound, 2 otherwise.
            show   prints the layered policy (system, user, project .sqlrisk.toml) or --policy FILE:
                   each value with its source, and the project entries that were ignored, and why.
            """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case check, show
    }

    @Argument(help: "check or show.")
    var action: Action

    @Argument(help: ArgumentHelp("The file to check.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("show: this file instead of the layered files.", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("show: only this profile, and the entries that apply to it.", valueName: "name"))
    var profile: String?

    mutating func validate() throws {
        switch action {
        case .check:
            if file == nil { throw ValidationError("policy check needs the file to check: classify-sql policy check sqlrisk.toml") }
            if policy != nil || profile != nil { throw ValidationError("policy check takes only a file.") }
        case .show:
            if file != nil { throw ValidationError("policy show takes --policy FILE, not a file argument.") }
        }
    }

    func run() throws {
        let out = BufferedOutput.standardOutput, err = BufferedOutput.standardError
        defer { out.flush(); err.flush() }
        let loaded: Policy
        do {
            loaded = try Policy.load(file: action == .check ? file : policy)
        } catch {
            for problem in error.errors { err.write("classify-sql: error: \(problem)\n") }
            throw ExitCode(ExitStatus.unreadableInput.rawValue)
        }
        switch action {
        case .check:
            let expired = loaded.expiredEntries
            for entry in expired {
                err.write("classify-sql: error: \(entry.source): allow: [[allow]] entry for \(entry.rule) expired on \(entry.expires.map(PolicyText.date) ?? "?"); it accepts nothing (remove it or move expires)\n")
            }
            if !expired.isEmpty { throw ExitCode(ExitStatus.unreadableInput.rawValue) }
            out.write("\(file!): ok: \(loaded.profiles.count) profiles, \(loaded.targets.count) targets, \(loaded.allow.count) allow entries\n")
        case .show:
            if let profile, loaded.profile(named: profile) == nil {
                let names = loaded.profiles.map(\.name)
                throw ValidationError("unknown profile '\(profile)'\(Suggestion.didYouMean(profile, among: names)); the policy has: \(names.joined(separator: ", ")).")
            }
            out.write(PolicyShow(policy: loaded, profile: profile, searched: policy == nil ? Policy.layerPaths() : [policy!]).text)
        }
    }
}
