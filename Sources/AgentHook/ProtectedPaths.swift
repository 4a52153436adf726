import ShellCommands

/// The gate's own files, which an agent must not write: the policy layers, the approval store, the audit
/// log and each host's hook settings (SPEC §8, self-protection).
public struct ProtectedPaths: Sendable {
    public var home: String?
    /// Absolute paths or directory prefixes (ending in `/`).
    public var exact: [String]
    /// File names protected wherever they are (`.sqlrisk.toml`).
    public var names: Set<String>
    /// Path endings protected under any directory (`/.claude/settings.json`).
    public var suffixes: [String]

    public init(home: String?, configHome: String? = nil, stateHome: String? = nil, auditLog: String? = nil) {
        self.home = home
        let config = configHome ?? home.map { $0 + "/.config" }
        let state = stateHome ?? home.map { $0 + "/.local/state" }
        var exact = ["/etc/sqlrisk/"]
        if let config { exact.append(config + "/sqlrisk/") }
        if let state { exact.append(state + "/sqlrisk/") }
        if let home {
            exact += [home + "/.config/sqlrisk/", home + "/.local/state/sqlrisk/", home + "/.gemini/settings.json",
                      home + "/.codex/", home + "/.copilot/", home + "/.cursor/hooks.json", home + "/.claude/settings.json",
                      home + "/.claude/settings.local.json"]
        }
        if let auditLog { exact.append(FileAccess.normalize(auditLog)) }
        self.exact = exact
        names = [".sqlrisk.toml"]
        suffixes = ["/.claude/settings.json", "/.claude/settings.local.json", "/.gemini/settings.json", "/.cursor/hooks.json",
                    "/.codex/config.toml", "/.codex/hooks.json", "/.github/hooks/sqlrisk.json"]
    }

    /// The protected file or directory `path` (resolved against `cwd`) falls under, if any.
    public func protects(_ path: String, cwd: String?) -> String? {
        guard let resolved = FileAccess.resolve(path, cwd: cwd, home: home) else {
            // A relative path with no known cwd: judge it by its name alone.
            return names.contains(String(path.split(separator: "/").last ?? "")) || suffixes.contains(where: { ("/" + path).hasSuffix($0) })
                ? path : nil
        }
        let directory = resolved == "/" ? "/" : resolved + "/"
        for entry in exact {
            // The entry itself, anything under it, or a directory above it (`rm -rf ~/.config`).
            if entry.hasSuffix("/") ? directory.hasPrefix(entry) || entry.hasPrefix(directory) : resolved == entry || entry.hasPrefix(directory) {
                return resolved
            }
        }
        if let name = resolved.split(separator: "/").last, names.contains(String(name)) { return resolved }
        if suffixes.contains(where: { resolved.hasSuffix($0) }) || resolved.hasSuffix("/.claude") || resolved.contains("/.github/hooks/") {
            return resolved
        }
        return nil
    }
}

extension ShellAnalyzer {
    /// Programs that write, move or delete the files named in their arguments.
    static let fileWriters: Set<String> = ["tee", "rm", "mv", "cp", "ln", "install", "truncate", "chmod", "chown", "shred",
                                           "unlink", "touch", "rsync", "dd", "patch", "rmdir", "chattr"]

    mutating func checkProtectedRedirections(_ command: SimpleCommand, context: ShellContext) {
        guard !context.remote else { return }
        for redirection in command.redirections where redirection.op.writesFile {
            if redirection.op == .duplicateOutput, redirection.target.text.allSatisfy({ $0.isNumber || $0 == "-" }) { continue }
            if let path = protectedPaths.protects(redirection.target.text, cwd: context.cwd) {
                analysis.protectedWrites.append("redirection \(redirection.op.rawValue) onto \(path)")
            }
        }
    }

    mutating func checkProtectedCommand(program: String, arguments: ArraySlice<ShellWord>, context: ShellContext) {
        if program == "classify-sql" || program == "sqlrisk" {
            let words = arguments.map(\.text)
            if words.contains("approve") || (words.contains("approvals") && words.contains("grant")) {
                analysis.protectedWrites.append("an agent may not run `classify-sql approve`: a human approves in their own terminal")
            }
            if words.first == "hook", words.contains("install") {
                return
            }
        }
        guard !context.remote else { return }
        let writesFiles = Self.fileWriters.contains(program)
            || (program == "sed" && arguments.contains { $0.text == "-i" || $0.text.hasPrefix("-i") || $0.text == "--in-place" || $0.text.hasPrefix("--in-place=") || ($0.text.hasPrefix("-") && !$0.text.hasPrefix("--") && $0.text.contains("i")) })
            || (program == "perl" && arguments.contains { $0.text.hasPrefix("-") && $0.text.contains("i") && !$0.text.hasPrefix("--") })
        guard writesFiles else { return }
        for argument in arguments {
            var text = argument.text
            if program == "dd", text.hasPrefix("of=") { text = String(text.dropFirst(3)) }
            guard !text.hasPrefix("-") || text.count == 1 else { continue }
            if let path = protectedPaths.protects(text, cwd: context.cwd) {
                analysis.protectedWrites.append("\(program) on \(path)")
            }
        }
    }
}
